import { describe, expect, it } from "vitest";
import { decimalYear, deltaTSeconds } from "./deltaT.js";
import { sunLongitude } from "./sunLongitude.js";

const fromTT = (jde: number) => jde - deltaTSeconds(decimalYear(jde)) / 86400;

describe("the Sun's apparent longitude", () => {
  it("matches Meeus example 25.a (1992 October 13.0 TD: λ = 199.90895°)", () => {
    expect(sunLongitude(fromTT(2448908.5))).toBeCloseTo(199.90895, 3);
  });

  it("crosses 270° at the December solstice (2024-12-21 09:21 UT, within the series' 0.01°) and 0° at the March equinox (2024-03-20 03:06 UT)", () => {
    // JD 2460665.5 is 2024-12-21 00:00 UT; JD 2460389.5 is 2024-03-20 00:00 UT.
    expect(sunLongitude(2460665.5 + 9 / 24)).toBeLessThan(270);
    expect(sunLongitude(2460665.5 + 9 / 24 + 40 / 1440)).toBeGreaterThan(270);
    expect(sunLongitude(2460389.5 + 3 / 24)).toBeGreaterThan(359.9);
    expect(sunLongitude(2460389.5 + 3 / 24 + 10 / 1440)).toBeLessThan(0.1);
  });
});
