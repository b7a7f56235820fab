import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addIsoDays, isoDaysBetween } from "../isoDate.js";
import { lunarNewYear, lunarToSolar, lunarYearMonths, solarToLunar } from "./lunarCalendar.js";

const leapMonth = (year: number) => lunarYearMonths(year).find((m) => m.leap);
const gioTo = (year: number) => lunarToSolar({ year, month: 3, day: 10, leap: false });

describe("Vietnamese lunar calendar (UTC+7)", () => {
  it("puts Tết on the published dates, where Vietnam's differs from China's too", () => {
    // Vietnam 21/01/1985, China 20/02/1985: the month 11 of 1984 differs at UTC+7.
    expect(lunarNewYear(1985)).toBe("1985-01-21");
    // Vietnam 17/02/2007, China 18/02/2007: the new moon fell before midnight in Hà Nội, after it in Beijing.
    expect(lunarNewYear(2007)).toBe("2007-02-17");
    // Hà Nội celebrated Tết Mậu Thân on 29/01/1968 (new moon 23:29 at UTC+7).
    expect(lunarNewYear(1968)).toBe("1968-01-29");
    expect(lunarNewYear(2020)).toBe("2020-01-25");
    expect(lunarNewYear(2023)).toBe("2023-01-22");
    expect(lunarNewYear(2024)).toBe("2024-02-10");
    expect(lunarNewYear(2025)).toBe("2025-01-29");
    expect(lunarNewYear(2026)).toBe("2026-02-17");
    expect(lunarNewYear(2033)).toBe("2033-01-31");
    expect(lunarNewYear(2034)).toBe("2034-02-19");
  });

  it("places leap months: 4 in 2020, 2 in 2023, 6 in 2025, none in 2024, and 11 in 2033", () => {
    expect(leapMonth(2020)).toMatchObject({ month: 4, start: "2020-05-23" });
    expect(leapMonth(2023)).toMatchObject({ month: 2, start: "2023-03-22" });
    expect(leapMonth(2025)).toMatchObject({ month: 6, start: "2025-07-25" });
    expect(leapMonth(2024)).toBeUndefined();
    // The "2033 problem" of the Chinese rule: the first month without a major term after month 11 is 11 nhuận.
    expect(leapMonth(2033)).toMatchObject({ month: 11, start: "2033-12-22" });
    expect(lunarYearMonths(2033)).toHaveLength(13);
  });

  it("finds Giỗ Tổ Hùng Vương (10/3) and the end of the year as the notices give them", () => {
    expect(gioTo(2023)).toBe("2023-04-29");
    expect(gioTo(2024)).toBe("2024-04-18");
    expect(gioTo(2025)).toBe("2025-04-07");
    expect(gioTo(2026)).toBe("2026-04-26");
    // Thông báo 5015/TB-LĐTBXH: 08/02/2024 is 29 tháng Chạp Quý Mão, 14/02/2024 mùng 5 tháng Giêng.
    expect(solarToLunar("2024-02-08")).toEqual({ year: 2023, month: 12, day: 29, leap: false });
    expect(solarToLunar("2024-02-14")).toEqual({ year: 2024, month: 1, day: 5, leap: false });
    // 14/02/2026 is 27 tháng Chạp Ất Tỵ, 22/02/2026 mùng 6 tháng Giêng Bính Ngọ.
    expect(solarToLunar("2026-02-14")).toEqual({ year: 2025, month: 12, day: 27, leap: false });
    expect(solarToLunar("2026-02-22")).toEqual({ year: 2026, month: 1, day: 6, leap: false });
    expect(solarToLunar("2020-05-23")).toEqual({ year: 2020, month: 4, day: 1, leap: true });
  });

  it("answers undefined for a day or month the calendar lacks", () => {
    expect(lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })).toBeUndefined();
    expect(lunarToSolar({ year: 2024, month: 1, day: 31, leap: false })).toBeUndefined();
    expect(lunarToSolar({ year: 2024, month: 1, day: 0, leap: false })).toBeUndefined();
    expect(solarToLunar("2024-02-30")).toBeUndefined();
  });

  it("property: 1900–2100, Tết falls 21/01–20/02 and consecutive Tết are 353–385 days apart", () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = lunarNewYear(year);
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`).toBe(true);
      const months = lunarYearMonths(year);
      expect([12, 13]).toContain(months.length);
      const days = isoDaysBetween(tet, lunarNewYear(year + 1));
      expect(days).toBeGreaterThanOrEqual(353);
      expect(days).toBeLessThanOrEqual(385);
      expect(days).toBe(months.reduce((sum, m) => sum + m.days, 0));
    }
  });

  it("property: every day converts to a lunar date and back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 73000 }), (offset) => {
        const date = addIsoDays("1900-03-01", offset);
        const lunar = solarToLunar(date);
        expect(lunar).toBeDefined();
        if (lunar) expect(lunarToSolar(lunar)).toBe(date);
      }),
      { numRuns: 200 },
    );
  });
});
