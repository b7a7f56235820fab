import { legacyByte } from "./byteView.js";

/**
 * VNI-Windows: a base letter followed by one diacritic byte ("Vieät" = V i e ä t → "Việt"), plus a few
 * letters of one byte (đ, ơ, ư, and i/y with tones). Upper-case diacritic bytes are the lower-case ones
 * minus 0x20; the base letter decides the case (VNI keyboards mix them: "Eä" and "EÄ" both mean Ệ).
 */

/** Lower-case diacritic byte → combining marks (NFD order: vowel quality first, then tone). */
const diacritics: ReadonlyMap<number, string> = new Map([
  [0xf9, "\u0301"], // ù: sắc
  [0xf8, "\u0300"], // ø: huyền
  [0xfb, "\u0309"], // û: hỏi
  [0xf5, "\u0303"], // õ: ngã
  [0xef, "\u0323"], // ï: nặng
  [0xe2, "\u0302"], // â: circumflex
  [0xe1, "\u0302\u0301"],
  [0xe0, "\u0302\u0300"],
  [0xe5, "\u0302\u0309"],
  [0xe3, "\u0302\u0303"],
  [0xe4, "\u0323\u0302"], // ậ/ệ/ộ: dot below sorts before the circumflex in NFD
  [0xea, "\u0306"], // ê: breve
  [0xe9, "\u0306\u0301"],
  [0xe8, "\u0306\u0300"],
  [0xfa, "\u0306\u0309"],
  [0xfc, "\u0306\u0303"],
  [0xeb, "\u0323\u0306"],
]);

const toneBytes = [0xf9, 0xf8, 0xfb, 0xf5, 0xef];
const circumflexBytes = [0xe2, 0xe1, 0xe0, 0xe5, 0xe3, 0xe4];
const breveBytes = [0xea, 0xe9, 0xe8, 0xfa, 0xfc, 0xeb];

/** Lower-case base (as a byte) → the diacritic bytes it takes; ô = ơ and ö = ư in VNI. */
const basesTaking: ReadonlyMap<number, readonly number[]> = new Map([
  [0x61, [...toneBytes, ...circumflexBytes, ...breveBytes]], // a
  [0x65, [...toneBytes, ...circumflexBytes]], // e
  [0x6f, [...toneBytes, ...circumflexBytes]], // o
  [0x75, toneBytes], // u
  [0x79, toneBytes], // y
  [0xf4, toneBytes], // ô = ơ
  [0xf6, toneBytes], // ö = ư
]);

/** Letters of one byte (lower case; upper case is byte − 0x20). */
const singles: ReadonlyMap<number, string> = new Map([
  [0xf1, "đ"],
  [0xf4, "ơ"],
  [0xf6, "ư"],
  [0xed, "í"],
  [0xec, "ì"],
  [0xe6, "ỉ"],
  [0xf3, "ĩ"],
  [0xf2, "ị"],
  [0xee, "ỵ"],
]);

/** Lower-cases a Latin-1 letter byte; other bytes unchanged. */
function lowerByte(byte: number): number {
  if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0xc0 && byte <= 0xde && byte !== 0xd7)) return byte + 0x20;
  return byte;
}

function isUpperByte(byte: number): boolean {
  return lowerByte(byte) !== byte;
}

/** The letter a single byte stands for, with its case. */
function single(byte: number): string | undefined {
  const letter = singles.get(lowerByte(byte));
  if (letter === undefined) return undefined;
  return isUpperByte(byte) ? letter.toUpperCase() : letter;
}

/** The base letter of a two-byte pair, lower case, in Unicode. */
function baseLetter(lower: number): string {
  return singles.get(lower) ?? String.fromCharCode(lower);
}

/** Decodes VNI-Windows text to NFC Unicode. */
export function decodeVni(text: string): string {
  const chars = Array.from(text);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    const byte = legacyByte(char);
    if (byte === undefined) {
      out += char;
      continue;
    }
    const base = lowerByte(byte);
    const next = chars[i + 1];
    const nextByte = next === undefined ? undefined : legacyByte(next);
    const takes = basesTaking.get(base);
    if (takes && nextByte !== undefined && takes.includes(lowerByte(nextByte))) {
      const letter = baseLetter(base) + (diacritics.get(lowerByte(nextByte)) ?? "");
      out += isUpperByte(byte) ? letter.toUpperCase() : letter;
      i++;
      continue;
    }
    out += single(byte) ?? char;
  }
  return out.normalize("NFC");
}
