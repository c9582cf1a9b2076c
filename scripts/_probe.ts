import { de } from "../src/locales/de/index.js";
import { en } from "../src/locales/en/index.js";
import { taggerModel } from "../src/stages/entities/resources.js";
import { tagSentence } from "../src/stages/entities/tagger/model.js";
import { viewOfWords } from "./ner-trainer.js";
import { analyze } from "../src/analyze.js";
const lang = process.argv[2] as "de" | "en";
for (const s of process.argv.slice(3)) {
  const words = s.split(" ");
  const tags = tagSentence(taggerModel(lang)!, viewOfWords(words, lang === "de" ? de : en));
  console.log(words.map((w, i) => (tags[i] === "O" ? w : `${w}/${tags[i]}`)).join(" "));
  const a = analyze({ text: s }, { language: lang, stages: ["entities"] });
  console.log("   stage:", (a.entities ?? []).map((e) => `${e.mentions.map((m) => m.text).join("|")}:${e.type}`).join("; "));
}
