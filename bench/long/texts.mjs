// Long texts for the size benchmark (npm run bench -- --only size): one article of our own repeated, and
// different articles concatenated (made up here from templates with a seeded PRNG: other people, places,
// organisations, numbers, dates and quotes in each, German and English). Sizes are in UTF-8 bytes.
import { readFileSync } from "node:fs";
import { mulberry32 as prng } from "../../scripts/seeded-random.mjs";

const REPEATED = readFileSync(new URL("./repeated.de.txt", import.meta.url), "utf8");

/** The repeated article, as often as it takes to reach `bytes`. */
export function repeatedText(bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    parts.push(REPEATED);
    size += Buffer.byteLength(REPEATED) + 1;
  }
  return parts.join("\n");
}


const DE = {
  first: { f: ["Anna", "Birgit", "Claudia", "Dilara", "Elena", "Frauke", "Greta", "Hanna", "Ines", "Jana", "Katrin", "Lea", "Maren", "Nadine", "Olga", "Paula", "Ruth", "Sabine", "Tanja", "Ulrike", "Vera", "Yasmin"], m: ["Axel", "Bernd", "Cem", "Dirk", "Emil", "Florian", "Georg", "Hakan", "Ingo", "Jonas", "Karl", "Lukas", "Malte", "Niklas", "Oskar", "Peter", "Rainer", "Stefan", "Timo", "Uwe", "Volker", "Wolfgang"] },
  last: ["Albers", "Brandt", "Cordes", "Demir", "Eggers", "Falk", "Gruber", "Hoffmann", "Ilić", "Jansen", "Kessler", "Lorenz", "Meyer", "Nowak", "Ostermann", "Petersen", "Quast", "Richter", "Schulte", "Thiel", "Ulbrich", "Vogel", "Wagner", "Yilmaz", "Zimmer", "Lindqvist", "Okafor", "Brenner", "Haas", "Kraft"],
  cities: ["Kassel", "Rostock", "Freiburg", "Erfurt", "Bremen", "Mainz", "Görlitz", "Trier", "Lübeck", "Passau", "Cottbus", "Ulm", "Siegen", "Jena", "Flensburg", "Regensburg"],
  orgs: ["die Stadtwerke", "der Landkreis", "die Gewerkschaft Verdi", "der Bauernverband", "die Handwerkskammer", "der Mieterbund", "die Verbraucherzentrale", "die Feuerwehr", "der Elternrat", "die Industrie- und Handelskammer"],
  roles: { f: ["Bürgermeisterin", "Landrätin", "Ministerin", "Sprecherin", "Vorsitzende", "Direktorin", "Abgeordnete"], m: ["Bürgermeister", "Landrat", "Minister", "Sprecher", "Vorsitzender", "Direktor", "Abgeordneter"] },
  topics: [["die neue Buslinie", "die neue Buslinie", "Fahrgäste"], ["der Umbau des Bahnhofs", "den Umbau des Bahnhofs", "Pendler"], ["die Sanierung der Schwimmhalle", "die Sanierung der Schwimmhalle", "Vereine"], ["das geplante Windrad", "das geplante Windrad", "Anwohner"], ["die Schließung der Bibliothek", "die Schließung der Bibliothek", "Leser"], ["der Neubau der Grundschule", "den Neubau der Grundschule", "Eltern"], ["die Erhöhung der Wassergebühren", "die Erhöhung der Wassergebühren", "Haushalte"], ["das Fahrverbot in der Altstadt", "das Fahrverbot in der Altstadt", "Händler"]],
  weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
  months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  quotes: ["Wir haben lange genug gewartet", "Das ist ein guter Tag für die Region", "So kann es nicht weitergehen", "Wir stehen erst am Anfang", "Niemand hat uns vorher gefragt", "Die Zahlen sprechen eine klare Sprache"],
  agencies: ["dpa", "epd", "AFP", "Reuters"],
};

