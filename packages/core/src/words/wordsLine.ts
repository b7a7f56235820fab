import { amountInWords, type AmountWordsOptions } from "./amountInWords.js";

export interface WordsLineOptions extends AmountWordsOptions {
  /** The label before the amount; "Bằng chữ:" unless given (e.g. "Số tiền bằng chữ:", or "" for none). */
  readonly label?: string;
}

/**
 * The whole "Bằng chữ" line under an estimate's total:
 * 243.000.000 → "Bằng chữ: Hai trăm bốn mươi ba triệu đồng./." (the closing "./." is on unless `closing: false`).
 */
export function wordsLine(vnd: number | bigint | string, options: WordsLineOptions = {}): string {
  const label = options.label ?? "Bằng chữ:";
  const amount = amountInWords(vnd, { ...options, closing: options.closing !== false });
  return label === "" ? amount : `${label} ${amount}`;
}
