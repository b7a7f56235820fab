import { readNumberCell } from "../../table/cellNumber.js";
import type { SheetView } from "../../table/view.js";

/** A body cell as the column finders see it: a number, null when blank, undefined when it is not a number. */
export type Figure = number | null | undefined;

export function figureAt(view: SheetView, r: number, c: number): Figure {
  const read = readNumberCell(view, r, c);
  return read.kind === "number" ? read.value : read.kind === "blank" ? null : undefined;
}

/**
 * The product of a line's price and multipliers, blank multipliers left out; undefined when the price is
 * missing, a multiplier is not a number, or fewer than two figures multiply (an amount alone on its line — a
 * subtotal, a lump sum — says nothing about a table's shape).
 */
export function lineShapeProduct(price: Figure | "none", factors: readonly Figure[]): number | undefined {
  let product = 1;
  let used = 0;
  if (price !== "none") {
    if (price === null || price === undefined) return undefined;
    product = price;
    used++;
  }
  for (const v of factors) {
    if (v === undefined) return undefined;
    if (v === null) continue;
    product *= v;
    used++;
  }
  return used < 2 ? undefined : product;
}
