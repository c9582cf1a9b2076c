import type { StructureLocale } from "../types.js";

export const structure: StructureLocale = {
  creditPrefixes: [
    "Quelle", "Foto", "Fotos", "Bild", "Bilder", "Bildquelle", "Bildnachweis", "Fotoquelle", "Fotograf",
    "Fotografin", "Aufnahme", "Grafik", "Illustration", "Video", "Titelbild", "Symbolbild", "Archivbild",
  ],
  bylinePrefixes: ["Von", "Text von", "Ein Beitrag von", "Autor", "Autorin", "Autoren"],
  imageCreditByPrefixes: ["Foto von", "Fotos von", "Bild von", "Aufnahme von"],
  articleCreditPrefixes: ["Quelle", "Mit Material von", "Mitarbeit", "Text"],
  relatedMarkers: [
    "Mehr zum Thema", "Mehr zu Thema", "Mehr zu diesem Thema", "Lesen Sie auch", "Lesen Sie mehr", "Lesen Sie hier",
    "Auch interessant", "Das könnte Sie auch interessieren", "Das könnte dich auch interessieren",
    "Weitere Artikel", "Weiterlesen", "Zum Thema", "Passend dazu", "Siehe auch", "Empfohlener Inhalt",
    "Mehr dazu", "Lesen Sie dazu", "Hintergrund:", "Auch lesenswert", "Weitere Nachrichten",
    "Schon gelesen", "Mehr Themen", "Weitere Themen", "Beiträge zum Thema", "Artikel zum Thema", "Empfohlene Beiträge",
    "Empfohlene Artikel", "Ähnliche Artikel", "Ähnliche Beiträge", "Verwandte Artikel", "Verwandte Themen", "Neueste Beiträge",
    "Aktuelle Beiträge", "Meistgelesen", "Meistgelesene Artikel", "Beliebte Beiträge", "Top-Themen", "Entdecke weitere",
    "Entdecken Sie weitere", "Entdecken Sie jetzt", "Weitere Beiträge", "Vorschau auf den nächsten Artikel", "Das interessiert andere Leser",
  ],
  appealCues: [
    "teilt sie", "teilen sie", "teilt unsere", "teilen sie unsere", "unsere artikel", "unsere beiträge",
    "unsere website", "unserer website", "unsere webseite", "unsere seite", "unsere accounts", "unseren kanal",
    "unsere arbeit", "abonnieren", "abonniert", "abonnement", "jetzt abonnieren", "newsletter", "spenden",
    "spende", "unterstützen sie", "unterstützt uns", "unterstützen sie uns", "sperrung", "gesperrt", "blockiert",
    "zensur", "folgen sie uns", "folgt uns", "telegram", "jetzt anmelden", "kostenlos testen", "werbefrei",
    "paypal", "bitten wir", "wir bitten", "ihre unterstützung", "eure unterstützung", "mitglied werden",
    "soziale medien", "sozialen medien", "zugang zu unserer", "plus-artikel", "weiterlesen mit",
  ],
  boilerplateMarkers: [
    "alle rechte vorbehalten", "nachdruck nur mit", "dieser artikel wurde automatisch", "dieser text wurde automatisch",
    "haben sie einen fehler entdeckt", "dieser beitrag enthält affiliate", "transparenzhinweis",
    "wir verwenden cookies", "datenschutzerklärung", "melden sie sich für unseren newsletter",
    "für den inhalt verantwortlich", "sie haben einen hinweis", "kommentare sind geschlossen",
    "gibt die meinung des autors wieder", "gibt die meinung der autorin wieder", "dieser beitrag enthält werbung", "enthält werbung für",
    "bei den verlinkungen handelt es sich um", "affiliate-links", "alle angaben ohne gewähr", "dieser text wurde veröffentlicht",
    "folgen sie uns auf", "jetzt auch digital", "bereits abonnent", "kostenlos anmelden", "häufig gestellte fragen",
    "newsletter abonnieren", "melden sie sich jetzt", "diese website verwendet cookies", "diese webseite verwendet cookies",
    "direkt in ihr postfach", "jetzt registrieren", "laden sie unsere app", "unterstützen sie unseren journalismus",
    "jetzt abonnieren", "hier anmelden", "jetzt weiterlesen", "benachrichtigung aktivieren", "dieser beitrag stammt aus",
    "dieser artikel stammt aus", "erschien zuerst in", "erschien zuerst bei", "bei diesem beitrag handelt es sich um",
    "hinterlasse einen kommentar", "hinterlassen sie einen kommentar",
  ],
  boilerplateLabels: [
    "Anzeige", "Werbung", "Impressum", "Datenschutz", "Teilen", "Drucken", "Kommentare", "Newsletter", "Kontakt",
    "Ansprechpartner", "Ansprechpartnerin", "Weitere Informationen", "Downloads", "Artikel teilen", "Seite teilen", "Zurück",
    "Weiter", "Nach oben", "Mehr", "Schlagworte", "Themen", "Bild anzeigen", "Bild vergrößern",
  ],
  readerAddress: [
    "Euch", "Ihr", "Eure", "Euer", "Eurer", "Ihnen", "Ihre", "Ihrer", "euch", "eure", "euer", "eurer", "dich", "dir", "du",
    "dein", "deine", "Dich", "Dir", "Du", "Dein", "Deine",
  ],
  outletSelf: ["wir", "uns", "unsere", "unserer", "unseren", "unser", "unserem"],
};
