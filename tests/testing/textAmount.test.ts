import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textAmountReadings } from "./textAmount.js";

const vietnameseGrouping = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

describe("textAmountReadings", () => {
  it("reads amounts typed as text in the ways offices type them", () => {
    expect(textAmountReadings("1.500.000")).toEqual([1_500_000]);
    expect(textAmountReadings("1,500,000")).toEqual([1_500_000]);
    expect(textAmountReadings("150.000đ")).toEqual([150_000]);
    expect(textAmountReadings(" 25 000 đồng ")).toEqual([25_000]);
    expect(textAmountReadings("1,2")).toEqual([1.2]);
    expect(textAmountReadings("-300")).toEqual([-300]);
  });

  it("takes one separator before three digits as thousands, in either convention", () => {
    expect(textAmountReadings("1.920")).toEqual([1920]);
    expect(textAmountReadings("1,500")).toEqual([1500]);
    expect(textAmountReadings("1.25")).toEqual([1.25]);
  });

  it("reads nothing from text that is no amount", () => {
    for (const text of ["", "Hội nghị", "1.50.000", "12a", "1,2,3", "x 270 người"])
      expect(textAmountReadings(text), text).toEqual([]);
  });

  it("reads any whole number back from its Vietnamese grouping", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (n) => {
        expect(textAmountReadings(vietnameseGrouping(n))).toContain(n);
      }),
    );
  });
});
