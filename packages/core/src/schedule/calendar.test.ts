import { describe, expect, it } from "vitest";
import { holidayCalendar, isWeekend, isWorkingDay, weekdayName } from "./calendar.js";
import { holidayYears } from "./holidays.js";

describe("holiday calendar", () => {
  const y2024 = holidayCalendar(2024);

  it("has the fixed days of Điều 112 and the listed 2024 days", () => {
    for (const d of ["2024-01-01", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03", "2024-04-18"])
      expect(y2024.days.has(d)).toBe(true);
    for (const d of ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14"])
      expect(y2024.days.get(d)?.name.vi).toBe("Tết Âm lịch");
    expect(y2024.complete).toBe(true);
    expect(y2024.days.get("2024-04-18")?.status).toBe("verified");
  });

  it("computes Tết and Giỗ Tổ from the lunar calendar in every year, over any notice's status", () => {
    const y2025 = holidayCalendar(2025);
    expect(y2025.complete).toBe(true);
    expect(y2025.days.get("2025-01-29")?.status).toBe("verified");
    expect(y2025.days.get("2025-04-07")).toMatchObject({
      status: "verified",
      name: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)" },
    });
    expect(y2025.days.get("2025-05-02")?.status).toBe("secondary");
    // 2021 (no notice): Giỗ Tổ Wednesday 21/04/2021; Tết Tân Sửu 12/02/2021, its eve 11/02.
    const y2021 = holidayCalendar(2021);
    for (const d of ["2021-02-11", "2021-02-12", "2021-04-21"]) expect(y2021.days.get(d)?.kind).toBe("law");
    expect(y2021.complete).toBe(false);
  });

  it("leaves to a missing notice the fifth Tết day, nghỉ bù after Tết, the day beside 2/9 and bridges", () => {
    // 12/02/2021 (mùng 1) is a Friday: mùng 2–3 fall on the weekend, their nghỉ bù and the fifth day follow.
    const y2021 = holidayCalendar(2021);
    expect(y2021.possible.has("2021-02-16")).toBe(true);
    expect(y2021.possible.has("2021-02-09")).toBe(true);
    expect(y2021.possible.get("2021-09-03")?.name.vi).toBe("Quốc khánh (2/9)");
    expect(y2021.possible.has("2021-09-01")).toBe(true);
    // Giỗ Tổ Wednesday: no bridge. 2026 settles Tết and New Year, not 2/9 (Wednesday: 1/9 or 3/9).
    const y2026 = holidayCalendar(2026);
    expect([...y2026.days.keys()].filter((d) => d < "2026-03-01").sort()).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
    expect([...y2026.possible.keys()].sort()).toEqual(["2026-09-01", "2026-09-03"]);
    // Giỗ Tổ 26/04/2026 is a Sunday: nghỉ bù Monday 27/04 by law.
    expect(y2026.days.get("2026-04-27")?.kind).toBe("compensatory");
    // No Giỗ Tổ before 2007, no day beside 2/9 before 2021.
    expect([...holidayCalendar(2005, []).days.values()].some((h) => h.name.vi.startsWith("Giỗ Tổ"))).toBe(false);
    expect(holidayCalendar(2019, []).possible.has("2019-09-03")).toBe(false);
  });

  it("gives a day in lieu on the next working day when a fixed holiday falls on a weekend", () => {
    // 2027-05-01 is a Saturday (30/4 is Friday): nghỉ bù Monday 03/05/2027.
    const y2027 = holidayCalendar(2027, []);
    expect(y2027.days.get("2027-05-03")?.kind).toBe("compensatory");
    // 2022-01-01 is a Saturday → Monday 03/01/2022.
    expect(holidayCalendar(2022, []).days.get("2022-01-03")?.name.vi).toBe("Nghỉ bù Tết Dương lịch");
  });

  it("lists only weekdays as days off in the per-year data, each with a source", () => {
    for (const year of holidayYears) {
      expect(year.source.length).toBeGreaterThan(10);
      expect(year.settles.length).toBeGreaterThan(0);
      for (const day of year.days) {
        expect(isWeekend(day.date)).toBe(false);
        expect(day.date.startsWith(String(year.year))).toBe(true);
      }
    }
  });

  it("tells working days and weekday names", () => {
    expect(isWorkingDay("2024-04-17", y2024)).toBe(true);
    expect(isWorkingDay("2024-04-18", y2024)).toBe(false);
    expect(isWorkingDay("2024-04-20", y2024)).toBe(false);
    expect(weekdayName("2024-04-20")).toEqual({ vi: "thứ Bảy", en: "Saturday" });
    expect(weekdayName("2024-04-21")).toEqual({ vi: "Chủ nhật", en: "Sunday" });
  });
});
