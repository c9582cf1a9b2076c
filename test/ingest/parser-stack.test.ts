import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { topFirstStack } from "../../src/ingest/html/parser-stack.js";
import { htmlParser } from "../../src/ingest/html/dom.js";
import { mulberry32 } from "../../scripts/seeded-random.mjs";

describe("the parser's stack of open elements (parser-stack.ts)", () => {
  it("answers every operation htmlparser2 uses as a plain array would, top first", () => {
    const rand = mulberry32(7);
    const names = ["div", "p", "span", "b", "svg"];
    const plain: string[] = ["html"];
    const fast = topFirstStack(["html"]);
    for (let step = 0; step < 5000; step++) {
      const r = rand();
      const name = names[Math.floor(rand() * names.length)]!;
      if (r < 0.45) assert.equal(fast.unshift(name), plain.unshift(name));
      else if (r < 0.75) assert.equal(fast.shift(), plain.shift());
      else if (r < 0.97) assert.equal(fast.indexOf(name), plain.indexOf(name), `indexOf ${name} at step ${step}`);
      else {
        fast.length = 0;
        plain.length = 0;
      }
      assert.equal(fast.length, plain.length);
      assert.equal(fast[0], plain[0]);
    }
    for (let i = 0; i < plain.length; i++) assert.equal(fast[i], plain[i]);
  });

  it("is what every parser from htmlParser() uses, and closes elements in the right order", () => {
    const Parser = htmlParser();
    const events: string[] = [];
    const parser = new Parser({ onopentag: (n) => events.push(`+${n}`), onclosetag: (n) => events.push(`-${n}`) });
    parser.write("<div><p>a<b>b</p><i>c");
    parser.end();
    assert.deepEqual(events, ["+div", "+p", "+b", "-b", "-p", "+i", "-i", "-div"]);
  });
});
