import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addIsoDays } from "../isoDate.js";
import { dateOfJulianDay, julianDayNumber } from "./julianDay.js";

describe("Julian Day Number", () => {
  it("counts days as astronomers do", () => {
    expect(julianDayNumber("2000-01-01")).toBe(2451545);
    // Meeus, Astronomical Algorithms, example 7.a: 1957 October 4.81 → JD 2436116.31.
    expect(julianDayNumber("1957-10-04")).toBe(2436116);
    expect(julianDayNumber("2024-02-30")).toBeUndefined();
    expect(dateOfJulianDay(2451545)).toBe("2000-01-01");
  });

  it("property: converts back and forth and steps one day at a time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1721426, max: 5373483 }), (jdn) => {
        const date = dateOfJulianDay(jdn) as string;
        expect(julianDayNumber(date)).toBe(jdn);
        expect(julianDayNumber(addIsoDays(date, 1))).toBe(jdn + 1);
      }),
    );
  });
});
