import { summarizeEstimate, type EstimateSummary } from "../budget/summarizeEstimate.js";
import { failure, success, type Result } from "../findings/result.js";
import type { Grid } from "../grid/grid.js";
import { SheetView } from "../table/view.js";
import { capDay } from "./capDay.js";
import type { SheetCheckOptions } from "./check.js";
import { locateIn } from "./locate/locate.js";
import { estimateLocator } from "./placement.js";
import { readIn } from "./read/read.js";
import { usableSheetOptions } from "./sheetOptions.js";

/**
 * What the estimate on a sheet is made of (summarizeEstimate), with the options and the day of caps its check
 * uses (checkSheet's), so a summary and a check of the same sheet never disagree; each part points at its cells.
 * Not `ok` when the sheet has no estimate table.
 */
export function summarizeSheet(grid: Grid, given: SheetCheckOptions = {}): Result<EstimateSummary> {
  const { options, findings } = usableSheetOptions<SheetCheckOptions>(given);
  const view = new SheetView(grid);
  const located = locateIn(view);
  if (!located.table) return failure([...findings, ...located.findings]);
  const read = readIn(view, located.table);
  const date = capDay(view, located.table, options);
  return success(
    summarizeEstimate(read.estimate, {
      locator: estimateLocator(read.placement),
      ...(options.plan ? { plan: options.plan } : {}),
      ...(options.norms ? { norms: options.norms } : {}),
      ...(date ? { date } : {}),
      ...(options.allocation === undefined ? {} : { allocation: options.allocation }),
      ...(options.words ? { words: options.words } : {}),
    }),
    findings,
  );
}
