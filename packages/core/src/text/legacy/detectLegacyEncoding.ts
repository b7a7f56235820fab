import { isByteText, isPlainAscii } from "./byteView.js";
import { decodeAs } from "./decodeAs.js";
import { fontEncoding, type LegacyEncoding } from "./legacyFont.js";
import { isVietnameseSyllable } from "./syllable.js";

/** How well each reading of a text turns its non-ASCII words into Vietnamese syllables. */
export interface LegacyScore {
  /** Words holding a non-ASCII character: the only ones that tell the readings apart. */
  readonly words: number;
  /** Of those, how many are already syllables as the text stands (Unicode). */
  readonly unicode: number;
  readonly tcvn3: number;
  readonly vni: number;
}

const encodings: readonly LegacyEncoding[] = ["TCVN3", "VNI"];

/**
 * Words: runs between white space, digits and ASCII punctuation (legacy letters are all non-ASCII).
 * A run of typographic punctuation only (– — “ ” … •) is no word: as bytes it reads as a lone VN1
 * capital ("—" → "Ộ"), but in a sheet it is the dash an accountant types for "no amount".
 */
function candidateWords(text: string): string[] {
  return text.split(/[\s\d!-/:-@[-`{-~]+/).filter((w) => /[^\x20-\x7e]/.test(w) && !/^[\u2010-\u203a]+$/.test(w));
}

/** Scores the Unicode, TCVN3 and VNI readings of a text's non-ASCII words. */
export function scoreLegacyText(text: string): LegacyScore {
  const words = candidateWords(text);
  const count = (read: (w: string) => string): number => words.filter((w) => isVietnameseSyllable(read(w))).length;
  return {
    words: words.length,
    unicode: count((w) => w),
    tcvn3: count((w) => decodeAs(w, "TCVN3")),
    vni: count((w) => decodeAs(w, "VNI")),
  };
}

/**
 * The legacy encoding of a text, or undefined for Unicode (or undecidable) text. A legacy font decides
 * when the text could be legacy bytes at all. Otherwise a reading wins only when it makes at least
 * half of the non-ASCII words syllables, strictly more than the text as it stands and than the other
 * reading: so Unicode Vietnamese, English and numbers never convert, and a lone ambiguous word stays.
 */
export function detectLegacyEncoding(text: string, font?: string): LegacyEncoding | undefined {
  if (!isByteText(text)) return undefined;
  const byFont = fontEncoding(font);
  if (byFont) return byFont.encoding;
  // No word of plain ASCII holds a non-ASCII character, so there is nothing to score.
  if (isPlainAscii(text)) return undefined;
  const score = scoreLegacyText(text);
  if (score.words === 0) return undefined;
  const [best, other] = [...encodings].sort((a, b) => valueOf(score, b) - valueOf(score, a));
  if (best === undefined || other === undefined) return undefined;
  const value = valueOf(score, best);
  if (value * 2 < score.words || value <= score.unicode || value === valueOf(score, other)) return undefined;
  return best;
}

function valueOf(score: LegacyScore, encoding: LegacyEncoding): number {
  return encoding === "TCVN3" ? score.tcvn3 : score.vni;
}
