/**
 * News and photo agencies, language-independent: the names credits and datelines use. `aliases` are
 * the other spellings seen in credits; matching is case-insensitive on whole words.
 */
export interface AgencyEntry {
  name: string;
  aliases: readonly string[];
  /** Whether it sells photos (a credit naming only it is an image credit) or wire copy too. */
  kind: "wire" | "photo";
}

export const AGENCIES: readonly AgencyEntry[] = [
  { name: "AFP", aliases: ["Agence France-Presse", "Agence France Presse"], kind: "wire" },
  { name: "dpa", aliases: ["Deutsche Presse-Agentur", "Deutschen Presse-Agentur", "dpa-AFX", "dpa-infocom"], kind: "wire" },
  { name: "Reuters", aliases: ["Thomson Reuters"], kind: "wire" },
  { name: "AP", aliases: ["Associated Press", "The Associated Press"], kind: "wire" },
  { name: "epd", aliases: ["Evangelischer Pressedienst"], kind: "wire" },
  { name: "KNA", aliases: ["Katholische Nachrichten-Agentur"], kind: "wire" },
  { name: "SID", aliases: ["Sport-Informations-Dienst"], kind: "wire" },
  { name: "APA", aliases: ["Austria Presse Agentur"], kind: "wire" },
  { name: "SDA", aliases: ["Keystone-SDA"], kind: "wire" },
  { name: "ANP", aliases: [], kind: "wire" },
  { name: "ANSA", aliases: [], kind: "wire" },
  { name: "EFE", aliases: [], kind: "wire" },
  { name: "PA", aliases: ["PA Media", "Press Association"], kind: "wire" },
  { name: "UPI", aliases: ["United Press International"], kind: "wire" },
  { name: "Bloomberg", aliases: ["Bloomberg News"], kind: "wire" },
  { name: "Xinhua", aliases: ["Xinhua News Agency"], kind: "wire" },
  { name: "TASS", aliases: ["TASS News Agency", "ITAR-TASS"], kind: "wire" },
  { name: "RIA Novosti", aliases: ["RIA"], kind: "wire" },
  { name: "Sputnik", aliases: [], kind: "wire" },
  { name: "Interfax", aliases: [], kind: "wire" },
  { name: "Yonhap", aliases: ["Yonhap News Agency"], kind: "wire" },
  { name: "KCNA", aliases: ["Korean Central News Agency"], kind: "wire" },
  { name: "Kyodo", aliases: ["Kyodo News"], kind: "wire" },
  { name: "Anadolu", aliases: ["Anadolu Agency", "AA"], kind: "wire" },
  { name: "Ukrinform", aliases: [], kind: "wire" },
  { name: "Getty Images", aliases: ["Getty"], kind: "photo" },
  { name: "imago", aliases: ["IMAGO", "imago images"], kind: "photo" },
  { name: "picture alliance", aliases: ["picture-alliance", "Picture Alliance"], kind: "photo" },
  { name: "EPA", aliases: ["EPA-EFE", "European Pressphoto Agency"], kind: "photo" },
  { name: "Keystone", aliases: [], kind: "photo" },
  { name: "Shutterstock", aliases: [], kind: "photo" },
  { name: "iStock", aliases: ["iStockphoto"], kind: "photo" },
  { name: "Alamy", aliases: [], kind: "photo" },
  { name: "Sipa", aliases: ["Sipa Press", "SIPA USA"], kind: "photo" },
  { name: "Zuma", aliases: ["ZUMA Press", "ZUMA Wire"], kind: "photo" },
  { name: "ddp", aliases: ["ddp images"], kind: "photo" },
  { name: "Wikimedia Commons", aliases: ["Wikimedia"], kind: "photo" },
  { name: "Unsplash", aliases: [], kind: "photo" },
  { name: "Pixabay", aliases: [], kind: "photo" },
];