const EN = {
  first: { f: ["Alice", "Brenda", "Chloe", "Diana", "Emma", "Fiona", "Grace", "Hannah", "Isla", "Julia", "Karen", "Linda", "Maya", "Nora"], m: ["Adam", "Ben", "Colin", "David", "Ethan", "Frank", "Gavin", "Henry", "Ian", "Jack", "Kevin", "Liam", "Mark", "Owen"] },
  last: ["Adams", "Baker", "Carver", "Dixon", "Ellis", "Foster", "Grant", "Hale", "Irving", "Jensen", "Keller", "Lawson", "Morgan", "Nolan", "Owens", "Porter", "Reyes", "Shaw", "Turner", "Walsh"],
  cities: ["Fairview", "Riverton", "Lakeside", "Milford", "Ashford", "Brookfield", "Clayton", "Dover", "Easton", "Granville"],
  orgs: ["the city council", "the transit authority", "the teachers' union", "the water utility", "the chamber of commerce", "the hospital board", "the port authority", "the fire department"],
  roles: { f: ["mayor", "spokeswoman", "chief executive", "director", "councillor"], m: ["mayor", "spokesman", "chief executive", "director", "councillor"] },
  topics: [["the new bus route", "commuters"], ["the bridge repairs", "drivers"], ["the school budget", "parents"], ["the harbour expansion", "residents"], ["the library closure", "readers"], ["the water rate increase", "households"]],
  weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  quotes: ["We have waited long enough", "This is a good day for the region", "It cannot go on like this", "We are only at the beginning", "Nobody asked us first", "The numbers speak for themselves"],
  agencies: ["AP", "Reuters", "AFP"],
};

function germanArticle(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const person = () => {
    const g = r() < 0.5 ? "f" : "m";
    return { g, name: `${pick(DE.first[g])} ${pick(DE.last)}`, role: pick(DE.roles[g]) };
  };
  const a = person();
  const b = person();
  const c = person();
  const city = pick(DE.cities);
  const org = pick(DE.orgs);
  const [topic, topicAcc, affected] = pick(DE.topics);
  const day = pick(DE.weekdays);
  const n = 100 + Math.floor(r() * 9900);
  const month = pick(DE.months);
  const date = `${1 + Math.floor(r() * 28)}. ${month}`;
  const pa = a.g === "f" ? "Sie" : "Er";
  const pb = b.g === "f" ? "sie" : "er";
  const last = (p) => p.name.split(" ")[1];
  return [
    `Streit in ${city}: ${topic[0].toUpperCase()}${topic.slice(1)} verzögert sich`,
    "",
    `${city} (${pick(DE.agencies)}) – In ${city} gibt es neuen Streit um ${topicAcc}. ${a.role} ${a.name} kündigte am ${day} an, die Pläne bis zum ${date} überarbeiten zu lassen.`,
    "",
    `„${pick(DE.quotes)}“, sagte ${last(a)} vor Journalisten. ${pa} rechne damit, dass bis zu ${n.toLocaleString("de-DE")} ${affected} betroffen sein könnten. Nach Angaben der Verwaltung fehlen noch Gutachten.`,
    "",
    `${b.role} ${b.name} widersprach. Die Kosten seien viel zu hoch angesetzt, sagte ${pb} der Lokalzeitung. ${last(b)} warf der Verwaltung vor, ${org} zu spät informiert zu haben. Laut einer Sprecherin soll es bereits im ${month} erste Gespräche gegeben haben.`,
    "",
    `${c.name}, ${c.role} des Vereins ${pick(DE.cities)}er Bürger, erklärte, man werde die Entscheidung genau prüfen. „${pick(DE.quotes)}“, so ${last(c)}.`,
    "",
    `Foto: ${pick(DE.first.f)} ${pick(DE.last)}/${pick(DE.agencies)}`,
  ].join("\n");
}

function englishArticle(r) {
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const person = () => {
    const g = r() < 0.5 ? "f" : "m";
    return { g, name: `${pick(EN.first[g])} ${pick(EN.last)}`, role: pick(EN.roles[g]) };
  };
  const a = person();
  const b = person();
  const city = pick(EN.cities);
  const org = pick(EN.orgs);
  const [topic, affected] = pick(EN.topics);
  const day = pick(EN.weekdays);
  const n = 100 + Math.floor(r() * 9900);
  const pa = a.g === "f" ? "She" : "He";
  const last = (p) => p.name.split(" ")[1];
  return [
    `${city} delays decision on ${topic.replace(/^the /, "")}`,
    "",
    `${city} officials on ${day} postponed a vote on ${topic}, ${org} said. "${pick(EN.quotes)}," ${a.role} ${a.name} told reporters. ${pa} said up to ${n.toLocaleString("en-US")} ${affected} could be affected.`,
    "",
    `${b.name}, a ${b.role} for ${org}, said the plan had been rushed. According to ${last(b)}, the costs were never checked. "${pick(EN.quotes)}," ${last(b)} said.`,
    "",
    `Photo: ${pick(EN.first.m)} ${pick(EN.last)}/${pick(EN.agencies)}`,
  ].join("\n");
}

/** Different articles (two German to one English), concatenated up to `bytes`; the same for a seed. */
export function differentText(bytes, seed = 15) {
  const r = prng(seed);
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const article = i % 3 === 2 ? englishArticle(r) : germanArticle(r);
    parts.push(article);
    size += Buffer.byteLength(article) + 2;
  }
  return parts.join("\n\n");
}
