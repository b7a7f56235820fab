import { parseVietnameseDate } from "../dates/dateLine.js";
import type { Plan } from "../plan/planSchema.js";
import type { SheetView } from "../table/view.js";
import type { EstimateTable } from "./table.js";

/**
 * The day whose caps a sheet is checked (and summarized) against: the one given, else the plan's (undefined:
 * checkEstimate takes it from the plan), else the date line above the table, else undefined (the caps in force now).
 */
export function capDay(
  view: SheetView,
  table: EstimateTable,
  options: { readonly date?: string; readonly plan?: Plan },
): string | undefined {
  return options.date ?? (options.plan ? undefined : sheetDate(view, table.headerTop));
}

/** The date line in the title block above the table, as an ISO date. */
function sheetDate(view: SheetView, headerTop: number): string | undefined {
  for (let r = 0; r < headerTop; r++) {
    for (let c = 0; c < view.width(r); c++) {
      const f = view.folded(r, c);
      if (!f.includes("ngay") || !f.includes("nam")) continue;
      const date = parseVietnameseDate(view.text(r, c));
      if (date) return date;
    }
  }
  return undefined;
}
