import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { Attribution, Span } from "../../../src/model/types.js";
import { stanceStage } from "../../../src/stages/stance/index.js";
import { timeStage } from "../../../src/stages/time/index.js";
import { withStatementTimes } from "../../../src/stages/time/statement-time.js";
import { SHARED, skipUnlessShared } from "../../helpers/shared.js";
import { attribution, sentencesDoc, spanOf } from "../time/doc.js";

const PUBLISHED = "2024-06-14";

function voices(text: string, attributions?: Attribution[], language: "de" | "en" = "de"): string[] {
  const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED, language });
  const out = stanceStage.run(attributions ? { ...doc, attributions } : doc, ctx);
  return (out.sentences ?? []).map((s) => `${s.voice}: ${s.text}`);
}

describe("voice", () => {
  it("tells attributed from editorial sentences and questions", () => {
    const text = "Der Minister sagte am Montag, die Lage sei ernst. Die Regierung plant neue Gesetze. Wird das reichen?";
    const a = attribution(text, "a1", "sagte", ["die Lage sei ernst"], "Der Minister");
    assert.deepEqual(voices(text, [a]), [
      "attributed: Der Minister sagte am Montag, die Lage sei ernst.",
      "editorial: Die Regierung plant neue Gesetze.",
      "other: Wird das reichen?",
    ]);
  });
  it("counts a sentence that reports a speech act as attributed, even with a short content", () => {
    const text = "Nordkorea und Russland haben Waffengeschäfte dementiert, aber versprochen, ihre Zusammenarbeit in allen Bereichen zu vertiefen.";
    const a = attribution(text, "a1", "dementiert", ["Waffengeschäfte"], "Nordkorea und Russland");
    assert.deepEqual(voices(text, [a]).map((v) => v.split(":")[0]), ["attributed"]);
    assert.deepEqual(voices(text, []).map((v) => v.split(":")[0]), ["editorial"]);
  });
  it("uses hearsay markers and quotation marks when no attribution covers a sentence", () => {
    const text = "Berichten zufolge steht der Besuch bevor. „Wir kommen bald wieder nach Berlin“, sagte er. Mit den „Normen“ sind vermutlich Abmachungen gemeint.";
    assert.deepEqual(voices(text).map((v) => v.split(":")[0]), ["attributed", "attributed", "editorial"]);
  });
  it("gives boilerplate, captions and kickers their own voices", () => {
    const text = "International\n\nPutin reist bald nach Nordkorea\n\nDer Besuch ist geplant.\n\nTeilt unsere Artikel. Unterstützt uns.\n\nFoto: dpa";
    const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED });
    const kinds = ["kicker", "headline", "body", "boilerplate", "caption"] as const;
    const out = stanceStage.run({ ...doc, blocks: doc.blocks.map((b, i) => ({ ...b, kind: kinds[i] ?? "body" })) }, ctx);
    assert.deepEqual(
      out.sentences?.map((s) => [out.blocks[s.block]?.kind, s.voice]),
      [
        ["kicker", "other"],
        ["headline", "editorial"],
        ["body", "editorial"],
        ["boilerplate", "boilerplate"],
        ["boilerplate", "boilerplate"],
        ["caption", "other"],
      ],
    );
  });
  it("works in English", () => {
    const text = "The mayor said the bridge would stay closed. The bridge opened in 1962. The state has reportedly offered funds.";
    const a = attribution(text, "a1", "said", ["the bridge would stay closed"], "The mayor");
    assert.deepEqual(voices(text, [a], "en").map((v) => v.split(":")[0]), ["attributed", "editorial", "attributed"]);
  });
});

/** The seed's statements by hand (cue, its occurrence, content, speaker), as the attribution stage should find them. */
const SEED_STATEMENTS: [string, number, string, string | null][] = [
  ["so die Darstellung", 0, "Ein möglicher bevorstehender Besuch des russischen Präsidenten Wladimir Putin in Nordkorea könnte die militärischen Beziehungen zwischen den beiden Ländern vertiefen", "Beamten Südkoreas und der Vereinigten Staaten"],
  ["erklärte", 0, "Putins Besuch dürfe nicht zu einer verstärkten militärischen Zusammenarbeit zwischen Pjöngjang und Moskau führen", "Kim Hong-kyun"],
  ["sagte", 0, "dass Putin voraussichtlich", "ein hochrangiger Beamter des Präsidialamtes in Seoul"],
  ["berichtete", 0, "Putin werde in den kommenden Wochen Nordkorea und Vietnam besuchen", "Wedomosti"],
  ["sagte", 1, "Russlands Recht, engere Beziehungen zu Nordkorea zu entwickeln, dürfe nicht in Zweifel gezogen werden", "Dmitri Peskow"],
  ["vorwarf", 0, "das Image Nordkoreas zu beflecken", "Kim Son Gyong"],
  ["festgestellt haben", 0, "Russland hat Raketen und Artilleriegeschosse aus nordkoreanischer Produktion eingesetzt", "Beamte in Washington, Seoul und Kiew"],
  ["teilte", 0, "dass Seoul mehrere Schiffscontainer aus Nordkorea auf dem Weg nach Russland entdeckt habe", "Shin Won-sik"],
  ["so Shin", 0, "Es wird erwartet, dass Putin eine noch engere Kooperation mit Nordkorea anstrebt", "Shin"],
  ["dementiert", 0, "Waffengeschäfte", "Nordkorea und Russland"],
  ["sagte", 2, "dass Russland durch seinen Bedarf an Unterstützung im Krieg gegen die Ukraine gezwungen worden sei", "Avril Haines"],
  ["Berichten zufolge", 0, "steht der zweite Besuch des Kremlchefs unmittelbar bevor", null],
];

describe("voice and statement times on the seed article", () => {
  const skip = skipUnlessShared("seed/article.txt");
  it("marks exactly the gold editorial sentences editorial, given the seed's attributions", { skip }, () => {
    const text = readFileSync(`${SHARED}seed/article.txt`, "utf8");
    const gold = JSON.parse(readFileSync(`${SHARED}seed/gold.json`, "utf8")) as { editorial: string[]; attributions: { time?: string }[] };
    const { doc, ctx } = sentencesDoc(text, { published: PUBLISHED });
    const attributions: Attribution[] = SEED_STATEMENTS.map(([cue, nth, content, speaker], i) => {
      const cueSpan: Span = spanOf(doc.text, cue, nth);
      return { ...attribution(doc.text, `a${i + 1}`, cue, [content], speaker), cue: cueSpan };
    });
    const timed = timeStage.run(doc, ctx);
    const out = stanceStage.run({ ...timed, attributions: withStatementTimes(timed, timed.times ?? [], attributions) }, ctx);
    const editorial = (out.sentences ?? []).filter((s) => s.voice === "editorial").map((s) => s.text.replace(/\s+/g, " "));
    assert.deepEqual(editorial, gold.editorial);
    assert.deepEqual(
      out.attributions?.map((a) => a.time?.value ?? null),
      gold.attributions.map((g) => g.time ?? null),
    );
  });
});
