/**
 * Attribution on articles written for these tests (German and English, with every form the stage
 * handles): each expected attribution must be found with its speaker, type, cue and channel, and
 * nothing else may be found. The seed article is checked against its own gold in seed.test.ts.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { analyze } from "../../../src/analyze.js";
import type { Attribution, AttributionType, ChannelKind, LanguageCode, SpeakerKind } from "../../../src/model/types.js";
import { assertValidAnalysis } from "../../helpers/validate.js";

interface Expected {
  /** Words the content holds. */
  content: string;
  /** Words a second part of the same content holds (a quotation running on: “A,” she said. “B.”). */
  also?: string;
  /** Words the speaker phrase holds; null when no source is named. */
  speaker: string | null;
  type: AttributionType;
  cue: string;
  kind?: SpeakerKind;
  channel?: ChannelKind;
}

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const sample = (name: string) => readFileSync(new URL(`../../../samples/${name}`, import.meta.url), "utf8");

function check(text: string, language: LanguageCode, expected: readonly Expected[]): void {
  const a = analyze({ text }, { language, stages: ["attribution"] });
  assertValidAnalysis(a);
  const found = [...(a.attributions ?? [])];
  const unmatched: string[] = [];
  for (const e of expected) {
    const i = found.findIndex((at) => at.content.some((c) => c.text.includes(e.content)));
    if (i < 0) {
      unmatched.push(`missing: ${e.content}`);
      continue;
    }
    const at: Attribution = found.splice(i, 1)[0]!;
    const where = `"${e.content}"`;
    if (e.speaker === null) assert.equal(at.speaker, null, `${where}: speaker`);
    else assert.ok(at.speaker?.text.includes(e.speaker), `${where}: speaker "${at.speaker?.text}" should hold "${e.speaker}"`);
    assert.equal(at.type, e.type, `${where}: type`);
    assert.ok(at.cue.text.includes(e.cue), `${where}: cue "${at.cue.text}" should hold "${e.cue}"`);
    if (e.also) assert.ok(at.content.some((c) => c.text.includes(e.also!)), `${where}: content should go on with "${e.also}"`);
    if (e.kind) assert.equal(at.speaker?.kind, e.kind, `${where}: speaker kind`);
    if (e.channel) assert.equal(at.channel?.kind, e.channel, `${where}: channel`);
  }
  for (const at of found) unmatched.push(`unexpected: ${at.type} {${at.speaker?.text ?? "—"}} [${at.cue.text}] ${at.content.map((c) => c.text).join(" | ")}`);
  assert.deepEqual(unmatched, []);
}

