import type { IsoDate } from "../dates/isoDate.js";
import type { Finding } from "../findings/finding.js";
import type { Grid } from "../grid/grid.js";
import type { ConferenceSeries } from "../plan/planSchema.js";
import { checkSchedule } from "./checkSchedule.js";
import type { ScheduleOptions } from "./proposeSchedule.js";
import { readScheduleSheet, type ScheduleTable } from "./scheduleSheet.js";

/**
 * Checks a conference schedule kept on a sheet against its series: the sheet's dates are read at their
 * cells and given to checkSchedule, so every finding (unreadable date, weekend, holiday, outside the
 * window, too close, count) points at the cell it is about. No table → `list.not_found` only.
 */
export function checkScheduleSheet(
  grid: Grid,
  series: ConferenceSeries,
  options: ScheduleOptions = {},
): { table?: ScheduleTable; dates: (IsoDate | undefined)[]; findings: Finding[] } {
  const read = readScheduleSheet(grid);
  if (!read.table) return { dates: [], findings: read.findings };
  const checked = checkSchedule(read.entries, series, options);
  return { table: read.table, dates: checked.dates, findings: [...read.findings, ...checked.findings] };
}
