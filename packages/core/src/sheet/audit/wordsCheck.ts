import type { Estimate } from "../../budget/estimate.js";
import { sectionsTotal } from "../../budget/lineProduct.js";
import type { Finding } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import { formatVnd } from "../../money/formatVnd.js";
import { parseVietnameseWords, type WordsParseReason } from "../../words/parseVietnameseWords.js";
import { toVietnameseWords } from "../../words/toVietnameseWords.js";
import type { WordsOptions } from "../../words/wordsOptions.js";
import { splitWordsLine } from "../../table/rowLabel.js";
import type { EstimateTable, WordsPlace } from "../table.js";
import type { SheetView } from "../../table/view.js";

/** The total the words must read: the total cell as written, else what the sections add up to. */
export function wordsTotal(estimate: Estimate): number {
  return estimate.total ?? Number(sectionsTotal(estimate));
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

/** checkWords for any table: the words at `place` (if any) must read as `total` (also used by the list sheets). */
export function checkWordsAt(
  view: SheetView,
  place: WordsPlace | undefined,
  total: number,
  options: WordsOptions = {},
): Finding[] {
  // A label-only line is present but empty: with nothing totalled yet (a blank list or sheet still to
  // be filled in) there are no words to write, so nothing is missing.
  if (place?.labelOnly && total === 0) return [];
  if (!place || place.labelOnly) {
    const at = place ? { sheet: view.sheet, cell: view.address(place.row, place.col) } : { sheet: view.sheet };
    return [makeFinding("words.missing", { total }, at)];
  }
  const text = view.text(place.row, place.col);
  const words = splitWordsLine(text)?.words ?? text;
  const parsed = parseVietnameseWords(words);
  if (parsed.ok && parsed.value === BigInt(total)) return [];
  return [
    makeFinding(
      "words.mismatch",
      {
        words,
        read: parsed.ok ? formatVnd(parsed.value) : reasonText(parsed.reason),
        total,
        expected: toVietnameseWords(total, { ...options, capitalize: true }),
      },
      { sheet: view.sheet, cell: view.address(place.row, place.col) },
    ),
  ];
}

// Why the words could not be read, as words.mismatch's `read` has always shown it ("unknown_word: xyz"),
// in both languages alike. (Next: a localized text per reason code.)
function reasonText(reason: WordsParseReason): string {
  return reason.word === undefined ? reason.code : `${reason.code}: ${reason.word}`;
}