describe("attribution (English)", () => {
  it("finds every statement in a wire story about a port strike", () => {
    check(fixture("en-port-strike.txt"), "en", [
      { content: "Dockworkers walked off the job", speaker: "union leaders", type: "indirect", cue: "said", kind: "group" },
      { content: "We gave them every chance", also: "They chose to walk away", speaker: "Harold Jenkins", type: "direct", cue: "told", kind: "person", channel: "press_conference" },
      { content: "wage demands were", speaker: "association", type: "mixed", cue: "said", kind: "organization", channel: "statement" },
      { content: "accused the union of rejecting", speaker: "It", type: "reported", cue: "accused" },
      { content: "the three ports handle", speaker: "Federal Maritime Commission", type: "indirect", cue: "According to", kind: "organization" },
      { content: "a strike lasting more than a week", speaker: "Economists", type: "indirect", cue: "warned", kind: "group" },
      { content: "urged both sides to return to talks", speaker: "Elena Ruiz", type: "reported", cue: "urged" },
      { content: "watching very closely", speaker: "She", type: "mixed", cue: "told", channel: "press_conference" },
      { content: "A negotiated agreement is still", speaker: "Ruiz", type: "direct", cue: "said" },
      { content: "never seen the mood so tense", speaker: "Maria Castillo", type: "indirect", cue: "said", kind: "person" },
      { content: "People are scared", speaker: "she", type: "direct", cue: "said" },
      { content: "the companies had walked out", speaker: "Paul Whitaker", type: "indirect", cue: "denied" },
      { content: "the talks had been suspended", speaker: "he", type: "indirect", cue: "insisted", channel: "interview" },
      { content: "reckless and unnecessary", speaker: "He", type: "mixed", cue: "called" },
      { content: "cargo ships were being held", speaker: "A spokesman for the port authority", type: "indirect", cue: "said", kind: "anonymous" },
      { content: "rerouted shipments to Canada", speaker: null, type: "indirect", cue: "reportedly" },
      { content: "Congress should be ready to act", speaker: "Dana Morales", type: "indirect", cue: "wrote", channel: "social_media" },
      { content: "the strike could cost the region", speaker: "Local officials", type: "indirect", cue: "believe", kind: "group" },
      { content: "Local officials believe", speaker: "an estimate by the Greater Baltimore Committee", type: "indirect", cue: "according to" },
      { content: "automation would cost thousands of jobs", speaker: "Jenkins", type: "indirect", cue: "warned", channel: "testimony" },
      { content: "demanded a ban on automated cranes", speaker: "The union", type: "reported", cue: "demanded" },
      { content: "This fight is about the next generation", also: "If we give in now", speaker: "Jenkins", type: "direct", cue: "added" },
    ]);
  });

  it("finds every statement in the bundled bridge story", () => {
    check(sample("en-bridge-closure.txt"), "en", [
      { content: "The Riverside Bridge will stay closed", speaker: "city officials", type: "indirect", cue: "announced", kind: "group" },
      { content: "We are not going to take any chances", also: "Until our engineers tell me", speaker: "Mayor Linda Carver", type: "direct", cue: "told", channel: "press_conference" },
      { content: "about 38,000 vehicles used the bridge", speaker: "transportation department", type: "indirect", cue: "According to" },
      { content: "Detours could add up to 25 minutes", speaker: "the department", type: "indirect", cue: "said", channel: "statement" },
      { content: "The inspection was carried out in March", speaker: "Tom Reyes", type: "indirect", cue: "said", kind: "person" },
      { content: "serious but repairable", speaker: "He", type: "mixed", cue: "said" },
      { content: "why the findings were only made public now", speaker: "Some residents", type: "indirect", cue: "questioned", kind: "group" },
      { content: "They knew in March and said nothing", also: "That is not how you treat people", speaker: "Dana Whitfield", type: "direct", cue: "said" },
      { content: "he would call a hearing next week", speaker: "Ray Okafor", type: "indirect", cue: "said" },
      { content: "offered emergency funds", speaker: null, type: "indirect", cue: "reportedly" },
    ]);
  });
});

