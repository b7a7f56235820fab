import { addIsoDays, isoDaysBetween, type IsoDate } from "../dates/isoDate.js";
import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { calendarDaysOf } from "../plan/conferenceInstances.js";
import type { ConferenceSeries } from "../plan/planSchema.js";
import { holidayCalendar, isSettledWorkingDay, type HolidayCalendar } from "./calendar.js";
import type { HolidayYear } from "./holidays.js";
import { inWindow, scheduleWindow, type ScheduleWindow } from "./window.js";

/** Options of the schedule rules. */
export interface ScheduleOptions {
  /** Calendar days at least between two conferences' first days (7 by default; never less than the days each lasts). */
  readonly minGap?: number;
  /** Per-year holiday data (the built-in data by default). */
  readonly holidayYears?: readonly HolidayYear[];
}

/** One proposed conference: its days, first to last. */
export interface ProposedConference {
  readonly number: number;
  readonly days: readonly IsoDate[];
}

export const defaultMinGap = 7;

/** The effective gap: at least the conference length, so two conferences never overlap (NaN → the default). */
export function effectiveGap(series: Pick<ConferenceSeries, "daysEach">, minGap = defaultMinGap): number {
  return Math.max(Number.isNaN(minGap) ? defaultMinGap : Math.floor(minGap), calendarDaysOf(series));
}

/** The calendar of a date's year, from those already built when it is there. */
export function calendarOf(
  byYear: ReadonlyMap<number, HolidayCalendar>,
  date: IsoDate,
  years?: readonly HolidayYear[],
): HolidayCalendar {
  const year = Number(date.slice(0, 4));
  return byYear.get(year) ?? holidayCalendar(year, years);
}

/**
 * Holiday calendars of the years a window spans, and a `schedule.holidays_unknown` per year with days
 * that only a missing yearly notice could settle.
 */
export function calendarsFor(
  frame: ScheduleWindow,
  years?: readonly HolidayYear[],
): { byYear: Map<number, HolidayCalendar>; findings: Finding[] } {
  const byYear = new Map<number, HolidayCalendar>();
  const findings: Finding[] = [];
  for (let y = Number(frame.from.slice(0, 4)); y <= Number(frame.to.slice(0, 4)); y++) {
    const calendar = holidayCalendar(y, years);
    byYear.set(y, calendar);
    if (!calendar.complete) findings.push(makeFinding("schedule.holidays_unknown", { year: String(y) }));
  }
  return { byYear, findings };
}

/**
 * Proposes the first days of a conference series inside its window: only working days (no weekend,
 * no public holiday of that year, no day a missing yearly notice could still make a day off), every day of a multi-day conference a working day inside the
 * window, first days at least `minGap` days apart, spread evenly over the window. Each conference
 * aims at the middle of its equal share of the window and takes the working day nearest to it that
 * still leaves room for the ones before and after (ties go to the earlier day), so the result is
 * deterministic. Too few working days → `schedule.not_enough_days`. A date the plan gives a listed
 * conference is kept as it is; when it gives them all, they are the schedule.
 */
export function proposeSchedule(
  series: ConferenceSeries,
  options: ScheduleOptions = {},
): { conferences: ProposedConference[]; findings: Finding[] } {
  const given = (series.instances ?? []).map((c) => c.date);
  if (given.length === series.count && given.every((d) => d !== undefined)) {
    // The plan fixes every date: nothing to propose (checkSchedule says what is wrong with them).
    return { conferences: given.map((d, i) => ({ number: i + 1, days: daysFrom(series, d) })), findings: [] };
  }
  const frame = scheduleWindow(series.window);
  const { byYear, findings } = calendarsFor(frame, options.holidayYears);
  const gap = effectiveGap(series, options.minGap);
  const working = (d: IsoDate) =>
    inWindow(d, frame) && isSettledWorkingDay(d, calendarOf(byYear, d, options.holidayYears));
  const span = isoDaysBetween(frame.from, frame.to) + 1;
  // Valid first days as offsets from the window's start.
  const starts: number[] = [];
  for (let k = 0; k < span; k++) {
    const first = addIsoDays(frame.from, k);
    let ok = true;
    for (let j = 0; j < calendarDaysOf(series) && ok; j++) ok = working(addIsoDays(first, j));
    if (ok) starts.push(k);
  }
  const n = series.count;
  const earliest = greedy(starts, n, gap);
  const latest = greedy(
    [...starts].reverse().map((k) => -k),
    n,
    gap,
  )
    .map((k) => -k)
    .reverse();
  if (earliest.length < n) {
    findings.push(
      makeFinding("schedule.not_enough_days", {
        count: n,
        available: earliest.length,
        minGap: gap,
        window: frame.label,
      }),
    );
    return { conferences: [], findings };
  }
  const chosen: number[] = [];
  for (let i = 0; i < n; i++) {
    const low = Math.max(earliest[i] ?? 0, i === 0 ? 0 : (chosen[i - 1] ?? 0) + gap);
    const high = latest[i] ?? span;
    const target = Math.floor(((2 * i + 1) * span) / (2 * n));
    let best: number | undefined;
    for (const k of starts) {
      if (k < low || k > high) continue;
      if (best === undefined || Math.abs(k - target) < Math.abs(best - target)) best = k;
    }
    chosen.push(best ?? low);
  }
  return {
    conferences: chosen.map((k, i) => ({
      number: i + 1,
      days: daysFrom(series, series.instances?.[i]?.date ?? addIsoDays(frame.from, k)),
    })),
    findings,
  };
}

/** The calendar days of a conference from its first. */
function daysFrom(series: ConferenceSeries, first: IsoDate): IsoDate[] {
  return Array.from({ length: calendarDaysOf(series) }, (_, j) => addIsoDays(first, j));
}

// The first `n` picks going forward, each at least `gap` after the previous.
function greedy(sorted: readonly number[], n: number, gap: number): number[] {
  const out: number[] = [];
  for (const k of sorted) {
    if (out.length === n) break;
    const last = out[out.length - 1];
    if (last === undefined || k - last >= gap) out.push(k);
  }
  return out;
}
