import type { IsoDate } from "../isoDate.js";
import { dateOfJulianDay, julianDayNumber } from "./julianDay.js";
import { lunationNear, newMoonJulianDay } from "./newMoon.js";
import { sunLongitude } from "./sunLongitude.js";

/**
 * Vietnam's lunar calendar is the Chinese rule evaluated at Vietnam's time, UTC+7 (since 1967/1975),
 * not Beijing's UTC+8: a new moon shortly before midnight in Hà Nội starts a month a day earlier
 * than in China (Tết 2007: 17/02 in Vietnam, 18/02 in China), and once in a while a month 11 or a
 * leap month differs (Tết 1985: 21/01 in Vietnam, 20/02 in China).
 */
export const vietnamUtcOffsetHours = 7;

/** A date of the lunar calendar: the lunar year is the solar year in which its month 1 (Tết) begins. */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** True in a leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
}

/** One month of the lunar calendar: its number, whether it is a leap month, first day and length. */
export interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly start: IsoDate;
  readonly days: 29 | 30;
}

const localOffset = vietnamUtcOffsetHours / 24;

// The Julian Day Number of the UTC+7 day an instant falls in, and the instant that day begins.
const localDay = (jdUt: number): number => Math.floor(jdUt + 0.5 + localOffset);
const localMidnight = (jdn: number): number => jdn - 0.5 - localOffset;

const newMoonDay = (k: number): number => localDay(newMoonJulianDay(k));
// The major solar term (trung khí) the Sun is in when a day begins: 0–11, one per 30° of longitude.
const majorTermAt = (jdn: number): number => Math.floor(sunLongitude(localMidnight(jdn)) / 30);

const month11Cache = new Map<number, number>();

/**
 * The lunation (new-moon index) that begins month 11 of a solar year: the month in which the
 * December solstice falls, i.e. the last month that begins before the Sun reaches 270°.
 */
function month11Lunation(year: number): number {
  const cached = month11Cache.get(year);
  if (cached !== undefined) return cached;
  const dec31 = julianDayNumber(`${String(year).padStart(4, "0")}-12-31`) ?? 0;
  let k = lunationNear(dec31) + 1;
  for (;;) {
    const longitude = sunLongitude(localMidnight(newMoonDay(k)));
    if (longitude >= 180 && longitude < 270) break;
    k--;
  }
  month11Cache.set(year, k);
  return k;
}

interface NumberedLunation {
  readonly k: number;
  readonly month: number;
  readonly leap: boolean;
}

/**
 * The months from month 11 of `year - 1` up to (not including) month 11 of `year`, numbered 11, 12,
 * 1, 2, …, 10. When 13 new moons fall in between, the first month in which no major solar term
 * begins is the leap month and takes the number of the month before it.
 */
function lunationsBetweenSolstices(year: number): NumberedLunation[] {
  const first = month11Lunation(year - 1);
  const count = month11Lunation(year) - first;
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (majorTermAt(newMoonDay(first + i)) === majorTermAt(newMoonDay(first + i + 1))) {
        leapIndex = i;
        break;
      }
    }
  }
  return Array.from({ length: count }, (_, i) => {
    const shift = leapIndex >= 0 && i >= leapIndex ? 1 : 0;
    return { k: first + i, month: ((10 + i - shift) % 12) + 1, leap: i === leapIndex };
  });
}

function toMonth(l: NumberedLunation, solarYear: number): LunarMonth {
  const start = newMoonDay(l.k);
  return {
    year: l.month >= 11 ? solarYear - 1 : solarYear,
    month: l.month,
    leap: l.leap,
    start: dateOfJulianDay(start) as IsoDate,
    days: newMoonDay(l.k + 1) - start === 30 ? 30 : 29,
  };
}

/**
 * The months of a lunar year, month 1 to month 12 (with its leap month, if any, in place). Years
 * 1900–2100 are the tested range; the series behind it stays close for centuries around.
 */
export function lunarYearMonths(year: number): LunarMonth[] {
  const early = lunationsBetweenSolstices(year).filter((l) => l.month <= 10);
  const late = lunationsBetweenSolstices(year + 1).filter((l) => l.month >= 11);
  return [...early.map((l) => toMonth(l, year)), ...late.map((l) => toMonth(l, year + 1))];
}

/** The first day of the lunar year whose Tết falls in a solar year. */
export function lunarNewYear(year: number): IsoDate {
  return (lunarYearMonths(year)[0] as LunarMonth).start;
}

/** The solar date of a lunar date; undefined when that month has no such day or (leap) no such month. */
export function lunarToSolar(date: LunarDate): IsoDate | undefined {
  if (!Number.isInteger(date.day) || date.day < 1) return undefined;
  const month = lunarYearMonths(date.year).find((m) => m.month === date.month && m.leap === date.leap);
  if (!month || date.day > month.days) return undefined;
  const start = julianDayNumber(month.start) as number;
  return dateOfJulianDay(start + date.day - 1);
}

/** The lunar date of a solar date (undefined when the text is no date). */
export function solarToLunar(date: IsoDate): LunarDate | undefined {
  const jdn = julianDayNumber(date);
  if (jdn === undefined) return undefined;
  const year = Number(date.slice(0, 4));
  for (const y of [year, year - 1]) {
    for (const m of lunarYearMonths(y)) {
      const start = julianDayNumber(m.start) as number;
      if (jdn >= start && jdn < start + m.days) {
        return { year: m.year, month: m.month, day: jdn - start + 1, leap: m.leap };
      }
    }
  }
  return undefined;
}
