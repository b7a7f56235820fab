/**
 * Legacy Vietnamese text reaches us as Unicode whose code points are the legacy bytes read as
 * Windows-1252 (Excel, ExcelJS) or as raw Latin-1 (some converters). Both views map back to one byte.
 */

/** Windows-1252 characters of bytes 0x80–0x9F; the five unassigned bytes stay as U+0081 etc. */
const cp1252High: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

/** The legacy byte a character stands for, or undefined when it cannot come from a single byte. */
export function legacyByte(char: string): number | undefined {
  const code = char.codePointAt(0);
  if (code === undefined) return undefined;
  if (code < 0x100) return code;
  return cp1252High[code];
}

/** The character a byte shows as in the Windows-1252 view (what Excel gives), for encoders and tests. */
export function cp1252Char(byte: number): string {
  for (const [code, b] of Object.entries(cp1252High)) {
    if (b === byte) return String.fromCodePoint(Number(code));
  }
  return String.fromCodePoint(byte);
}

/** True when every character of the text could be a legacy byte, i.e. the text may be legacy-encoded. */
export function isByteText(text: string): boolean {
  // By code unit: a surrogate (half of an astral character) is no byte either, like the character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x100 && cp1252High[code] === undefined) return false;
  }
  return true;
}

/**
 * True when the text is printable ASCII and white space only: no legacy byte is there to read (the
 * encodings differ from ASCII only in control codes and the upper half), so no reading can change it.
 */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7e || (code < 0x20 && (code < 0x09 || code > 0x0d))) return false;
  }
  return true;
}
