import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addIsoDays, isoDaysBetween } from "../dates/isoDate.js";
import { paramOf } from "../findings/finding.js";
import { planSchema, type ConferenceSeries } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { lunarNewYear, lunarToSolar } from "../dates/lunar/lunarCalendar.js";
import { holidayCalendar, isSettledWorkingDay, isWeekend as isWeekendDay } from "./calendar.js";
import { checkSchedule } from "./checkSchedule.js";
import { defaultMinGap, effectiveGap, proposeSchedule } from "./proposeSchedule.js";
import { inWindow, scheduleWindow } from "./window.js";

const series = planSchema.parse(samplePlanInput()).conferences[0] as ConferenceSeries;
const firstDays = (s: ConferenceSeries, minGap?: number) =>
  proposeSchedule(s, minGap === undefined ? {} : { minGap }).conferences.map((c) => c.days[0]);

describe("proposeSchedule", () => {
  it("spreads the plan's 6 conferences over Q2–Q3/2024 on working days", () => {
    const { conferences, findings } = proposeSchedule(series);
    expect(findings).toEqual([]);
    expect(conferences.map((c) => c.days)).toEqual([
      ["2024-04-16"],
      ["2024-05-16"],
      // 16/06/2024 is a Sunday: the nearest working day is Monday 17/06.
      ["2024-06-17"],
      ["2024-07-16"],
      ["2024-08-16"],
      ["2024-09-16"],
    ]);
    expect(
      checkSchedule(
        conferences.map((c) => ({ value: c.days[0] })),
        series,
      ).findings,
    ).toEqual([]);
  });

  it("takes a NaN gap as the default one instead of proposing nothing", () => {
    expect(firstDays(series, Number.NaN)).toEqual(firstDays(series));
    expect(effectiveGap(series, Number.NaN)).toBe(defaultMinGap);
  });

  it("steps around holidays (Giỗ Tổ 18/04/2024, 2–3/9/2024)", () => {
    const one = { ...series, count: 1, window: { year: 2024, from: "2024-04-18", to: "2024-04-19" } };
    expect(firstDays(one)).toEqual(["2024-04-19"]);
    const sep = { ...series, count: 1, window: { year: 2024, from: "2024-08-31", to: "2024-09-04" } };
    expect(firstDays(sep)).toEqual(["2024-09-04"]);
  });

  it("keeps multi-day conferences on consecutive working days", () => {
    const two = { ...series, count: 2, daysEach: 2, window: { year: 2024, from: "2024-04-15", to: "2024-04-26" } };
    const { conferences } = proposeSchedule(two, { minGap: 1 });
    for (const c of conferences) expect(c.days).toHaveLength(2);
    expect(conferences.flatMap((c) => c.days)).not.toContain("2024-04-18");
  });

  it("says when the window is too small, and warns for years without lunar holiday data", () => {
    const tight = { ...series, count: 3, window: { year: 2024, from: "2024-04-15", to: "2024-04-26" } };
    const r = proposeSchedule(tight, { minGap: 7 });
    expect(r.conferences).toEqual([]);
    expect(r.findings.map((f) => [f.code, paramOf(f, "available")])).toEqual([["schedule.not_enough_days", 2]]);
    const later = proposeSchedule({ ...series, window: { year: 2026, quarters: [2] } });
    expect(later.findings.map((f) => f.code)).toEqual(["schedule.holidays_unknown"]);
    expect(later.conferences).toHaveLength(6);
  });

  it("avoids Tết and Giỗ Tổ in years without data (Tết Bính Ngọ 2026, Giỗ Tổ 21/04/2021)", () => {
    const q1 = proposeSchedule({ ...series, window: { year: 2026, quarters: [1] } });
    expect(q1.conferences.map((c) => c.days[0])).not.toContain("2026-02-16");
    const gioTo = { ...series, count: 1, window: { year: 2021, from: "2021-04-20", to: "2021-04-22" } };
    expect(firstDays(gioTo)).toEqual(["2021-04-20"]);
  });

  it("property: 2000–2035, no proposal on Tết's eve, mùng 1–3 or Giỗ Tổ, and each of them typed is an error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2035 }), fc.integer({ min: 1, max: 12 }), (year, count) => {
        const tet = lunarNewYear(year);
        const gioTo = lunarToSolar({ year, month: 3, day: 10, leap: false }) as string;
        const offDays = [
          addIsoDays(tet, -1),
          tet,
          addIsoDays(tet, 1),
          addIsoDays(tet, 2),
          ...(year >= 2007 ? [gioTo] : []),
        ];
        const s = { ...series, count, window: { year, quarters: [1, 2] } };
        const proposed = proposeSchedule(s, { minGap: 3 }).conferences.flatMap((c) => c.days);
        for (const d of offDays) expect(proposed).not.toContain(d);
        const typed = offDays.map((value) => ({ value }));
        const codes = checkSchedule(typed, { ...s, count: typed.length }, { minGap: 1 }).findings.map(
          (f) => `${f.code}:${f.severity}`,
        );
        expect(codes.filter((c) => c !== "schedule.weekend:error")).toEqual(
          offDays.filter((d) => !isWeekendDay(d)).map(() => "schedule.holiday:error"),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("property: proposals are working days in the window, gaps respected, count met, deterministic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 2000, max: 2035 }),
        fc.subarray([1, 2, 3, 4], { minLength: 1 }),
        (count, daysEach, minGap, year, quarters) => {
          const s = { ...series, count, daysEach, window: { year, quarters } };
          const { conferences, findings } = proposeSchedule(s, { minGap });
          expect(proposeSchedule(s, { minGap })).toEqual({ conferences, findings });
          if (conferences.length === 0) {
            expect(findings.map((f) => f.code)).toContain("schedule.not_enough_days");
            return;
          }
          expect(conferences).toHaveLength(count);
          const window = scheduleWindow(s.window);
          const calendar = holidayCalendar(year);
          for (const c of conferences) {
            expect(c.days).toHaveLength(daysEach);
            c.days.forEach((d, j) => {
              expect(d).toBe(addIsoDays(c.days[0] as string, j));
              expect(inWindow(d, window) && isSettledWorkingDay(d, calendar)).toBe(true);
            });
          }
          for (let i = 1; i < conferences.length; i++) {
            const gap = isoDaysBetween(conferences[i - 1]?.days[0] as string, conferences[i]?.days[0] as string);
            expect(gap).toBeGreaterThanOrEqual(Math.max(minGap, daysEach));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
