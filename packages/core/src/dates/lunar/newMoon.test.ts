import { describe, expect, it } from "vitest";
import { decimalYear, deltaTSeconds } from "./deltaT.js";
import { lunationNear, newMoonJulianDay, synodicMonth } from "./newMoon.js";

describe("new moons", () => {
  it("matches Meeus example 49.a (new moon of 1977 February, k = −283, JDE 2443192.65118)", () => {
    const ut = newMoonJulianDay(-283);
    const tt = ut + deltaTSeconds(decimalYear(ut)) / 86400;
    expect(Math.abs(tt - 2443192.65118) * 86400).toBeLessThan(2);
  });

  it("gives the new moon of 29 January 1968 at 16:29 UT (Tết Mậu Thân: 29/01 in Hà Nội, 30/01 in Saigon)", () => {
    const ut = newMoonJulianDay(lunationNear(2439885));
    // 2439885 is the JD of 1968-01-29 at noon UT; 16:29 UT is 0.1868 day after it.
    expect(Math.abs(ut - 2439885.1868) * 1440).toBeLessThan(3);
  });

  it("spaces new moons between 29.2 and 29.9 days apart", () => {
    for (let k = -1300; k < 1300; k += 7) {
      const gap = newMoonJulianDay(k + 1) - newMoonJulianDay(k);
      expect(gap).toBeGreaterThan(29.2);
      expect(gap).toBeLessThan(29.9);
    }
    expect(lunationNear(newMoonJulianDay(100) + synodicMonth / 3)).toBe(100);
  });
});
