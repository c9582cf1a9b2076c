import type { HedgeLocale } from "../types.js";

/**
 * English hedges and evidentials. Strength is the commitment the marker lends to what it qualifies,
 * from 0 (none) to 1 (full): an ordinal scale for sorting and filtering, not a probability.
 */
export const hedges: HedgeLocale = {
  markers: [
    { kind: "modal", strength: 0.4, words: ["may", "might", "could"] },
    { kind: "modal", strength: 0.6, words: ["is likely to", "are likely to", "was likely to", "were likely to"] },
    { kind: "adverb", strength: 0.2, words: ["perhaps", "maybe", "possibly", "conceivably"] },
    { kind: "adverb", strength: 0.6, words: ["presumably", "supposedly", "suspected", "believed to"] },
    { kind: "adverb", strength: 0.7, words: ["probably", "likely", "most likely", "expected to", "in all likelihood"] },
    { kind: "evidential", strength: 0.6, words: ["apparently", "seemingly", "evidently", "appears to", "appear to", "seems to", "seem to"] },
    { kind: "hearsay", strength: 0.3, words: ["allegedly", "alleged", "purportedly", "purported", "so-called", "ostensibly"] },
    {
      kind: "hearsay",
      strength: 0.5,
      attributes: true,
      words: [
        "reportedly", "according to reports", "according to media reports", "reports say", "it is said", "is said to",
        "are said to", "was said to", "were said to", "is reported to", "are reported to", "is believed to",
        "are believed to", "is thought to", "are thought to", "rumoured", "rumored", "it is understood",
      ],
    },
    { kind: "conditional", strength: 0.4, words: ["if confirmed", "provided that", "unless"] },
  ],
  reportativeModals: [],
  perfectInfinitives: ["have", "be"],
  cueStrengths: [
    {
      kind: "evidential",
      strength: 0.9,
      words: [
        "found", "established", "confirmed", "confirms", "proved", "proven", "showed", "demonstrated", "revealed",
        "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "confessed",
      ],
    },
    {
      kind: "evidential",
      strength: 0.3,
      words: ["claimed", "claims", "claim", "alleges", "insisted", "purported", "speculated", "contended"],
    },
  ],
};
