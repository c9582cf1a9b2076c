/**
 * Vocabulary for reading the authors out of a page's metadata and byline (src/ingest/html/metadata.ts)
 * that no locale of this build holds: the byline words of languages the analysis does not support yet
 * (pages in French or Spanish still have authors), and the legal forms that make a name a company's.
 * German and English words are in src/locales/<lang>/structure.ts (`bylinePrefixes`,
 * `bylineConjunctions`, `dateLineLabels`, `dateLineFillers`).
 */

export interface BylineWords {
  /** Words before the names ("Par", "Por"), matched at the start, any case. */
  prefixes: readonly string[];
  /** Words that join several names ("et", "y"). */
  conjunctions: readonly string[];
  /** Words that label a date line, lowercase ("publié", "publicado"): a byline field holding only these is no name. */
  dateLabels: readonly string[];
  /** Small words of such a date line, lowercase ("le", "el"). */
  dateFillers: readonly string[];
}

/** Byline words of languages without a locale, by ISO 639-1 code. */
export const OTHER_LANGUAGE_BYLINES: Readonly<Record<string, BylineWords>> = {
  fr: { prefixes: ["Par", "Publié par", "Écrit par"], conjunctions: ["et"], dateLabels: ["publié", "mis à jour", "modifié"], dateFillers: ["le", "à"] },
  es: { prefixes: ["Por", "Escrito por", "Publicado por"], conjunctions: ["y"], dateLabels: ["publicado", "actualizado"], dateFillers: ["el", "a las"] },
  pt: { prefixes: ["Por", "Escrito por", "Publicado por"], conjunctions: ["e"], dateLabels: ["publicado", "atualizado"], dateFillers: ["em", "às"] },
  it: { prefixes: ["Scritto da", "Pubblicato da", "A cura di"], conjunctions: ["e"], dateLabels: ["pubblicato", "aggiornato"], dateFillers: ["il", "alle"] },
  nl: { prefixes: ["Door", "Geschreven door"], conjunctions: ["en"], dateLabels: ["gepubliceerd", "bijgewerkt"], dateFillers: ["op", "om"] },
};

/**
 * Legal forms of companies and associations, as the last word(s) of a name ("Beispiel Medien GmbH",
 * "Example Media Ltd."): a name ending so is the site's operator or publisher, not an article's author.
 */
export const LEGAL_FORMS: readonly string[] = [
  "GmbH", "gGmbH", "mbH", "GmbH & Co. KG", "AG", "KG", "KGaA", "SE", "e.V.", "e. V.", "eG", "OHG", "UG", "GesmbH",
  "Inc.", "Inc", "Ltd.", "Ltd", "LLC", "LLP", "plc", "PLC", "Corp.", "Co. Ltd.", "Pty Ltd",
  "S.A.", "S.A", "SA", "S.L.", "SARL", "SAS", "S.p.A.", "S.r.l.", "B.V.", "N.V.", "A/S", "AB", "Oy", "Sp. z o.o.",
];

/**
 * Names of content-system accounts and schema fields that pages print or tag as an author although no
 * person wrote under them, lowercase: "admin", "Super User", "publisher".
 */
export const PLACEHOLDER_AUTHORS: readonly string[] = [
  "admin", "administrator", "administrador", "webmaster", "wordpressadmin", "wpadmin", "super user", "superuser",
  "publisher", "author", "editor", "user", "guest", "unknown", "anonymous", "root", "system",
];
