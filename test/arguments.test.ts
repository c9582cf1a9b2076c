/**
 * The library refuses arguments of the wrong type with a typed QuellenlageError, never a TypeError from
 * deep inside: every refusal here has its code.
 */
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { describe, it } from "node:test";
import { AnalysisWriter, QuellenlageError, analyze, decodeBytes, getLocale, readJobs, resolveStages, runPipeline, toMarkdown, type ErrorCode } from "../src/index.js";

function throwsCode(fn: () => unknown, code: ErrorCode, message?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof QuellenlageError, `a QuellenlageError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    if (message) assert.match(err.message, message);
    return true;
  });
}

const TEXT = "Die Ministerin sagte am Montag, der Plan komme.";

describe("library arguments", () => {
  it("analyze refuses what is not an article, saying what it got", () => {
    throwsCode(() => analyze(null as never), "E_ARGUMENT", /got null/);
    throwsCode(() => analyze(undefined as never), "E_ARGUMENT", /got undefined/);
    throwsCode(() => analyze("Ein Text." as never), "E_ARGUMENT", /got a string/);
    throwsCode(() => analyze([TEXT] as never), "E_ARGUMENT", /got an array/);
    throwsCode(() => analyze({} as never), "E_ARGUMENT", /exactly one of text, html or bytes, got none/);
    throwsCode(() => analyze({ text: TEXT, html: "<p>x</p>" } as never), "E_ARGUMENT", /got text and html/);
    throwsCode(() => analyze({ text: 42 } as never), "E_ARGUMENT", /article\.text must be a string, got a number \(42\)/);
    throwsCode(() => analyze({ html: { p: 1 } } as never), "E_ARGUMENT", /article\.html must be a string/);
    throwsCode(() => analyze({ bytes: "abc" } as never), "E_ARGUMENT", /article\.bytes must be a Uint8Array/);
    throwsCode(() => analyze({ bytes: new Uint8Array(3), format: "pdf" } as never), "E_ARGUMENT", /article\.format/);
    throwsCode(() => analyze({ text: TEXT, id: 7 } as never), "E_ARGUMENT", /article\.id must be a string/);
    throwsCode(() => analyze({ text: TEXT, published: 20240614 } as never), "E_ARGUMENT", /article\.published/);
  });

  it("analyze refuses options of the wrong type", () => {
    throwsCode(() => analyze({ text: TEXT }, "de" as never), "E_ARGUMENT", /the options must be an object/);
    throwsCode(() => analyze({ text: TEXT }, { stages: "attribution" } as never), "E_ARGUMENT", /options\.stages must be an array/);
    throwsCode(() => analyze({ text: TEXT }, { maxChars: -5 }), "E_ARGUMENT", /options\.maxChars must be a positive integer/);
    throwsCode(() => analyze({ text: TEXT }, { maxChars: 1.5 }), "E_ARGUMENT");
    throwsCode(() => analyze({ text: TEXT }, { timeoutMs: 0 }), "E_ARGUMENT", /options\.timeoutMs/);
    throwsCode(() => analyze({ text: TEXT }, { timeoutMs: Number.NaN }), "E_ARGUMENT");
    throwsCode(() => analyze({ text: TEXT }, { tokens: "yes" } as never), "E_ARGUMENT", /options\.tokens must be a boolean/);
    throwsCode(() => analyze({ text: TEXT }, { timeAnchoring: "story" } as never), "E_ARGUMENT", /options\.timeAnchoring/);
    throwsCode(() => analyze({ text: TEXT }, { language: 1 } as never), "E_ARGUMENT", /options\.language must be a string/);
    throwsCode(() => analyze({ text: TEXT }, { siteProfile: [] } as never), "E_ARGUMENT", /options\.siteProfile/);
    // Values of the right type keep their own codes.
    throwsCode(() => analyze({ text: TEXT }, { language: "fr" as never }), "E_LANGUAGE");
    throwsCode(() => analyze({ text: TEXT }, { published: "gestern" }), "E_DATE");
    throwsCode(() => analyze({ text: TEXT }, { stages: ["magic"] }), "E_USAGE", /unknown stage "magic"/);
    // No options at all is fine, null too.
    assert.equal(analyze({ text: TEXT }, null as never).meta.language, "de");
  });

  it("the other functions check theirs", async () => {
    throwsCode(() => resolveStages("attribution" as never), "E_ARGUMENT", /an array of stage names/);
    throwsCode(() => runPipeline(null as never, null as never, []), "E_ARGUMENT");
    throwsCode(() => decodeBytes("text" as never), "E_ARGUMENT", /a Uint8Array/);
    throwsCode(() => toMarkdown(null as never), "E_ARGUMENT", /an analysis/);
    throwsCode(() => getLocale("fr" as never), "E_LANGUAGE");
    throwsCode(() => new AnalysisWriter("xml" as never, new PassThrough()), "E_ARGUMENT", /output format/);
    throwsCode(() => new AnalysisWriter("jsonl", {} as never), "E_ARGUMENT", /writable stream/);
    await assert.rejects(new AnalysisWriter("jsonl", new PassThrough()).write({} as never), (err: unknown) => err instanceof QuellenlageError && err.code === "E_ARGUMENT");
    await assert.rejects(readJobs("corpus.jsonl" as never).next(), (err: unknown) => err instanceof QuellenlageError && err.code === "E_ARGUMENT");
  });
});

describe("time limit", () => {
  it("stops an analysis past timeoutMs with E_TIMEOUT, saying where", () => {
    // A limit of a microsecond is over before the first check (after reading the input).
    throwsCode(() => analyze({ id: "slow", text: TEXT }, { timeoutMs: 0.001 }), "E_TIMEOUT", /time limit of 0\.0 s .*in reading the input/);
    const err = (() => {
      try {
        analyze({ id: "slow", text: TEXT }, { timeoutMs: 0.001 });
      } catch (e) {
        return e as QuellenlageError;
      }
      return null;
    })();
    assert.equal(err?.input, "slow");
    assert.ok(analyze({ text: TEXT }, { timeoutMs: 60_000 }).sentences?.length);
  });
});

describe("stages and what they need", () => {
  it("--stages attribution still gives the speaker's entity and the statement's date", () => {
    const a = analyze({ text: "Ministerin Anna Berg sagte am Montag in Kassel, der Plan komme.", published: "2024-06-14" }, { stages: ["attribution"] });
    assert.deepEqual(a.stages, ["structure", "sentences", "clauses", "time", "entities", "attribution"]);
    const [att] = a.attributions ?? [];
    assert.ok(att?.speaker?.entity, "the speaker's entity");
    assert.equal(a.entities?.find((e) => e.id === att?.speaker?.entity)?.name, "Anna Berg");
    assert.equal(att?.time?.value, "2024-06-10");
  });

  it("--stages stance runs the attributions its voices need; a stage prefix is closed under needs", () => {
    assert.deepEqual(resolveStages(["stance"]), ["structure", "sentences", "clauses", "time", "entities", "attribution", "stance"]);
    assert.deepEqual(resolveStages(["entities"]), ["structure", "sentences", "entities"]);
  });
});
