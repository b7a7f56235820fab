import { addDays, differenceInCalendarDays, getDaysInMonth } from "date-fns";

/**
 * A calendar date as written in plan files and passed between modules: "yyyy-MM-dd" (e.g. "2024-02-06").
 * A plain string so JSON and literals need no casts; `isIsoDate` tells a real calendar date.
 */
export type IsoDate = string;

/** The parts of a calendar date; month and day are 1-based. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an ISO date, or undefined when the text is not a real "yyyy-MM-dd" date (no 2024-02-30). */
export function isoParts(text: string): DateParts | undefined {
  const m = isoPattern.exec(text);
  if (!m) return undefined;
  return validParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when the value is a real calendar date written "yyyy-MM-dd". */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && isoParts(value) !== undefined;
}

/** Writes a date as "yyyy-MM-dd", or undefined when the parts are no real date (year 1–9999). */
export function makeIsoDate(year: number, month: number, day: number): IsoDate | undefined {
  const parts = validParts(year, month, day);
  return parts && formatParts(parts);
}

/** Days in a month of a (proleptic Gregorian) year. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(plainDate({ year, month, day: 1 }));
}

/** The date `days` calendar days later (earlier when negative). */
export function addIsoDays(date: IsoDate, days: number): IsoDate {
  return fromPlainDate(addDays(plainDate(requireParts(date)), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function isoDaysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(plainDate(requireParts(to)), plainDate(requireParts(from)));
}

/** Orders two ISO dates (-1, 0, 1); "yyyy-MM-dd" sorts as text. */
export function compareIsoDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `date` lies in [from, to], both ends included. */
export function isoWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

/** The year of an ISO date (undefined when the text is not one). */
export function isoYear(date: IsoDate): number | undefined {
  return isoParts(date)?.year;
}

/**
 * The calendar date a JavaScript Date denotes in UTC — for adapters (ExcelJS hands dates over as UTC
 * midnights). Core never reads the clock; callers pass "today" in as an IsoDate.
 */
export function isoFromUtcDate(date: Date): IsoDate | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return makeIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function validParts(year: number, month: number, day: number): DateParts | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  return day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}

function requireParts(date: IsoDate): DateParts {
  const parts = isoParts(date);
  if (!parts) throw new RangeError(`Not an ISO date (yyyy-MM-dd): ${JSON.stringify(date)}`);
  return parts;
}

/**
 * A local-time Date at noon on the given calendar day, for date-fns calendar arithmetic. Noon keeps
 * clear of DST gaps at midnight, and only calendar fields are ever read back, so any TZ gives the same
 * answer; setFullYear avoids the 0–99 → 1900s mapping of the Date constructor.
 */
export function plainDate(parts: DateParts): Date {
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(parts.year, parts.month - 1, parts.day);
  return d;
}

/** The calendar day of a Date built by `plainDate` (local fields). */
export function fromPlainDate(date: Date): IsoDate {
  return formatParts({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() });
}

function formatParts({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Zero-pads a non-negative integer. */
export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
