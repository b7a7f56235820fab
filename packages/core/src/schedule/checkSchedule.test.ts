import { describe, expect, it } from "vitest";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import { valueOf } from "../testing/resultValue.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { checkSchedule } from "./checkSchedule.js";

const series = planSchema.parse(samplePlanInput()).conferences[0] as ConferenceSeries;
const at = (cell: string) => ({ sheet: "Lịch", cell });
const typed = (...values: unknown[]) => values.map((value, i) => ({ value, at: at(`B${i + 2}`) }));
const summary = (r: ReturnType<typeof checkSchedule>) =>
  r.findings.map((f) => `${f.code}@${f.at?.cell ?? ""}:${f.severity}`);

describe("checkSchedule", () => {
  it("accepts a good schedule typed in any date form", () => {
    const r = checkSchedule(
      typed("16/04/2024", "2024-05-16", "ngày 14 tháng 6 năm 2024", 45488, "15/08/2024", "16/09/2024"),
      series,
    );
    expect(r.findings).toEqual([]);
    expect(valueOf(r).dates[3]).toBe("2024-07-15");
  });

  it("flags bad dates, weekends, holidays, dates outside the window, gaps too small and the count", () => {
    const r = checkSchedule(
      typed("32/04/2024", "20/04/2024", "18/04/2024", "15/03/2024", "2024-05-16", "2024-05-17", "2024-06-14"),
      series,
    );
    expect(summary(r)).toEqual([
      "schedule.bad_date@B2:error",
      "schedule.weekend@B3:error",
      "schedule.holiday@B4:error",
      "schedule.outside_window@B5:error",
      "schedule.too_close@B3:error",
      "schedule.too_close@B7:error",
      "plan.count_mismatch@B2:error",
    ]);
    expect(r.findings[1]?.params).toEqual({ date: "20/04/2024", weekday: { vi: "thứ Bảy", en: "Saturday" } });
    expect(r.findings[5]?.params).toEqual({ date: "17/05/2024", previous: "16/05/2024", gap: 1, minGap: 7 });
  });

  it("makes a holiday from secondary data a warning, and a day only a missing notice could settle too", () => {
    const s2025 = { ...series, count: 2, window: { year: 2025, quarters: [2] } };
    expect(summary(checkSchedule(typed("07/04/2025", "02/05/2025"), s2025))).toEqual([
      "schedule.holiday@B2:error",
      "schedule.holiday@B3:warning",
    ]);
    const s2021 = { ...series, count: 2, window: { year: 2021, quarters: [3] } };
    const r = checkSchedule(typed("03/09/2021", "14/07/2021"), s2021);
    expect(summary(r)).toEqual(["schedule.holiday_unsettled@B2:warning"]);
    expect(r.findings[0]?.params).toEqual({
      date: "03/09/2021",
      holiday: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" },
      year: "2021",
    });
  });

  it("reports a typed date on Tết's eve, mùng 1–3 or Giỗ Tổ as an error in any year", () => {
    const s2026 = { ...series, count: 2, window: { year: 2026, quarters: [1] } };
    expect(summary(checkSchedule(typed("16/02/2026", "17/02/2026"), s2026))).toEqual([
      "schedule.holiday@B2:error",
      "schedule.holiday@B3:error",
      "schedule.too_close@B3:error",
    ]);
    const s2021 = { ...series, count: 1, window: { year: 2021, quarters: [2] } };
    expect(summary(checkSchedule(typed("21/04/2021"), s2021))).toEqual(["schedule.holiday@B2:error"]);
  });

  it("checks every day of a multi-day conference, with a custom minimum gap", () => {
    const two = { ...series, count: 2, daysEach: 2 };
    expect(summary(checkSchedule(typed("17/04/2024", "06/05/2024"), two, { minGap: 3 }))).toEqual([
      "schedule.holiday@B2:error",
    ]);
  });
});
