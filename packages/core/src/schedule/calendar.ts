import type { LocalizedText } from "../findings/finding.js";
import { addIsoDays, isoParts, makeIsoDate, plainDate, type IsoDate } from "../dates/isoDate.js";
import { lunarNewYear, lunarToSolar } from "../dates/lunar/lunarCalendar.js";
import {
  fixedHolidays,
  gioToName,
  holidayYears,
  labourLawOn,
  occasionNames,
  tetName,
  type Holiday,
  type HolidayOccasion,
  type HolidayYear,
} from "./holidays.js";

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

/** A year's holidays: the known days off, and the days only a missing yearly notice could settle. */
export interface HolidayCalendar {
  readonly year: number;
  /** Working days off, by date: the law's days (lunar ones computed) and the yearly notices' days. */
  readonly days: ReadonlyMap<IsoDate, Holiday>;
  /**
   * Weekdays that may be days off, by date, named by their occasion: the fifth Tết day, nghỉ bù after
   * Tết, the day beside 2/9, a swap bridging a holiday and a weekend — for occasions no notice settles.
   */
  readonly possible: ReadonlyMap<IsoDate, Holiday>;
  /** True when no day of the year is left to a missing notice (`possible` is empty). */
  readonly complete: boolean;
}

interface LawDay {
  readonly date: IsoDate;
  readonly name: LocalizedText;
  readonly occasion: HolidayOccasion;
}

/**
 * A year's working days off under the labour law in force and the known yearly notices (`years`,
 * the built-in data by default): the fixed solar holidays, Tết's eve and first three days and Giỗ Tổ
 * from the lunar calendar, nghỉ bù on the next working day for a fixed holiday or Giỗ Tổ on a
 * weekend, and the notices' days. For occasions no notice settles, the days a notice could still
 * make days off are `possible`.
 */
export function holidayCalendar(year: number, years: readonly HolidayYear[] = holidayYears): HolidayCalendar {
  const notices = years.filter((y) => y.year === year);
  const settled = new Set(notices.flatMap((n) => n.settles));
  const days = new Map<IsoDate, Holiday>();
  for (const notice of notices) for (const h of notice.days) days.set(h.date, h);
  const law = lawDays(year);
  for (const d of law) {
    if (!isWeekend(d.date)) days.set(d.date, { date: d.date, name: d.name, kind: "law", status: "verified" });
  }
  const isOff = (date: IsoDate) => isWeekend(date) || days.has(date);
  const nextWorkingDay = (date: IsoDate) => {
    let next = addIsoDays(date, 1);
    while (isOff(next)) next = addIsoDays(next, 1);
    return next;
  };
  // Nghỉ bù for single-day holidays; Tết's comes after a block whose fifth day only the notice fixes.
  for (const d of law) {
    if (d.occasion === "tet" || !isWeekend(d.date)) continue;
    const next = nextWorkingDay(d.date);
    days.set(next, {
      date: next,
      name: { vi: `Nghỉ bù ${d.name.vi}`, en: `Day off in lieu: ${d.name.en}` },
      kind: "compensatory",
      status: "verified",
    });
  }
  const possible = new Map<IsoDate, Holiday>();
  const maybe = (date: IsoDate, occasion: HolidayOccasion) => {
    if (settled.has(occasion) || isOff(date) || possible.has(date) || !date.startsWith(String(year))) return;
    possible.set(date, { date, name: occasionNames[occasion], kind: "law", status: "secondary" });
  };
  const tet = lunarNewYear(year);
  // The fifth day, nghỉ bù and swaps stay within three days before Tết and mùng 6.
  for (let offset = -3; offset <= 5; offset++) maybe(addIsoDays(tet, offset), "tet");
  const nationalDay = makeIsoDate(year, 9, 2) as IsoDate;
  if (labourLawOn(nationalDay).nationalDayAdjacent) {
    for (const beside of [addIsoDays(nationalDay, -1), addIsoDays(nationalDay, 1)]) {
      maybe(isWeekend(beside) ? nextWorkingDay(beside) : beside, "nationalDay");
    }
  }
  // A working day between a holiday and a weekend is where the notices swap a day off in.
  for (const d of law) {
    for (const step of [-1, 1]) {
      let edge = d.date;
      while (days.has(addIsoDays(edge, step)) || law.some((l) => l.date === addIsoDays(edge, step)))
        edge = addIsoDays(edge, step);
      const bridge = addIsoDays(edge, step);
      if (isWeekend(addIsoDays(bridge, step))) maybe(bridge, d.occasion);
    }
  }
  return { year, days, possible, complete: possible.size === 0 };
}

/** The law's named days of a year (weekends included): fixed solar days, Tết's eve and mùng 1–3, Giỗ Tổ. */
function lawDays(year: number): LawDay[] {
  const out: LawDay[] = [];
  for (const f of fixedHolidays) {
    const date = makeIsoDate(year, f.month, f.day);
    if (date) out.push({ date, name: f.name, occasion: f.occasion });
  }
  const tet = lunarNewYear(year);
  for (let offset = -1; offset <= 2; offset++)
    out.push({ date: addIsoDays(tet, offset), name: tetName, occasion: "tet" });
  const gioTo = lunarToSolar({ year, month: 3, day: 10, leap: false });
  if (gioTo && labourLawOn(gioTo).gioTo) out.push({ date: gioTo, name: gioToName, occasion: "gioTo" });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** True on a working day: not a weekend, not a holiday of the calendar. */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && !calendar.days.has(date);
}

/** True on a day that is surely worked: a working day that no missing notice could make a day off. */
export function isSettledWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return isWorkingDay(date, calendar) && !calendar.possible.has(date);
}
