import type { IsoDate } from "../dates/isoDate.js";
import { success, type Result } from "../findings/result.js";
import type { Grid } from "../grid/grid.js";
import type { ConferenceSeries } from "../plan/planSchema.js";
import { checkSchedule } from "./checkSchedule.js";
import type { ScheduleOptions } from "./proposeSchedule.js";
import { readScheduleSheet, type ScheduleTable } from "./scheduleSheet.js";

/**
 * Checks a conference schedule kept on a sheet against its series: the sheet's dates are read at their
 * cells and given to checkSchedule, so every finding (unreadable date, weekend, holiday, outside the
 * window, too close, count) points at the cell it is about. Not `ok` when the sheet has no schedule table
 * (`list.not_found` only). The value's `dates` are the entries' dates in order, undefined where unreadable.
 */
export function checkScheduleSheet(
  grid: Grid,
  series: ConferenceSeries,
  options: ScheduleOptions = {},
): Result<ScheduleSheet> {
  const read = readScheduleSheet(grid);
  if (!read.ok) return read;
  const checked = checkSchedule(read.value.entries, series, options);
  return success({ table: read.value.table, dates: checked.ok ? checked.value.dates : [] }, [
    ...read.findings,
    ...checked.findings,
  ]);
}

/** What checkScheduleSheet gives for a sheet whose schedule table it found. */
export interface ScheduleSheet {
  readonly table: ScheduleTable;
  readonly dates: readonly (IsoDate | undefined)[];
}
