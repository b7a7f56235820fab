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

  it("knows 2025 as secondary data and marks other years incomplete", () => {
    const y2025 = holidayCalendar(2025);
    expect(y2025.complete).toBe(true);
    expect(y2025.days.get("2025-01-29")?.status).toBe("secondary");
    const y2026 = holidayCalendar(2026);
    expect(y2026.complete).toBe(false);
    expect([...y2026.days.keys()].sort()).toEqual(["2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02"]);
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
