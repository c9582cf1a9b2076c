import type { SentenceLocale } from "../types.js";

export const sentences: SentenceLocale = {
  abbreviations: [
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.",
    "Capt.", "Maj.", "Adm.", "Cmdr.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "Det.", "St.", "Jr.", "Sr.",
    "No.", "Nos.", "vs.", "v.", "e.g.", "i.e.", "cf.", "ca.", "approx.", "Dept.", "Univ.", "Ave.", "Blvd.", "Rd.",
    "Mt.", "Ft.", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.", "a.m.", "p.m.", "U.S.", "U.K.",
    "U.N.", "E.U.", "D.C.", "Calif.", "Fla.", "Mass.", "Wash.", "Penn.", "Ill.", "Mich.", "Minn.", "Ariz.",
    "Colo.", "Conn.", "Ga.", "Md.", "Mo.", "Tenn.", "Va.", "Wis.", "Ky.", "La.", "Okla.", "Ore.", "Nev.", "Ala.",
    "Vol.", "vol.", "pp.", "p.", "ed.", "eds.", "est.", "fig.", "Fig.", "al.", "Mmes.", "Messrs.", "Pvt.", "Cpl.",
  ],
  ambiguousAbbreviations: ["etc.", "Inc.", "Corp.", "Ltd.", "Co.", "U.S.", "U.K.", "a.m.", "p.m.", "Jr.", "Sr."],
  sentenceStarters: [
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "but", "and",
    "in", "on", "at", "after", "before", "as", "when", "while", "if", "there", "his", "her", "their", "its",
    "according", "meanwhile", "however", "still", "yet", "now", "last", "earlier", "later",
  ],
  ordinalPreceders: [],
};
