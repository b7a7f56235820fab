import { toVietnameseWords } from "./toVietnameseWords.js";
import type { WordsOptions } from "./wordsOptions.js";

export interface AmountWordsOptions extends WordsOptions {
  /** Append "chẵn" (a round amount): "… đồng chẵn". */
  readonly chan?: boolean;
  /** Append the closing mark "./." that ends an amount in words on official documents. */
  readonly closing?: boolean;
}

/**
 * An amount of đồng in words: 243.000.000 → "Hai trăm bốn mươi ba triệu đồng".
 * Capitalised unless `capitalize: false`; `chan` and `closing` add "chẵn" and "./.".
 * @throws RangeError like toVietnameseWords for a non-integer amount.
 */
export function amountInWords(vnd: number | bigint | string, options: AmountWordsOptions = {}): string {
  const words = toVietnameseWords(vnd, { ...options, capitalize: options.capitalize !== false });
  const chan = options.chan === true ? " chẵn" : "";
  const closing = options.closing === true ? "./." : "";
  return `${words} đồng${chan}${closing}`;
}
