/**
 * Test helpers only (not exported from the package): Unicode Vietnamese → legacy text, so tests can
 * round-trip vectors they make. Output is the legacy bytes as Excel shows them: the Windows-1252 view
 * (default) or raw Latin-1.
 */
import { cp1252Char } from "../byteView.js";
import { tcvn3Table } from "../tcvn3.js";

export type ByteViewKind = "cp1252" | "latin1";

function show(bytes: readonly number[], view: ByteViewKind): string {
  return bytes.map((b) => (view === "cp1252" ? cp1252Char(b) : String.fromCharCode(b))).join("");
}

const tcvn3Inverse: ReadonlyMap<string, number> = new Map(
  [...tcvn3Table].filter(([, ch]) => !/\p{M}/u.test(ch)).map(([b, ch]) => [ch, b]),
);

/**
 * Unicode → TCVN3. `capitals: "vn1"` writes toned capitals at their VN1 positions; "font-h" writes
 * lower-case codes, as typed for a .VnTimeH cell (decode with a …H font to get the capitals back).
 */
export function encodeTcvn3(text: string, options: { capitals?: "vn1" | "font-h"; view?: ByteViewKind } = {}): string {
  const source = options.capitals === "font-h" ? text.toLowerCase() : text;
  const bytes: number[] = [];
  for (const ch of source.normalize("NFC")) {
    const b = tcvn3Inverse.get(ch);
    if (b !== undefined) bytes.push(b);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no TCVN3 code for ${ch}`);
  }
  return show(bytes, options.view ?? "cp1252");
}

// VNI bytes written from the VNI-Windows keyboard layout, independently of the decoder's tables.
const viTone: Record<string, number> = {
  "": -1,
  "\u0301": 0xf9,
  "\u0300": 0xf8,
  "\u0309": 0xfb,
  "\u0303": 0xf5,
  "\u0323": 0xef,
};
const viCircumflex: Record<string, number> = {
  "": 0xe2,
  "\u0301": 0xe1,
  "\u0300": 0xe0,
  "\u0309": 0xe5,
  "\u0303": 0xe3,
  "\u0323": 0xe4,
};
const viBreve: Record<string, number> = {
  "": 0xea,
  "\u0301": 0xe9,
  "\u0300": 0xe8,
  "\u0309": 0xfa,
  "\u0303": 0xfc,
  "\u0323": 0xeb,
};
const viI: Record<string, number> = {
  "": 0x69,
  "\u0301": 0xed,
  "\u0300": 0xec,
  "\u0309": 0xe6,
  "\u0303": 0xf3,
  "\u0323": 0xf2,
};

function vniLetter(lower: string): number[] {
  if (lower === "đ") return [0xf1];
  const nfd = lower.normalize("NFD");
  const base = nfd[0] ?? "";
  const marks = nfd.slice(1);
  const tone = marks.match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? "";
  const code = base.charCodeAt(0);
  if (marks.includes("\u0302")) return [code, viCircumflex[tone] ?? 0];
  if (marks.includes("\u0306")) return [code, viBreve[tone] ?? 0];
  if (base === "i") return [viI[tone] ?? 0];
  if (base === "y" && tone === "\u0323") return [0xee];
  const head = marks.includes("\u031b") ? (base === "o" ? 0xf4 : 0xf6) : code;
  const t = viTone[tone] ?? -1;
  return t < 0 ? [head] : [head, t];
}

/** Unicode → VNI-Windows; capitals use the upper-case bytes (byte − 0x20). */
export function encodeVni(text: string, options: { view?: ByteViewKind } = {}): string {
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const lower = ch.toLowerCase();
    const encoded = ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : vniLetter(lower);
    const upper = ch !== lower;
    for (const b of encoded)
      bytes.push(upper && b >= 0xe0 && b !== 0xf7 ? b - 0x20 : upper && b >= 0x61 && b <= 0x7a ? b - 0x20 : b);
  }
  return show(bytes, options.view ?? "cp1252");
}

/** Every Vietnamese letter with every tone, lower and upper case (the 134 + ASCII bases). */
export const vietnameseLetters: readonly string[] = (() => {
  const vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
  const tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
  const lower = [...vowels.flatMap((v) => tones.map((t) => (v + t).normalize("NFC"))), "đ"];
  return [...lower, ...lower.map((l) => l.toUpperCase())];
})();
