/**
 * Character references in text that should hold none: JSON-LD strings written by content systems that
 * escape them for HTML ("Olive &#038; Herb", "Sorge &#8211; Finanzdaten", "&quot;El 90%&quot;"). Numeric
 * references and the named ones such strings use; an unknown name stays as written.
 */
const NAMED: Readonly<Record<string, string>> = {
  amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0", shy: "\u00ad",
  ndash: "–", mdash: "—", hellip: "…", middot: "·", bull: "•",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  auml: "ä", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß",
  eacute: "é", egrave: "è", ecirc: "ê", aacute: "á", agrave: "à", acirc: "â", iacute: "í", oacute: "ó", uacute: "ú",
  ccedil: "ç", ntilde: "ñ", Eacute: "É", euro: "€", copy: "©", reg: "®", trade: "™", deg: "°", times: "×",
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z]{2,8}));/g;
const MAX_CODE_POINT = 0x10ffff;

export function decodeCharacterReferences(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(NAMED, name) ? NAMED[name]! : whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= MAX_CODE_POINT && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
