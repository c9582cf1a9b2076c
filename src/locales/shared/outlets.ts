/**
 * News outlets (newspapers, magazines, broadcasters, online media), language-independent: the names
 * articles use when they cite another outlet ("Die russische Zeitung Wedomosti berichtete", "told the BBC").
 * News agencies are in ./agencies.ts; both are of type `media`. `aliases` are other spellings; matching is
 * on whole words, case-sensitive (outlet names are proper names).
 */
export interface OutletEntry {
  name: string;
  aliases?: readonly string[];
  /**
   * Names that are also common words ("Spiegel", "Stern", "Time"): they name the outlet only where a
   * media cue or the tagger says so ("das Magazin Stern", "told Time").
   */
  ambiguous?: readonly string[];
  /** ISO 3166-1 code of its home country. */
  country?: string;
}

export const OUTLETS: readonly OutletEntry[] = [
  // German-language
  { name: "Der Spiegel", aliases: ["Spiegel Online", "SPIEGEL"], ambiguous: ["Spiegel"], country: "DE" },
  { name: "Die Zeit", aliases: ["Zeit Online", "ZEIT"], ambiguous: ["Zeit"], country: "DE" },
  { name: "Frankfurter Allgemeine Zeitung", aliases: ["FAZ", "F.A.Z.", "Frankfurter Allgemeine", "Frankfurter Allgemeinen Zeitung", "Frankfurter Allgemeinen"], country: "DE" },
  { name: "Süddeutsche Zeitung", aliases: ["SZ", "Süddeutschen Zeitung"], country: "DE" },
  { name: "Die Welt", aliases: ["Welt am Sonntag", "WELT"], ambiguous: ["Welt"], country: "DE" },
  { name: "Bild", aliases: ["Bild-Zeitung", "Bild am Sonntag", "BILD"], ambiguous: ["Bild"], country: "DE" },
  { name: "Handelsblatt", country: "DE" },
  { name: "taz", country: "DE" },
  { name: "Stern", ambiguous: ["Stern"], country: "DE" },
  { name: "Focus", aliases: ["Focus Online"], ambiguous: ["Focus"], country: "DE" },
  { name: "ARD", aliases: ["Tagesschau", "tagesschau.de", "Tagesthemen", "Das Erste"], country: "DE" },
  { name: "ZDF", aliases: ["heute journal"], country: "DE" },
  { name: "Deutschlandfunk", aliases: ["DLF"], country: "DE" },
  { name: "Deutsche Welle", aliases: ["DW"], country: "DE" },
  { name: "WDR", country: "DE" },
  { name: "NDR", country: "DE" },
  { name: "MDR", country: "DE" },
  { name: "SWR", country: "DE" },
  { name: "Bayerischer Rundfunk", aliases: ["BR"], country: "DE" },
  { name: "RBB", aliases: ["rbb"], country: "DE" },
  { name: "RTL", aliases: ["n-tv", "ntv"], country: "DE" },
  { name: "t-online", country: "DE" },
  { name: "Tagesspiegel", country: "DE" },
  { name: "Berliner Zeitung", country: "DE" },
  { name: "Neue Zürcher Zeitung", aliases: ["NZZ"], country: "CH" },
  { name: "Der Standard", ambiguous: ["Standard"], country: "AT" },
  { name: "Die Presse", country: "AT" },
  { name: "ORF", country: "AT" },
  { name: "Kronen Zeitung", ambiguous: ["Krone"], country: "AT" },
  { name: "SRF", country: "CH" },
  // English-language
  { name: "BBC", aliases: ["BBC News"], country: "GB" },
  { name: "The Guardian", ambiguous: ["Guardian"], country: "GB" },
  { name: "The Times", ambiguous: ["Times"], country: "GB" },
  { name: "Financial Times", aliases: ["FT"], country: "GB" },
  { name: "The Economist", ambiguous: ["Economist"], country: "GB" },
  { name: "The Telegraph", aliases: ["Daily Telegraph"], country: "GB" },
  { name: "Sky News", country: "GB" },
  { name: "The New York Times", aliases: ["New York Times", "NYT"], country: "US" },
  { name: "The Washington Post", aliases: ["Washington Post"], country: "US" },
  { name: "The Wall Street Journal", aliases: ["Wall Street Journal", "WSJ"], country: "US" },
  { name: "CNN", country: "US" },
  { name: "NBC", aliases: ["NBC News"], country: "US" },
  { name: "CBS", aliases: ["CBS News"], country: "US" },
  { name: "ABC News", country: "US" },
  { name: "Fox News", country: "US" },
  { name: "NPR", country: "US" },
  { name: "Politico", country: "US" },
  { name: "Axios", country: "US" },
  { name: "USA Today", country: "US" },
  { name: "Los Angeles Times", aliases: ["LA Times"], country: "US" },
  { name: "CNBC", country: "US" },
  { name: "The Atlantic", country: "US" },
  { name: "Newsweek", country: "US" },
  { name: "Time", aliases: ["Time magazine"], ambiguous: ["Time"], country: "US" },
  // Other
  { name: "Al Jazeera", aliases: ["Al-Dschasira", "Al-Jazeera"], country: "QA" },
  { name: "Le Monde", country: "FR" },
  { name: "Le Figaro", country: "FR" },
  { name: "Libération", country: "FR" },
  { name: "El País", country: "ES" },
  { name: "Corriere della Sera", country: "IT" },
  { name: "La Repubblica", country: "IT" },
  { name: "Haaretz", country: "IL" },
  { name: "Times of Israel", country: "IL" },
  { name: "Kyiv Independent", country: "UA" },
  { name: "Ukrainska Pravda", country: "UA" },
  { name: "Wedomosti", aliases: ["Vedomosti"], country: "RU" },
  { name: "Kommersant", country: "RU" },
  { name: "Iswestija", aliases: ["Izvestia"], country: "RU" },
  { name: "Nowaja Gaseta", aliases: ["Novaya Gazeta"], country: "RU" },
  { name: "RT", aliases: ["RT DE", "Russia Today"], country: "RU" },
  { name: "Rossija 1", aliases: ["Rossiya 1"], country: "RU" },
  { name: "Global Times", country: "CN" },
  { name: "CGTN", country: "CN" },
  { name: "Rodong Sinmun", country: "KP" },
  { name: "Chosun Ilbo", country: "KR" },
  { name: "Korea Herald", aliases: ["The Korea Herald"], country: "KR" },
  { name: "Asahi Shimbun", country: "JP" },
  { name: "NHK", country: "JP" },
  { name: "South China Morning Post", aliases: ["SCMP"], country: "CN" },
  { name: "Hürriyet", country: "TR" },
  { name: "Gazeta Wyborcza", country: "PL" },
];
