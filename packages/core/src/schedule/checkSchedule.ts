import { success, type Result } from "../findings/result.js";
import { formatShortDate } from "../dates/dateLine.js";
import { addIsoDays, isoDaysBetween, type IsoDate } from "../dates/isoDate.js";
import type { Finding, FindingLocation } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { ConferenceSeries } from "../plan/planSchema.js";
import { isWeekend, weekdayName } from "./calendar.js";
import { calendarOf, calendarsFor, effectiveGap, type ScheduleOptions } from "./proposeSchedule.js";
import { parseScheduleDate } from "./scheduleDate.js";
import { inWindow, scheduleWindow } from "./window.js";

/** A conference's first day as typed (a cell value or text), and where it was typed. */
export interface TypedDate {
  readonly value: unknown;
  readonly at?: FindingLocation;
}

const conferences = { vi: "hội nghị", en: "conferences" };

/** What checkSchedule read: each entry's date, in order (undefined where it does not read as one). */
export interface CheckedSchedule {
  readonly dates: readonly (IsoDate | undefined)[];
}

/**
 * Checks a schedule someone typed for a conference series: every date reads as a date, the number of
 * dates is the plan's count, each conference's days are inside the window, on working days and not on
 * public holidays, and first days are at least `minGap` days apart (in date order). A holiday whose
 * date the data marks `secondary` gives a warning, not an error; so does a day that only a missing
 * yearly notice could make a day off (`schedule.holiday_unsettled`). Always `ok`, with the dates read
 * (in the entries' order, undefined where unreadable).
 */
export function checkSchedule(
  entries: readonly TypedDate[],
  series: ConferenceSeries,
  options: ScheduleOptions = {},
): Result<CheckedSchedule> {
  const frame = scheduleWindow(series.window);
  const { byYear } = calendarsFor(frame, options.holidayYears);
  const findings: Finding[] = [];
  const gap = effectiveGap(series, options.minGap);
  const dates = entries.map((e) => parseScheduleDate(e.value));
  const at = (i: number) => entries[i]?.at;
  const withAt = (f: Finding, i: number): Finding => {
    const where = at(i);
    return where ? { ...f, at: where } : f;
  };
  dates.forEach((date, i) => {
    if (date === undefined) {
      findings.push(withAt(makeFinding("schedule.bad_date", { text: String(entries[i]?.value ?? "") }), i));
      return;
    }
    for (let j = 0; j < series.daysEach; j++) {
      const day = addIsoDays(date, j);
      const shown = formatShortDate(day);
      if (!inWindow(day, frame))
        findings.push(withAt(makeFinding("schedule.outside_window", { date: shown, window: frame.label }), i));
      else if (isWeekend(day))
        findings.push(withAt(makeFinding("schedule.weekend", { date: shown, weekday: weekdayName(day) }), i));
      else {
        const calendar = calendarOf(byYear, day, options.holidayYears);
        const holiday = calendar.days.get(day);
        const possible = calendar.possible.get(day);
        if (holiday) {
          const f = withAt(makeFinding("schedule.holiday", { date: shown, holiday: holiday.name }), i);
          findings.push(holiday.status === "verified" ? f : { ...f, severity: "warning" });
        } else if (possible) {
          const params = { date: shown, holiday: possible.name, year: day.slice(0, 4) };
          findings.push(withAt(makeFinding("schedule.holiday_unsettled", params), i));
        }
      }
    }
  });
  const order = dates
    .map((date, i) => ({ date, i }))
    .filter((x): x is { date: IsoDate; i: number } => x.date !== undefined)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as { date: IsoDate; i: number };
    const cur = order[k] as { date: IsoDate; i: number };
    const days = isoDaysBetween(prev.date, cur.date);
    if (days < gap) {
      findings.push(
        withAt(
          makeFinding("schedule.too_close", {
            date: formatShortDate(cur.date),
            previous: formatShortDate(prev.date),
            gap: days,
            minGap: gap,
          }),
          cur.i,
        ),
      );
    }
  }
  if (entries.length !== series.count) {
    const f = makeFinding("plan.count_mismatch", { what: conferences, expected: series.count, actual: entries.length });
    findings.push(entries.length > 0 ? withAt(f, 0) : f);
  }
  return success({ dates }, findings);
}
