import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

/**
 * The amount formula of a line, with "=": its filled factor cells times its rate ("=D15*E15*F15";
 * a blank factor is left out, "=D15*F15", as offices do). Undefined without a rate column or rate.
 */
export function amountFormula(view: SheetView, table: EstimateTable, r: number): string | undefined {
  const rate = table.columns.rate;
  if (rate === undefined || view.isEmpty(r, rate)) return undefined;
  // Concatenated in one loop: the audit builds this for every line of big sheets.
  let formula = "=";
  for (const f of table.columns.factors) if (!view.isEmpty(r, f.col)) formula += `${view.address(r, f.col)}*`;
  return formula + view.address(r, rate);
}

/**
 * True when `formula` (without "=", letters in any case) is the line's amountFormula, false when it is
 * not (or has characters this test leaves to a plain comparison), undefined when the line has none.
 * Builds no string: the formula audit asks this of every line of big sheets.
 */
export function isAmountFormula(
  view: SheetView,
  table: EstimateTable,
  r: number,
  formula: string,
): boolean | undefined {
  const rate = table.columns.rate;
  if (rate === undefined || view.isEmpty(r, rate)) return undefined;
  let at = 0;
  for (const f of table.columns.factors) {
    if (view.isEmpty(r, f.col)) continue;
    at = view.matchAddress(formula, at, r, f.col);
    if (at < 0 || formula.charCodeAt(at) !== 0x2a) return false;
    at++;
  }
  return view.matchAddress(formula, at, r, rate) === formula.length;
}
