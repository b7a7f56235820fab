import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { formatVnd } from "../money/formatVnd.js";
import { describeWordsReason } from "../words/describeWordsReason.js";
import { parseVietnameseWords } from "../words/parseVietnameseWords.js";
import { toVietnameseWords } from "../words/toVietnameseWords.js";
import type { WordsOptions } from "../words/wordsOptions.js";
import { splitWordsLine } from "./rowLabel.js";
import type { WordsPlace } from "./scanBody.js";
import type { SheetView } from "./view.js";

/**
 * The words line of any table: `words.missing` when there is none (or only its label under a non-zero total),
 * `words.mismatch` when the words at `place` read another amount than `total`, `words.unreadable` when they
 * cannot be read.
 */
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
  const at = { sheet: view.sheet, cell: view.address(place.row, place.col) };
  const expected = toVietnameseWords(total, { ...options, capitalize: true });
  // Words that read another amount are wrong for certain; words that cannot be read may be a style the
  // parser does not know, so they only warn.
  return parsed.ok
    ? [makeFinding("words.mismatch", { words, read: formatVnd(parsed.value), total, expected }, at)]
    : [makeFinding("words.unreadable", { words, reason: describeWordsReason(parsed.reason), total, expected }, at)];
}
