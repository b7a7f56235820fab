import { describe, expect, it } from "vitest";
import { decimalYear, deltaTSeconds } from "./deltaT.js";

describe("ΔT", () => {
  it("follows the observed values within a few seconds", () => {
    // Observed: about 29 s in 1950, 57 s in 1990, 64 s in 2000, 69 s in 2020.
    expect(deltaTSeconds(1950)).toBeCloseTo(29.1, 0);
    expect(Math.abs(deltaTSeconds(1990) - 56.9)).toBeLessThan(1);
    expect(Math.abs(deltaTSeconds(2000) - 63.8)).toBeLessThan(1);
    expect(Math.abs(deltaTSeconds(2020) - 69.4)).toBeLessThan(6);
  });

  it("is continuous enough across the pieces for a calendar (under 3 s jumps) from 1860 to 2150", () => {
    for (let year = 1860; year < 2150; year += 0.25) {
      expect(Math.abs(deltaTSeconds(year + 0.25) - deltaTSeconds(year))).toBeLessThan(3);
    }
    expect(decimalYear(2451545)).toBe(2000);
  });
});
