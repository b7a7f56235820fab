/**
 * Regional and typing style of number words (see docs/words.md). Defaults are the northern, formal
 * accounting style: linh, nghìn, tư, tỷ, lower case.
 */
export interface WordsOptions {
  /** A zero tens digit before a unit: "một trăm linh năm" (north) or "một trăm lẻ năm" (south). */
  readonly zeroTens?: "linh" | "lẻ";
  /** The scale word for 10³. */
  readonly thousand?: "nghìn" | "ngàn";
  /** A unit 4 after "mươi": "hai mươi tư" (standard) or "hai mươi bốn" (south). */
  readonly fourAfterTens?: "tư" | "bốn";
  /** The scale word for 10⁹ (both spellings are correct). */
  readonly billion?: "tỷ" | "tỉ";
  /** Capital first letter ("Một trăm …"). */
  readonly capitalize?: boolean;
}

/** Every option filled in. */
export interface WordsStyle {
  readonly zeroTens: "linh" | "lẻ";
  readonly thousand: "nghìn" | "ngàn";
  readonly fourAfterTens: "tư" | "bốn";
  readonly billion: "tỷ" | "tỉ";
  readonly capitalize: boolean;
}

export const defaultWordsStyle: WordsStyle = {
  zeroTens: "linh",
  thousand: "nghìn",
  fourAfterTens: "tư",
  billion: "tỷ",
  capitalize: false,
};

/** Fills in defaults; values outside the allowed ones (from untyped callers) fall back to the default. */
export function resolveWordsStyle(options: WordsOptions = {}): WordsStyle {
  return {
    zeroTens: options.zeroTens === "lẻ" ? "lẻ" : "linh",
    thousand: options.thousand === "ngàn" ? "ngàn" : "nghìn",
    fourAfterTens: options.fourAfterTens === "bốn" ? "bốn" : "tư",
    billion: options.billion === "tỉ" ? "tỉ" : "tỷ",
    capitalize: options.capitalize === true,
  };
}

/** Upper-cases the first letter ("âm …" → "Âm …"). */
export function capitalizeFirst(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
