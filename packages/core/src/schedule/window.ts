import { isoWithin, makeIsoDate, type IsoDate } from "../dates/isoDate.js";
import { quarterEnd, quarterOfDate, quarterStart, type QuarterNumber } from "../dates/quarter.js";
import { formatTimeFrame } from "../plan/formatTimeFrame.js";
import type { TimeFrame } from "../plan/planSchema.js";

/** The days a conference series may use: a date range, narrowed to the plan's quarters when it names some. */
export interface ScheduleWindow {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly quarters?: readonly number[];
  /** As the plan writes it ("Quý II, III/2024"), for messages. */
  readonly label: string;
}

/** The window of a time frame: the year, narrowed to its quarters (first to last) and to from/to when given. */
export function scheduleWindow(frame: TimeFrame): ScheduleWindow {
  const quarters = frame.quarters && frame.quarters.length > 0 ? [...frame.quarters].sort() : undefined;
  const first = quarters
    ? quarterStart({ year: frame.year, quarter: quarters[0] as QuarterNumber })
    : (makeIsoDate(frame.year, 1, 1) as IsoDate);
  const last = quarters
    ? quarterEnd({ year: frame.year, quarter: quarters[quarters.length - 1] as QuarterNumber })
    : (makeIsoDate(frame.year, 12, 31) as IsoDate);
  // Explicit dates narrow the quarters further (never widen them).
  const from = frame.from !== undefined && frame.from > first ? frame.from : first;
  const to = frame.to !== undefined && frame.to < last ? frame.to : last;
  const label = formatTimeFrame(frame);
  return { from, to, ...(quarters ? { quarters } : {}), label };
}

/** True when a date lies in the window. */
export function inWindow(date: IsoDate, frame: ScheduleWindow): boolean {
  if (!isoWithin(date, frame.from, frame.to)) return false;
  if (!frame.quarters) return true;
  const q = quarterOfDate(date);
  return q !== undefined && frame.quarters.includes(q.quarter);
}
