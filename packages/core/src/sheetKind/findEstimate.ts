import type { Estimate } from "../budget/estimate.js";
import type { Grid } from "../grid/grid.js";
import { readEstimateTable } from "../sheet/read/read.js";
import { detectSheetKind } from "./sheetKind.js";

/**
 * The estimate among a workbook's sheets: the first grid detectSheetKind tells as an estimate, read as
 * checkSheet reads it. A list or distribution sheet is never taken for one, though a support list has an
 * amount column too. Undefined when no sheet holds an estimate table.
 */
export function findEstimate(
  grids: readonly Grid[],
): { readonly sheet: string; readonly estimate: Estimate } | undefined {
  for (const grid of grids) {
    const detected = detectSheetKind(grid);
    if (detected.kind === "estimate")
      return { sheet: grid.sheet, estimate: readEstimateTable(grid, detected.table).estimate };
  }
  return undefined;
}
