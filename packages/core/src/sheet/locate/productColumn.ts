import type { SheetView } from "../../table/view.js";
import { sameOrRounded } from "../../money/sameFigure.js";
import { figureAt, lineShapeProduct } from "./lineFigures.js";
import { isColumnNumbersRow } from "../../table/headerRow.js";

// Enough lines to see that a column is the others' product.
const probedRows = 60;

/**
 * The amount column of a header no amount word names: the column, right of the price, whose numbers are the
 * price × the named multipliers on most lines that have them (and on at least two), blank multipliers left
 * out. Undefined when no column is that clearly: a table is better not found than found wrong.
 */
export function productColumn(
  view: SheetView,
  headerBottom: number,
  rate: number,
  factors: readonly number[],
): number | undefined {
  const top =
    headerBottom + 1 < view.rowCount && isColumnNumbersRow(view, headerBottom + 1)
      ? headerBottom + 2
      : headerBottom + 1;
  const last = Math.min(view.rowCount - 1, top + probedRows - 1);
  const taken = new Set([rate, ...factors]);
  const hits = new Map<number, number>();
  const misses = new Map<number, number>();
  for (let r = top; r <= last; r++) {
    const product = lineShapeProduct(
      figureAt(view, r, rate),
      factors.map((f) => figureAt(view, r, f)),
    );
    if (product === undefined) continue;
    // Only the cells the row has: a far stray cell does not widen the search.
    for (let c = rate + 1; c < view.width(r); c++) {
      if (taken.has(c)) continue;
      const amount = figureAt(view, r, c);
      if (amount === null || amount === undefined || amount === 0) continue;
      const tally = sameOrRounded(product, amount) ? hits : misses;
      tally.set(c, (tally.get(c) ?? 0) + 1);
    }
  }
  let best: { col: number; hits: number } | undefined;
  for (const [col, n] of hits) {
    if (n >= 2 && n > (misses.get(col) ?? 0) && (!best || n > best.hits)) best = { col, hits: n };
  }
  return best?.col;
}
