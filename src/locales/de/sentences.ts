import type { SentenceLocale } from "../types.js";

export const sentences: SentenceLocale = {
  abbreviations: [
    "z. B.", "u. a.", "d. h.", "u. U.", "v. a.", "o. ä.", "o. Ä.", "s. o.", "s. u.", "i. d. R.", "z. T.", "z. Zt.",
    "u. v. m.", "a. D.", "i. A.", "i. V.", "e. V.", "v. Chr.", "n. Chr.", "m. E.", "u. Ä.", "d. J.", "d. M.",
    "bzw.", "ca.", "Dr.", "Prof.", "Nr.", "Str.", "St.", "Abs.", "Art.", "Bd.", "Bde.", "Aufl.", "Hrsg.", "Verf.",
    "vgl.", "evtl.", "ggf.", "inkl.", "zzgl.", "exkl.", "Mio.", "Mrd.", "Tsd.", "Jh.", "Jhd.", "Jahrh.",
    "Jan.", "Feb.", "Febr.", "Apr.", "Aug.", "Sept.", "Sep.", "Okt.", "Nov.", "Dez.",
    "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "Hr.", "Hrn.", "Frl.", "bspw.", "sog.", "insb.", "bzgl.", "einschl.",
    "entspr.", "allg.", "geb.", "gest.", "verh.", "Tel.", "Fa.", "Kap.", "Min.", "Std.", "Sek.", "Jg.", "Pkt.",
    "rd.", "sen.", "jun.", "vs.", "ebd.", "Ziff.", "Gebr.", "Mill.", "max.", "min.", "gegr.", "Dipl.", "Ing.",
    "Univ.", "Hl.", "Abb.", "Anm.", "Erg.", "Forts.", "Kl.", "Lt.", "Ltd.", "Co.", "Reg.", "Präs.", "Gen.",
    "Kfm.", "Red.", "Übers.", "bearb.", "Mag.", "med.", "phil.", "rer.", "nat.", "jur.", "Dipl.-Ing.", "MdB.",
    "US.", "Ggs.", "zit.", "lt.", "urspr.", "ehem.", "stv.", "stellv.",
  ],
  ambiguousAbbreviations: ["usw.", "etc.", "u. Ä.", "Inc.", "Corp.", "GmbH.", "AG."],
  sentenceStarters: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "er", "sie", "es", "wir", "ich", "ihr", "man",
    "dies", "diese", "dieser", "das", "doch", "aber", "und", "auch", "so", "dann", "damit", "zudem", "außerdem",
    "allerdings", "jedoch", "im", "am", "in", "nach", "vor", "mit", "bei", "seit", "für", "laut", "zuletzt",
    "zuvor", "bereits", "nun", "jetzt", "heute", "gestern", "als", "wie", "wenn", "weil", "da",
  ],
  ordinalPreceders: [
    "am", "im", "vom", "zum", "bis", "seit", "ab", "den", "der", "dem", "des", "die", "das", "ihr", "ihrem",
    "ihren", "sein", "seinem", "seinen", "zur", "beim", "dieses", "diesem", "jedes", "jeden", "jedem",
  ],
};
