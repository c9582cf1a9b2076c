import type { HedgeLocale } from "../types.js";

/**
 * German hedges and evidentials. Strength is the commitment the marker lends to what it qualifies,
 * from 0 (none) to 1 (full): an ordinal scale for sorting and filtering, not a probability.
 */
export const hedges: HedgeLocale = {
  markers: [
    { kind: "modal", strength: 0.4, words: ["könnte", "könnten", "könntest", "könntet"] },
    { kind: "modal", strength: 0.6, words: ["dürfte", "dürften", "dürftest"] },
    { kind: "modal", strength: 0.5, words: ["müsste", "müssten"] },
    { kind: "adverb", strength: 0.2, words: ["vielleicht", "eventuell", "unter umständen", "womöglich", "möglicherweise", "gegebenenfalls"] },
    { kind: "adverb", strength: 0.6, words: ["vermutlich", "mutmaßlich", "mutmaßliche", "mutmaßlichen", "mutmaßlicher", "mutmaßliches", "wohl", "annahmegemäß"] },
    { kind: "adverb", strength: 0.7, words: ["wahrscheinlich", "voraussichtlich", "höchstwahrscheinlich", "aller voraussicht nach", "aller wahrscheinlichkeit nach"] },
    { kind: "evidential", strength: 0.6, words: ["offenbar", "offensichtlich", "anscheinend", "scheinbar", "augenscheinlich", "dem anschein nach"] },
    {
      kind: "hearsay",
      strength: 0.3,
      words: ["angeblich", "angebliche", "angeblichen", "angeblicher", "angebliches", "vorgeblich", "vermeintlich", "vermeintliche", "vermeintlichen"],
    },
    {
      kind: "hearsay",
      strength: 0.5,
      attributes: true,
      words: [
        "berichten zufolge", "medienberichten zufolge", "presseberichten zufolge", "übereinstimmenden berichten zufolge",
        "dem vernehmen nach", "wie es heißt", "heißt es", "hieß es", "wie verlautete", "verlautete", "gerüchten zufolge",
        "nach unbestätigten berichten", "unbestätigten berichten zufolge", "laut medienberichten", "laut berichten",
      ],
    },
    { kind: "conditional", strength: 0.4, words: ["unter vorbehalt", "sofern", "falls"] },
  ],
  reportativeModals: [
    { kind: "hearsay", strength: 0.5, words: ["soll", "sollen", "solle"] },
    { kind: "hearsay", strength: 0.3, words: ["will", "wollen"] },
  ],
  perfectInfinitives: ["haben", "sein"],
  cueStrengths: [
    {
      kind: "evidential",
      strength: 0.9,
      words: [
        "festgestellt", "stellte … fest", "stellten … fest", "stellt … fest", "bestätigt", "bestätigte", "bestätigten",
        "nachgewiesen", "wies … nach", "belegt", "belegte", "belegten", "räumte … ein", "räumten … ein", "eingeräumt",
        "gab … zu", "gaben … zu", "zugegeben", "gestand", "gestanden", "enthüllte", "aufgedeckt",
      ],
    },
    {
      kind: "evidential",
      strength: 0.3,
      words: [
        "behauptet", "behauptete", "behaupteten", "behaupten", "unterstellte",
        "unterstellten", "mutmaßte", "spekulierte", "spekulierten",
      ],
    },
  ],
};
