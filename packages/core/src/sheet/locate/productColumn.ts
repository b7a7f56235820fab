import type { SheetView } from "../../table/view.js";
import { readNumberCell } from "../../table/cellNumber.js";
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
    const price = numberAt(view, r, rate);
    if (price === undefined) continue;
    let product = price;
    let operands = 1;
    for (const f of factors) {
      const v = numberAt(view, r, f);
      if (v === undefined) continue;
      product *= v;
      operands++;
    }
    if (operands < 2) continue;
    // Only the cells the row has: a far stray cell does not widen the search.
    for (let c = rate + 1; c < view.width(r); c++) {
      if (taken.has(c)) continue;
      const amount = numberAt(view, r, c);
      if (amount === undefined || amount === 0) continue;
      const same = Math.abs(product - amount) <= Math.max(1e-6, Math.abs(amount) * 1e-9);
      const tally = same ? hits : misses;
      tally.set(c, (tally.get(c) ?? 0) + 1);
    }
  }
  let best: { col: number; hits: number } | undefined;
  for (const [col, n] of hits) {
    if (n >= 2 && n > (misses.get(col) ?? 0) && (!best || n > best.hits)) best = { col, hits: n };
  }
  return best?.col;
}

function numberAt(view: SheetView, r: number, c: number): number | undefined {
  const read = readNumberCell(view, r, c);
  return read.kind === "number" ? read.value : undefined;
}
