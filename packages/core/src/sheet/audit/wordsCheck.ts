import { amountValue } from "../../budget/computeAmounts.js";
import type { Estimate } from "../../budget/estimate.js";
import type { WordsOptions } from "../../words/wordsOptions.js";
import type { EstimateTable } from "../table.js";
import type { Finding } from "../../findings/finding.js";
import { checkWordsAt } from "../../table/wordsAt.js";
import type { SheetView } from "../../table/view.js";

/** The total the words must read: the total cell as written, else what the estimate adds up to. */
function wordsTotal(estimate: Estimate): number {
  return amountValue(estimate.amount) ?? 0;
}

/**
 * `words.missing` when there is no "Bằng chữ" line, or only its label under a non-zero total (fill
 * completes it); `words.mismatch` when the words
 * do not read as the total. Reading goes through the words parser, so every correct regional variant
 * (linh/lẻ, nghìn/ngàn, tư/bốn, tỷ/tỉ, "chẵn", "./.") passes.
 */
export function checkWords(
  view: SheetView,
  table: EstimateTable,
  estimate: Estimate,
  options: WordsOptions = {},
): Finding[] {
  return checkWordsAt(view, table.words, wordsTotal(estimate), options);
}
