import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/analyze.js";
import { minhash, resemblance, shinglesOf, SIGNATURE_LENGTH } from "../../src/compare/fingerprint.js";
import { lshCandidates } from "../../src/compare/lsh.js";

const base = [
  "Die Stadtwerke Lindau erhöhen zum 1. Mai ihre Strompreise um durchschnittlich 12 Prozent.",
  "Geschäftsführerin Karin Vogt sagte am Freitag, die gestiegenen Einkaufskosten ließen keine andere Wahl.",
  "Betroffen sind nach Angaben des Unternehmens rund 48.000 Haushalte in der Stadt und im Umland.",
  "Der Stadtrat wird sich im April mit den Preisen befassen, kündigte der Bürgermeister an.",
  "Im vergangenen Jahr hatten die Stadtwerke einen Gewinn von 4,8 Millionen Euro erzielt.",
].join("\n\n");
const edited = base.replace("12 Prozent", "14 Prozent").replace("im April", "im Mai");
const other = "The port authority said it expected about 1,200 ships to be delayed by the strike.\n\nTalks would resume on Thursday, a spokesman said.";
const an = (id: string, text: string) => analyze({ id, text });

describe("fingerprints", () => {
  const [a, b, c] = [an("a", base), an("b", edited), an("c", other)];
  it("shingles are sorted, distinct 32-bit hashes of three words", () => {
    const s = shinglesOf(a);
    assert.ok(s.length > 20);
    for (let i = 1; i < s.length; i++) assert.ok(s[i - 1]! < s[i]!);
  });
  it("estimates the resemblance of two texts from their signatures", () => {
    const sa = shinglesOf(a);
    const sb = shinglesOf(b);
    const exact = resemblance(sa, sb).jaccard;
    const [ga, gb] = [minhash(sa), minhash(sb)];
    let agree = 0;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) if (ga[i] === gb[i]) agree++;
    assert.ok(exact > 0.6 && exact < 1);
    assert.ok(Math.abs(agree / SIGNATURE_LENGTH - exact) < 0.2, `${agree / SIGNATURE_LENGTH} vs ${exact}`);
    assert.equal(resemblance(sa, shinglesOf(c)).jaccard, 0);
  });
  it("is the same in every run", () => assert.deepEqual(minhash(shinglesOf(a)), minhash(shinglesOf(an("a2", base)))));
  it("makes near-duplicates candidates and unrelated texts not", () => {
    const pairs = new Set<number>();
    lshCandidates([minhash(shinglesOf(a)), minhash(shinglesOf(b)), minhash(shinglesOf(c))], pairs);
    assert.deepEqual([...pairs], [0 * 3 + 1]);
  });
});
