import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test/cases/**/*.json", ".bench/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", Buffer: "readonly", console: "readonly", URL: "readonly", performance: "readonly", TextDecoder: "readonly", TextEncoder: "readonly", setTimeout: "readonly", clearTimeout: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "no `new Date()` without arguments: pass reference dates explicitly" },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "no Date.now() in logic: pass reference dates explicitly" },
      ],
    },
  },
  {
    files: ["src/cli/**", "bench/**", "scripts/**"],
    rules: { "no-restricted-syntax": "off" },
  },
);
