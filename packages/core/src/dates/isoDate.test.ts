import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addIsoDays,
  compareIsoDates,
  daysInMonth,
  isIsoDate,
  isoDaysBetween,
  isoFromUtcDate,
  isoParts,
  isoWithin,
  isoYear,
  makeIsoDate,
} from "./isoDate.js";

describe("ISO dates", () => {
  it("accepts real calendar dates only", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2000-02-29")).toBe(true);
    for (const bad of [
      "2024-2-6",
      "06/02/2024",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      " 2024-02-06",
      20240206,
      null,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it("splits and builds dates", () => {
    expect(isoParts("2024-02-06")).toEqual({ year: 2024, month: 2, day: 6 });
    expect(makeIsoDate(2024, 2, 6)).toBe("2024-02-06");
    expect(makeIsoDate(99, 1, 1)).toBe("0099-01-01");
    expect(makeIsoDate(2024, 2, 30)).toBeUndefined();
    expect(makeIsoDate(2024, 1.5, 3)).toBeUndefined();
    expect(isoYear("2024-06-30")).toBe(2024);
    expect(isoYear("nope")).toBeUndefined();
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it("does calendar arithmetic across month, year and DST boundaries", () => {
    expect(addIsoDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addIsoDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addIsoDays("2024-03-10", 1)).toBe("2024-03-11"); // US spring-forward day
    expect(addIsoDays("2024-11-03", 1)).toBe("2024-11-04"); // US fall-back day
    expect(addIsoDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(isoDaysBetween("2024-01-01", "2024-12-31")).toBe(365);
    expect(isoDaysBetween("2024-03-11", "2024-03-10")).toBe(-1);
    expect(() => addIsoDays("2024-02-30", 1)).toThrow(RangeError);
  });

  it("orders and ranges dates", () => {
    expect(compareIsoDates("2023-12-19", "2024-02-06")).toBe(-1);
    expect(compareIsoDates("2024-02-06", "2024-02-06")).toBe(0);
    expect(isoWithin("2024-04-01", "2024-04-01", "2024-06-30")).toBe(true);
    expect(isoWithin("2024-07-01", "2024-04-01", "2024-06-30")).toBe(false);
  });

  it("reads a Date's UTC calendar day whatever the local TZ", () => {
    expect(isoFromUtcDate(new Date(Date.UTC(2024, 1, 6)))).toBe("2024-02-06");
    expect(isoFromUtcDate(new Date(Date.UTC(2024, 1, 6, 23, 59)))).toBe("2024-02-06");
    expect(isoFromUtcDate(new Date(Number.NaN))).toBeUndefined();
  });

  it("adding n days then −n days returns the date, and the gap is n", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: -5000, max: 5000 }),
        (y, m, d, n) => {
          const iso = makeIsoDate(y, m, d) ?? "2024-01-01";
          const later = addIsoDays(iso, n);
          return isIsoDate(later) && addIsoDays(later, -n) === iso && isoDaysBetween(iso, later) === n;
        },
      ),
    );
  });
});