describe("attribution (German)", () => {
  it("finds every statement in a story about a hospital closure", () => {
    check(fixture("de-klinik-streit.txt"), "de", [
      { content: "weist Vorwürfe zurück", speaker: "Land", type: "reported", cue: "weist" },
      { content: "schwarzen Tag für die Region", speaker: "Der Landrat", type: "direct", cue: "spricht" },
      { content: "wies die Kritik am Montag zurück", speaker: "Petra Vogt", type: "reported", cue: "wies", kind: "person" },
      { content: "Niemand wird schlechter versorgt", speaker: "Vogt", type: "direct", cue: "sagte" },
      { content: "Die Notaufnahme in Neustadt liege", speaker: "Vogt", type: "indirect", cue: "liege" },
      { content: "die Rettungswagen bräuchten", speaker: "er", type: "indirect", cue: "erklärte", channel: "interview" },
      { content: "Das sei „lebensgefährlich“", speaker: "Brenner", type: "mixed", cue: "so" },
      { content: "schreibt die Klinik seit fünf Jahren Verluste", speaker: "Angaben der Krankenhausgesellschaft", type: "indirect", cue: "Nach" },
      { content: "ein Defizit von 3,2 Millionen Euro", speaker: "Ein Sprecher des Trägers", type: "indirect", cue: "bestätigte", kind: "anonymous" },
      { content: "prüft ein privater Klinikbetreiber", speaker: "Dem Vernehmen", type: "indirect", cue: "nach" },
      { content: "kündigte für Samstag eine weitere Demonstration an", speaker: "Die Bürgerinitiative „Unser Krankenhaus bleibt“", type: "reported", cue: "kündigte", kind: "organization" },
      { content: "hinter verschlossenen Türen getroffen zu haben", speaker: "Anna Keller", type: "indirect", cue: "warf" },
      { content: "Man habe die Bürger nie gefragt", speaker: "sie", type: "indirect", cue: "sagte" },
      { content: "sollen die 180 Beschäftigten", speaker: "das Ministerium", type: "indirect", cue: "erklärte", channel: "press_release" },
      { content: "haben bisher nur zwölf Beschäftigte", speaker: "Tobias Lang", type: "indirect", cue: "Laut" },
      { content: "mit der Schließung der Geburtsstation begonnen haben", speaker: "Tobias Lang", type: "indirect", cue: "soll" },
      { content: "fordert einen Untersuchungsausschuss", speaker: "Die Opposition", type: "reported", cue: "fordert", kind: "organization" },
    ]);
  });

  it("reads a bare clause, a dateline story and colon quotations", () => {
    check(sample("de-wasserstoff.txt"), "de", [
      { content: "Die Bundesregierung will die geplante Förderung", speaker: "Süddeutsche Zeitung", type: "indirect", cue: "berichtete", kind: "media" },
      { content: "sollen die bereits ausgeschriebenen zehn Gigawatt", speaker: "Demnach", type: "indirect", cue: "Demnach" },
      { content: "wollte den Bericht nicht kommentieren", speaker: "Ein Sprecher des Ministeriums", type: "reported", cue: "kommentieren", kind: "anonymous" },
      { content: "Man befinde sich in „laufenden Abstimmungen“", speaker: "er", type: "mixed", cue: "sagte" },
      { content: "Das ist ein Schlag ins Gesicht", speaker: "Thomas Keller", type: "direct", cue: "sagte", kind: "person" },
      { content: "Ohne die Kraftwerke sei die Versorgungssicherheit", speaker: "Keller", type: "indirect", cue: "so" },
      { content: "Investoren würden sich zurückziehen", speaker: "Kerstin Andreae", type: "indirect", cue: "warnte", channel: "interview" },
      { content: "hängen an den Projekten mehr als 20.000 Arbeitsplätze", speaker: "Dem Verband", type: "indirect", cue: "zufolge" },
      // A quoted predicate of a verb of naming is a direct attribution of its own (German quotedPredicateAlone).
      { content: "„überdimensioniert“", speaker: "Die Deutsche Umwelthilfe", type: "direct", cue: "bezeichnete" },
      // "Umweltverbände begrüßten dagegen die Pläne": an evaluative act with its object alone reports nothing.
    ]);
  });
  it("reports speech acts with their object only, and tells a verb from its particle compound", () => {
    const text = [
      "Die Polizei gab die Festnahme des Verdächtigen am Abend bekannt.",
      "Der Verband verwies auf die gestiegenen Energiepreise.",
      "Die Gewerkschaft rief die Beschäftigten zu einem Warnstreik auf.",
      "Das Konzert sagte die Band wegen des Sturms ab.",
      "Der Landrat forderte zusätzliche Rettungswagen aus dem Nachbarkreis an.",
      "Der Gipfel fand im Rathaus statt.",
      "Die Lage sei ernst, sagte der Bürgermeister weiter.",
    ].join(" ");
    check(text, "de", [
      { content: "gab die Festnahme des Verdächtigen am Abend bekannt", speaker: "Die Polizei", type: "reported", cue: "gab" },
      { content: "verwies auf die gestiegenen Energiepreise", speaker: "Der Verband", type: "reported", cue: "verwies" },
      { content: "rief die Beschäftigten zu einem Warnstreik auf", speaker: "Die Gewerkschaft", type: "reported", cue: "rief" },
      { content: "Die Lage sei ernst", speaker: "der Bürgermeister", type: "indirect", cue: "sagte" },
    ]);
  });
  it("reports an evaluative act only with a predicate, a clause or a quotation", () => {
    const text = [
      "Der Verband bedauerte den Beschluss des Stadtrats.",
      "Die Anwohner begrüßten die neue Ampel.",
      "Die Ministerin verurteilte den Anschlag als feige Tat.",
      "Der Bürgermeister bedauerte, dass die Brücke gesperrt bleibe.",
    ].join(" ");
    check(text, "de", [
      { content: "Die Ministerin verurteilte den Anschlag als feige Tat", speaker: "Die Ministerin", type: "reported", cue: "verurteilte" },
      { content: "dass die Brücke gesperrt bleibe", speaker: "Der Bürgermeister", type: "indirect", cue: "bedauerte" },
    ]);
  });
  it("reads sources with extended attributes and speakers with an apposition and an adjunct", () => {
    const text = [
      "Laut einer am Freitag veröffentlichten Mitteilung des Landkreises wurden zwölf Straßen gesperrt.",
      "Die Fähre fährt wieder, so das Ergebnis einer gestern vorgelegten Prüfung der Behörde.",
      "Wie Jana Roth, Sprecherin der Feuerwehr, in Kiel mitteilte, brannte die Halle vollständig aus.",
      "Ersten Angaben vom gestrigen Montag zufolge stammt das Feuer aus einer Werkstatt.",
    ].join(" ");
    check(text, "de", [
      { content: "wurden zwölf Straßen gesperrt", speaker: "einer am Freitag veröffentlichten Mitteilung des Landkreises", type: "indirect", cue: "Laut" },
      { content: "Die Fähre fährt wieder", speaker: "das Ergebnis einer gestern vorgelegten Prüfung der Behörde", type: "indirect", cue: "so" },
      { content: "brannte die Halle vollständig aus", speaker: "Jana Roth, Sprecherin der Feuerwehr", type: "indirect", cue: "mitteilte" },
      { content: "stammt das Feuer aus einer Werkstatt", speaker: "Ersten Angaben vom gestrigen Montag", type: "indirect", cue: "zufolge" },
    ]);
  });
  it("reads a source after a comma that opens a clause of its own, and no hedge or direction after \"nach\"", () => {
    const text = [
      "Ein Sprecher der Bahn sagte am Abend, nach ersten Erkenntnissen habe ein Baum die Oberleitung beschädigt.",
      "Der Umbau wird aller Voraussicht nach teurer werden.",
      "Die Mieter fordern freie Sicht nach draußen.",
    ].join(" ");
    check(text, "de", [
      { content: "nach ersten Erkenntnissen habe ein Baum die Oberleitung beschädigt", speaker: "Ein Sprecher der Bahn", type: "indirect", cue: "sagte" },
      { content: "habe ein Baum die Oberleitung beschädigt", speaker: "ersten Erkenntnissen", type: "indirect", cue: "nach" },
      { content: "Die Mieter fordern freie Sicht nach draußen", speaker: "Die Mieter", type: "reported", cue: "fordern" },
    ]);
  });
  it("reads no statement in a negated act, a name given by a comparative clause or a verb with its particle after a list", () => {
    const text = [
      "Ein Sprecher der Werft wollte nicht bestätigen, dass der Auftrag verloren sei.",
      "Die Namen der Verletzten wurden von der Polizei nicht genannt.",
      "„Die Eiserne“, wie die Ministerin genannt wird, trat am Montag zurück.",
      "In der Halle finden Lesungen, Konzerte und Führungen für Familien statt.",
      "Der Sprecher bestätigte, dass die Werft nicht schließe.",
    ].join(" ");
    check(text, "de", [{ content: "dass die Werft nicht schließe", speaker: "Der Sprecher", type: "indirect", cue: "bestätigte" }]);
  });
  it("takes a quoted predicate alone, however short and capitalised, and no clause after it", () => {
    const text = [
      "Der Trainer nannte die Sperre „überzogen“, der Manager bezeichnete die Strafe als „Unsinn“.",
      "Die Ministerin wies den Vorwurf als „Unverschämtheit“ zurück.",
      "Der Verband nannte den Plan eine Gefahr für das „Ehrenamt“ in den Dörfern.",
    ].join(" ");
    check(text, "de", [
      { content: "„überzogen“", speaker: "Der Trainer", type: "direct", cue: "nannte" },
      { content: "„Unsinn“", speaker: "der Manager", type: "direct", cue: "bezeichnete" },
      { content: "„Unverschämtheit“", speaker: "Die Ministerin", type: "direct", cue: "wies" },
      { content: "nannte den Plan eine Gefahr für das „Ehrenamt“ in den Dörfern", speaker: "Der Verband", type: "mixed", cue: "nannte" },
    ]);
  });
  it("reads a participle before its auxiliary at the sentence start and impersonal frames with adverbs inside", () => {
    const text = [
      "Kritisiert wird, dass die Ampel zu kurz grün zeigt.",
      "Zuvor hatte es geheißen, dass die Brücke im Mai öffne.",
      "Wie gestern bekannt wurde, verlässt der Trainer den Verein.",
      "Es wurde inzwischen auch bekannt, dass die Kasse leer ist.",
    ].join(" ");
    check(text, "de", [
      { content: "dass die Ampel zu kurz grün zeigt", speaker: null, type: "indirect", cue: "Kritisiert" },
      { content: "dass die Brücke im Mai öffne", speaker: null, type: "indirect", cue: "es geheißen" },
      { content: "verlässt der Trainer den Verein", speaker: null, type: "indirect", cue: "Wie gestern bekannt wurde" },
      { content: "dass die Kasse leer ist", speaker: null, type: "indirect", cue: "wurde inzwischen auch bekannt" },
    ]);
  });
  it("reads the stative passive of a verb of saying as a passive: its subject is what was talked about", () => {
    const text = [
      "Weitere Streiks sind für Montag angekündigt.",
      "Das neue Modell ist für den Herbst angekündigt worden.",
      "Die Ermittler sind von einem Unfall ausgegangen.",
    ].join(" ");
    check(text, "de", [{ content: "Die Ermittler sind von einem Unfall ausgegangen", speaker: "Die Ermittler", type: "reported", cue: "ausgegangen" }]);
  });
  it("carries no conditional of the writer's and no adjective over as free indirect speech", () => {
    const text = [
      "Der Bürgermeister sagte, die Brücke werde im Mai fertig.",
      "Sollte es länger dauern, würde die Stadt eine Fähre einsetzen.",
      "Der Bürgermeister erklärte, der Verkehr fließe wieder.",
      "Damit ist Kiel die achte Stadt mit einer solchen Brücke.",
    ].join(" ");
    check(text, "de", [
      { content: "die Brücke werde im Mai fertig", speaker: "Der Bürgermeister", type: "indirect", cue: "sagte" },
      { content: "der Verkehr fließe wieder", speaker: "Der Bürgermeister", type: "indirect", cue: "erklärte" },
    ]);
  });
  it("reads no statement in a question, a comparison or the passive of 'finden'", () => {
    const text = [
      "Für wie wahrscheinlich halten Sie es, dass die Fähre im Mai fährt?",
      "Die Flut kam früher als erwartet, im Kreis gilt nun Stufe 3.",
      "Der vermisste Hund wurde im Hafen gefunden.",
      "Die Ministerin findet, dass die Fähre zu teuer sei.",
    ].join(" ");
    check(text, "de", [{ content: "dass die Fähre zu teuer sei", speaker: "Die Ministerin", type: "indirect", cue: "findet" }]);
  });
  it("reads a reflexive verb of naming or promising as its other sense", () => {
    const text = [
      "Die Gruppe bezeichnet sich selbst als Projekt für offene Daten.",
      "Von der neuen Linie verspricht sich der Verkehrsbund mehr Fahrgäste.",
      "Der Bürgermeister versprach eine schnelle Lösung.",
    ].join(" ");
    check(text, "de", [{ content: "Der Bürgermeister versprach eine schnelle Lösung", speaker: "Der Bürgermeister", type: "reported", cue: "versprach" }]);
  });
  it("reads 'nach' with documents, forecasts and media as a source", () => {
    const text = [
      "Nach einem internen Dokument sollen zwei Bahnhöfe schließen.",
      "Nach der Vorhersage des Wetterdienstes wird es am Montag stürmisch.",
      "Der Trainer war nach eigenem Bekunden überrascht.",
    ].join(" ");
    check(text, "de", [
      { content: "sollen zwei Bahnhöfe schließen", speaker: "einem internen Dokument", type: "indirect", cue: "Nach" },
      { content: "wird es am Montag stürmisch", speaker: "der Vorhersage des Wetterdienstes", type: "indirect", cue: "Nach" },
      { content: "Der Trainer war", speaker: "eigenem Bekunden", type: "indirect", cue: "nach eigenem Bekunden" },
    ]);
  });
  it("takes the quotation after the colon closing a reported act's sentence as the same speaker's", () => {
    const text = "Die Ärztin warnte vor einer Grippewelle, wenn niemand sich impfen lasse: „Die Betten sind schon jetzt voll.“";
    check(text, "de", [
      { content: "Die Ärztin warnte vor einer Grippewelle", speaker: "Die Ärztin", type: "reported", cue: "warnte" },
      { content: "„Die Betten sind schon jetzt voll.“", speaker: "Die Ärztin", type: "direct", cue: "warnte" },
    ]);
  });
  it("takes no casualties for a demand: the verb's other sense", () => {
    const text = [
      "Das Zugunglück hat am Sonntag ein Todesopfer gefordert.",
      "Das Hochwasser forderte in Sachsen mehrere Tote.",
      "Die Opposition forderte Hilfe für die Opfer des Hochwassers.",
    ].join(" ");
    check(text, "de", [{ content: "forderte Hilfe für die Opfer des Hochwassers", speaker: "Die Opposition", type: "reported", cue: "forderte" }]);
    check("The storm claimed three lives on Sunday. The mayor claimed that the levees had held.", "en", [
      { content: "the levees had held", speaker: "The mayor", type: "indirect", cue: "claimed" },
    ]);
  });
  it("ends content before a colon and its quotation, reads a relative clause before the verb as its Vorfeld, and sources after 'aus' and 'nach'", () => {
    const text = [
      "Der Trainer glaubt, dass die Mannschaft gestärkt sei: „Wir haben viel gelernt und arbeiten noch härter.“",
      "Die Gutachter, die die Maschine untersuchten, gehen von einem Totalschaden aus.",
      "Die Ärzte in dem Krankenhaus, in das der Mann eingeliefert wurde, fanden keine Hinweise auf Schläge.",
      "Der Angriff auf das Dorf in‘ Adi forderte viele Tote.",
      "Dies geht aus einer Pressemitteilung der Menschenrechtsorganisation hervor.",
      "Nach Grupps Meinung werden im Größenwahn falsche Entscheidungen getroffen.",
      "Nachdem die Nachbarin die Polizei informiert hatte, wurde eine Sonderkommission eingerichtet.",
      "Der Angeklagte wurde zu zehn Jahren Haft verurteilt.",
    ].join(" ");
    check(text, "de", [
      { content: "dass die Mannschaft gestärkt sei", speaker: "Der Trainer", type: "indirect", cue: "glaubt" },
      { content: "„Wir haben viel gelernt und arbeiten noch härter.“", speaker: "Der Trainer", type: "direct", cue: "glaubt" },
      { content: "Die Gutachter, die die Maschine untersuchten, gehen von einem Totalschaden aus", speaker: "Die Gutachter", type: "reported", cue: "gehen" },
      { content: "Der Angriff auf das Dorf in‘ Adi forderte viele Tote", speaker: "einer Pressemitteilung der Menschenrechtsorganisation", type: "indirect", cue: "geht" },
      { content: "werden im Größenwahn falsche Entscheidungen getroffen", speaker: "Grupps Meinung", type: "indirect", cue: "Nach" },
    ]);
  });
});
