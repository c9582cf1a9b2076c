import type { QuantityLocale } from "../types.js";

export const quantities: QuantityLocale = {
  bounds: [
    { value: "upper", words: ["bis zu", "höchstens", "maximal", "weniger als", "unter", "nicht mehr als", "knapp unter"] },
    { value: "lower", words: ["mehr als", "über", "mindestens", "wenigstens", "gut", "knapp über", "nicht weniger als", "ab"] },
    { value: "approximate", words: ["rund", "etwa", "ungefähr", "circa", "ca.", "fast", "knapp", "annähernd", "nahezu", "schätzungsweise", "an die", "um die"] },
  ],
  units: [
    { value: "percent", words: ["prozent", "%", "vh"] },
    { value: "percentage point", words: ["prozentpunkte", "prozentpunkten", "prozentpunkt"] },
    { value: "EUR", words: ["euro", "€", "eur"] },
    { value: "USD", words: ["us-dollar", "dollar", "$", "usd"] },
    { value: "GBP", words: ["pfund", "£", "gbp"] },
    { value: "CHF", words: ["franken", "chf"] },
    { value: "RUB", words: ["rubel"] },
    { value: "km", words: ["kilometer", "kilometern", "km"] },
    { value: "m", words: ["meter", "metern", "m"] },
    { value: "kg", words: ["kilogramm", "kilo", "kg"] },
    { value: "t", words: ["tonnen", "tonne", "t"] },
    { value: "l", words: ["liter", "litern", "l"] },
    { value: "°C", words: ["grad", "°c", "°"] },
    { value: "km/h", words: ["km/h", "stundenkilometer", "stundenkilometern"] },
    { value: "MW", words: ["megawatt", "mw"] },
    { value: "GW", words: ["gigawatt", "gw"] },
  ],
  vagueMagnitudes: [
    { value: 12, words: ["dutzende", "dutzenden", "duzende"] },
    { value: 100, words: ["hunderte", "hunderten"] },
    { value: 1000, words: ["tausende", "tausenden", "abertausende"] },
    { value: 1e4, words: ["zehntausende", "zehntausenden"] },
    { value: 1e5, words: ["hunderttausende", "hunderttausenden"] },
  ],
  referenceWords: [
    "nr.", "nummer", "resolution", "artikel", "art.", "paragraf", "paragraph", "§", "seite", "s.", "kapitel", "kap.",
    "abs.", "absatz", "jahrgang", "band", "bd.", "ziffer", "platz", "rang", "linie", "gleis", "tor", "haus", "zimmer",
    "flug", "version", "folge", "staffel", "teil", "stufe", "level", "kw", "covid",
  ],
  notNouns: [
    "und", "oder", "bis", "von", "zu", "in", "im", "am", "an", "auf", "mit", "für", "aus", "bei", "nach", "vor",
    "der", "die", "das", "den", "dem", "des", "sich", "es", "sie", "er", "wir", "nicht", "auch", "noch", "mal",
    "zwischen", "über", "unter", "gegen", "ohne", "durch", "seit", "während", "wegen", "um", "ab", "pro", "je", "neben",
    "hinter", "entlang", "innerhalb", "außerhalb", "oberhalb", "unterhalb", "insgesamt", "davon", "weniger", "mehr",
  ],
  countConnectors: ["von"],
  adjectiveEndings: ["e", "en", "er", "es", "em"],
};
