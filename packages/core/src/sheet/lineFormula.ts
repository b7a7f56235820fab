import type { EstimateTable } from "./table.js";
import type { SheetView } from "./view.js";

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
