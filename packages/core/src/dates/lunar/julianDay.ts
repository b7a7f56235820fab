import { isoParts, makeIsoDate, type IsoDate } from "../isoDate.js";

/**
 * The Julian Day Number of a (proleptic Gregorian) date: the integer day count astronomical formulas
 * use, the day that starts at noon UT. Undefined when the text is no date.
 * @example julianDayNumber("2000-01-01") // 2451545
 */
export function julianDayNumber(date: IsoDate): number | undefined {
  const parts = isoParts(date);
  if (!parts) return undefined;
  const a = Math.floor((14 - parts.month) / 12);
  const y = parts.year + 4800 - a;
  const m = parts.month + 12 * a - 3;
  return (
    parts.day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

/** The Gregorian date of a Julian Day Number (undefined outside years 1–9999). */
export function dateOfJulianDay(jdn: number): IsoDate | undefined {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  const day = e - Math.floor((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * Math.floor(m / 10);
  const year = 100 * b + d - 4800 + Math.floor(m / 10);
  return makeIsoDate(year, month, day);
}
