import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { after, describe, it } from "node:test";
import { runCli } from "../../src/cli/program.js";
import type { Analysis } from "../../src/model/types.js";
import { blockFingerprint, boilerplateOf, emptyProfile, learnPage, siteKey } from "../../src/ingest/profile.js";

const dir = mkdtempSync(join(tmpdir(), "quellenlage-profile-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** An outlet's box under every article: no cue word in it, only its recurrence gives it away. */
const OUTLET_BOX = "Die Redaktion Stadtbote arbeitet seit 1998 unabhängig und berichtet jeden Tag aus allen Vierteln der Stadt.";
const TOPICS = ["Brücke", "Schwimmbad", "Bibliothek", "Marktplatz", "Straßenbahn"];

const page = (topic: string, n: number) =>
  `<html><head><title>${topic}</title></head><body><article><h1>${topic} wird erneuert</h1>
<p>Der Stadtrat hat am Montag beschlossen, ${topic === "Brücke" ? "die" : "das"} ${topic} für ${n} Millionen Euro zu erneuern, wie ein Sprecher der Verwaltung mitteilte.</p>
<p>Die Arbeiten sollen im Frühjahr beginnen und rund ${n + 1} Monate dauern; Anwohner werden vorab informiert.</p>
<p>${OUTLET_BOX}</p></article></body></html>`;

function sink(): Writable & { text: () => string } {
  const parts: string[] = [];
  const w = new Writable({ write(chunk, _e, cb) { parts.push(String(chunk)); cb(); } }) as Writable & { text: () => string };
  w.text = () => parts.join("");
  return w;
}

describe("site profiles", () => {
  it("learns a block recurring across a site's pages, and only at the share it needs", () => {
    const profile = emptyProfile();
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) learnPage(profile, "stadtbote.example", [`Artikel ${TOPICS[i]} mit eigenem Text, der nur hier steht.`, OUTLET_BOX], seen);
    // The same page twice counts once.
    learnPage(profile, "stadtbote.example", [`Artikel ${TOPICS[0]} mit eigenem Text, der nur hier steht.`, OUTLET_BOX], seen);
    assert.equal(profile.sites["stadtbote.example"]!.pages, 4);
    const known = boilerplateOf(profile, "stadtbote.example");
    assert.ok(known.has(blockFingerprint(OUTLET_BOX)));
    assert.equal(known.size, 1);
    assert.equal(boilerplateOf(profile, "other.example").size, 0);
    assert.equal(siteKey("https://www.stadtbote.example/a/b"), "stadtbote.example");
    // Numbers are folded: the same box with another year is the same block.
    assert.equal(blockFingerprint(OUTLET_BOX), blockFingerprint(OUTLET_BOX.replace("1998", "1999")));
  });

  it("the CLI learns from a folder, marks the recurring box boilerplate, saves the profile and reuses it", async () => {
    const folder = join(dir, "pages");
    mkdirSync(folder);
    TOPICS.slice(0, 4).forEach((t, i) => writeFileSync(join(folder, `${i}.html`), page(t, i + 2)));
    const profilePath = join(dir, "site.json");
    const out = sink();
    const status = await runCli(["analyze", folder, "--format", "jsonl", "--stages", "structure", "--learn-boilerplate", "--save-site-profile", profilePath], { stdout: out, stderr: sink() });
    assert.equal(status, 0);
    const analyses = out.text().trim().split("\n").map((l) => JSON.parse(l) as Analysis);
    assert.equal(analyses.length, 4);
    for (const a of analyses) {
      const box = a.blocks.find((b) => b.text === OUTLET_BOX);
      assert.equal(box?.kind, "boilerplate");
      assert.match(box?.reason ?? "", /site profile/);
      assert.ok(a.blocks.some((b) => b.kind !== "boilerplate" && b.text.startsWith("Der Stadtrat")));
    }
    assert.ok(existsSync(profilePath));

    // Without the profile the box is body text; with the saved profile, a new page's box is boilerplate.
    const fresh = join(dir, "fresh.html");
    writeFileSync(fresh, page(TOPICS[4]!, 7));
    const plain = sink();
    await runCli(["analyze", fresh, "--format", "json", "--stages", "structure"], { stdout: plain, stderr: sink() });
    assert.notEqual((JSON.parse(plain.text()) as Analysis).blocks.find((b) => b.text === OUTLET_BOX)?.kind, "boilerplate");
    const reused = sink();
    await runCli(["analyze", fresh, "--format", "json", "--stages", "structure", "--site-profile", profilePath], { stdout: reused, stderr: sink() });
    assert.equal((JSON.parse(reused.text()) as Analysis).blocks.find((b) => b.text === OUTLET_BOX)?.kind, "boilerplate");
    assert.ok(JSON.parse(readFileSync(profilePath, "utf8")).sites[""].pages === 4);
  });

  it("a profile file that is not one is a usage error", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{}");
    const err = sink();
    const status = await runCli(["analyze", join(dir, "fresh.html"), "--site-profile", bad], { stdout: sink(), stderr: err });
    assert.equal(status, 2);
    assert.match(err.text(), /E_USAGE/);
  });
});
