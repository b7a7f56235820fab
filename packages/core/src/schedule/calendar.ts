import { addIsoDays, isoParts, makeIsoDate, plainDate, type IsoDate } from "../dates/isoDate.js";
import { fixedHolidays, holidayYears, type Holiday, type HolidayYear } from "./holidays.js";

/** Saturday and Sunday are the weekly rest days of state agencies. */
export function isWeekend(date: IsoDate): boolean {
  const parts = isoParts(date);
  if (!parts) return false;
  const weekday = plainDate(parts).getDay();
  return weekday === 0 || weekday === 6;
}

/** The Vietnamese and English name of a date's weekday. */
export function weekdayName(date: IsoDate): { vi: string; en: string } {
  const parts = isoParts(date);
  const weekday = parts ? plainDate(parts).getDay() : 0;
  const vi = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"][weekday] ?? "";
  const en = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][weekday] ?? "";
  return { vi, en };
}

/** A year's holidays and whether its lunar-dated ones are known. */
export interface HolidayCalendar {
  readonly year: number;
  /** Working days off, by date. */
  readonly days: ReadonlyMap<IsoDate, Holiday>;
  /** False when the year's lunar-dated holidays (Tết, Giỗ Tổ) and the 2/9 adjacent day are not in the data. */
  readonly complete: boolean;
}

/**
 * A year's working days off: the fixed solar holidays of Điều 112 (with nghỉ bù on the next working
 * day when one falls on a weekend) plus the year's listed days (`years`, the built-in data by default).
 */
export function holidayCalendar(year: number, years: readonly HolidayYear[] = holidayYears): HolidayCalendar {
  const days = new Map<IsoDate, Holiday>();
  const listed = years.find((y) => y.year === year);
  for (const h of listed?.days ?? []) days.set(h.date, h);
  for (const f of fixedHolidays) {
    const date = makeIsoDate(year, f.month, f.day);
    if (!date) continue;
    if (!isWeekend(date)) {
      days.set(date, { date, name: f.name, kind: "law", status: "verified" });
      continue;
    }
    let next = addIsoDays(date, 1);
    while (isWeekend(next) || days.has(next)) next = addIsoDays(next, 1);
    days.set(next, {
      date: next,
      name: { vi: `Nghỉ bù ${f.name.vi}`, en: `Day off in lieu: ${f.name.en}` },
      kind: "compensatory",
      status: "verified",
    });
  }
  return { year, days, complete: listed !== undefined };
}

/** True on a working day: not a weekend, not a holiday of the calendar. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !calendar.days.has(date);
}
