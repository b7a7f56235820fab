import { distributionRole, type DistributionRole } from "../distribution/checkDistribution.js";
import type { Grid } from "../grid/grid.js";
import { conferenceListRole, type ConferenceListRole } from "../lists/listVocabulary.js";
import { locateListTable, type ListTable } from "../table/locateListTable.js";
import { locateScheduleTable, type ScheduleTable } from "../schedule/scheduleSheet.js";
import { locateIn } from "../sheet/locate/locate.js";
import type { EstimateTable } from "../sheet/table.js";
import { SheetView } from "../table/view.js";

/** The kinds of sheet an office keeps for a plan, as told from the sheet itself. */
export type SheetKind = "estimate" | "conference-list" | "distribution" | "schedule" | "unknown";

/** Which kind a sheet is, with the table that made it so (grid coordinates, as the locators give them). */
export type SheetKindResult =
  | { readonly sheet: string; readonly kind: "estimate"; readonly table: EstimateTable }
  | {
      readonly sheet: string;
      readonly kind: "conference-list";
      /** A list with an amount column is a signed support list; without one, a delegate list. */
      readonly list: "delegates" | "support";
      readonly table: ListTable<ConferenceListRole>;
    }
  | { readonly sheet: string; readonly kind: "distribution"; readonly table: ListTable<DistributionRole> }
  | { readonly sheet: string; readonly kind: "schedule"; readonly table: ScheduleTable }
  | { readonly sheet: string; readonly kind: "unknown" };

/**
 * Tells an estimate, a delegate/support list and a distribution sheet apart with the locators their
 * checks use (one shared view). Order matters: a "Họ và tên" column only lists have, so a list wins;
 * an estimate's "Đơn vị tính | Số lượng" header also reads as a distribution header, so the estimate
 * (content + amount columns) comes before the distribution sheet (unit + count, no amount). A
 * schedule (a date column) is tried last, so the other kinds keep theirs.
 */
export function detectSheetKind(grid: Grid): SheetKindResult {
  const view = new SheetView(grid);
  const sheet = view.sheet;
  const list = locateListTable<ConferenceListRole>(view, conferenceListRole, ["name"]);
  if (list)
    return { sheet, kind: "conference-list", list: list.columns.has("amount") ? "support" : "delegates", table: list };
  const estimate = locateIn(view).table;
  if (estimate) return { sheet, kind: "estimate", table: estimate };
  const distribution = locateListTable<DistributionRole>(view, distributionRole, ["unit", "count"]);
  if (distribution) return { sheet, kind: "distribution", table: distribution };
  const schedule = locateScheduleTable(view);
  if (schedule) return { sheet, kind: "schedule", table: schedule };
  return { sheet, kind: "unknown" };
}
