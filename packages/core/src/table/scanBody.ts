import type { SheetView } from "./view.js";
import { splitWordsLine } from "./rowLabel.js";

/** Where the "Bằng chữ" words of the total are (or belong). */
export interface WordsPlace {
  readonly row: number;
  readonly col: number;
  /** The cell holds only its label ("Bằng chữ:"), so fill completes it. */
  readonly labelOnly: boolean;
}

/** What ends a table's body: its total row, a words line or the signatures. */
export type BodyMarker = "total" | "words" | "signature" | undefined;

/**
 * Scans a table body from `bodyTop` down to the total row, the words line or the signatures (as
 * `markerOf` tells them), keeping the last non-blank row; the words line may follow the total within
 * five rows. Shared by the estimate locator and the list-table finder.
 */
export function scanBody(
  view: SheetView,
  bodyTop: number,
  limit: number,
  markerOf: (r: number) => BodyMarker,
): { bodyBottom: number; totalRow?: number; words?: WordsPlace } {
  let bodyBottom = bodyTop - 1;
  let totalRow: number | undefined;
  let words: WordsPlace | undefined;
  for (let r = bodyTop; r < limit; r++) {
    const marker = markerOf(r);
    if (marker === "total") {
      totalRow = r;
      break;
    }
    if (marker === "words") {
      words = wordsPlace(view, r);
      break;
    }
    if (marker === "signature") break;
    if (!isBlankRow(view, r)) bodyBottom = r;
  }
  if (totalRow !== undefined) {
    for (let r = totalRow + 1; r < Math.min(limit, totalRow + 6) && !words; r++) words = wordsPlace(view, r);
  }
  return { bodyBottom, ...(totalRow === undefined ? {} : { totalRow }), ...(words ? { words } : {}) };
}

function wordsPlace(view: SheetView, r: number): WordsPlace | undefined {
  for (let c = 0; c < view.width(r); c++) {
    const split = typeof view.value(r, c) === "string" ? splitWordsLine(view.text(r, c)) : undefined;
    if (!split) continue;
    if (split.words !== "") return { row: r, col: c, labelOnly: false };
    // "Bằng chữ:" | "Năm trăm …" in the next filled cell of the row.
    for (let k = c + 1; k < view.width(r); k++) {
      if (view.isEmpty(r, k)) continue;
      return typeof view.value(r, k) === "string"
        ? { row: r, col: k, labelOnly: false }
        : { row: r, col: c, labelOnly: true };
    }
    return { row: r, col: c, labelOnly: true };
  }
  return undefined;
}

function isBlankRow(view: SheetView, r: number): boolean {
  for (let c = 0; c < view.width(r); c++) if (!view.isEmpty(r, c)) return false;
  return true;
}
