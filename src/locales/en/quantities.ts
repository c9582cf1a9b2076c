import type { QuantityLocale } from "../types.js";

export const quantities: QuantityLocale = {
  bounds: [
    { value: "upper", words: ["up to", "at most", "no more than", "less than", "fewer than", "under", "below", "a maximum of"] },
    { value: "lower", words: ["more than", "over", "at least", "no fewer than", "no less than", "upwards of", "in excess of", "a minimum of"] },
    { value: "approximate", words: ["about", "around", "roughly", "approximately", "nearly", "almost", "some", "close to", "an estimated", "circa", "ca.", "or so"] },
  ],
  units: [
    { value: "percent", words: ["percent", "per cent", "%", "pct"] },
    { value: "percentage point", words: ["percentage points", "percentage point"] },
    { value: "EUR", words: ["euros", "euro", "€", "eur"] },
    { value: "USD", words: ["dollars", "dollar", "$", "usd", "us$"] },
    { value: "GBP", words: ["pounds", "pound", "£", "gbp"] },
    { value: "CHF", words: ["swiss francs", "francs", "chf"] },
    { value: "RUB", words: ["roubles", "rubles"] },
    { value: "km", words: ["kilometres", "kilometers", "kilometre", "kilometer", "km"] },
    { value: "m", words: ["metres", "meters", "metre", "meter"] },
    { value: "mi", words: ["miles", "mile"] },
    { value: "kg", words: ["kilograms", "kilogram", "kg"] },
    { value: "t", words: ["tonnes", "tons", "tonne", "ton"] },
    { value: "l", words: ["litres", "liters", "litre", "liter"] },
    { value: "°C", words: ["degrees celsius", "°c"] },
    { value: "°F", words: ["degrees fahrenheit", "°f"] },
    { value: "MW", words: ["megawatts", "megawatt", "mw"] },
    { value: "GW", words: ["gigawatts", "gigawatt", "gw"] },
  ],
  vagueMagnitudes: [
    { value: 12, words: ["dozens"] },
    { value: 100, words: ["hundreds"] },
    { value: 1000, words: ["thousands"] },
    { value: 1e4, words: ["tens of thousands"] },
    { value: 1e5, words: ["hundreds of thousands"] },
    { value: 1e6, words: ["millions"] },
  ],
  referenceWords: [
    "no.", "number", "resolution", "article", "art.", "section", "§", "page", "p.", "chapter", "ch.", "paragraph",
    "volume", "vol.", "room", "flight", "route", "highway", "interstate", "version", "season", "episode", "part",
    "level", "phase", "covid", "gate", "platform", "line",
  ],
  notNouns: [
    "and", "or", "to", "of", "in", "on", "at", "by", "for", "from", "with", "the", "a", "an", "than", "as", "per",
    "is", "are", "was", "were", "have", "has", "had", "people's", "it", "they", "he", "she", "we", "percent",
    "were", "who", "which", "that", "this", "these", "those", "not", "more", "less", "times", "out",
  ],
  countConnectors: ["of"],
  adjectiveEndings: ["ed", "al", "ive", "ous", "ian", "an", "ese", "ish", "ing", "ic", "ful", "less", "able", "ible", "ary"],
};
