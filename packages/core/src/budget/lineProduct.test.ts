import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LineFields } from "./estimate.js";
import { lineCount, lineProduct, sumDong } from "./lineProduct.js";

const line = (factors: number[], rate: number | null): LineFields => ({
  content: "x",
  factors: factors.map((value) => ({ kind: "quantity", value })),
  rate,
});

describe("lineProduct", () => {
  it("multiplies the factors by the rate", () => {
    expect(lineProduct(line([270, 1, 6], 150000))).toBe(243000000);
    expect(lineCount(line([270, 1, 6], 150000))).toBe(1620);
  });

  it("is null without a rate or without factors", () => {
    expect(lineProduct(line([6], null))).toBeNull();
    expect(lineProduct(line([], 1000))).toBeNull();
  });

  it("rounds float noise away (1,2 nghìn đồng × 25.000)", () => {
    expect(lineProduct(line([25000], 1.2 * 1000))).toBe(30000000);
    expect(lineProduct(line([3, 0.1], 10))).toBe(3);
  });

  it("stays exact for integers beyond 2^53 before converting", () => {
    expect(lineProduct(line([3, 1000000007], 3000000))).toBe(9000000063000000);
  });

  it("multiplies integers as exactly as bigint does, small or huge, signed or zero", () => {
    const factor = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.integer(), fc.constant(2 ** 40), fc.constant(0));
    fc.assert(
      fc.property(fc.array(factor, { minLength: 1, maxLength: 4 }), factor, (factors, rate) => {
        const exact = Number([...factors, rate].reduce((p, v) => p * BigInt(v), 1n));
        expect(Object.is(lineProduct(line(factors, rate)), exact)).toBe(true);
      }),
    );
  });
});

describe("sums", () => {
  it("adds amounts exactly as bigint, blanks as nothing", () => {
    expect(sumDong([1, null, 2, undefined, 3n])).toBe(6n);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), (values) => {
        expect(sumDong(values)).toBe(values.reduce((s, v) => s + BigInt(v), 0n));
      }),
    );
  });

  it("adds any mix of numbers, bigints and blanks as bigint addition of the rounded values would", () => {
    const value = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.double({ min: -1e17, max: 1e17, noNaN: true }),
      fc.constantFrom(
        Number.MAX_SAFE_INTEGER,
        -Number.MAX_SAFE_INTEGER,
        2 ** 53,
        2 ** 53 + 2,
        -(2 ** 53),
        1e300,
        -0,
        0.5,
        -0.5,
        2.5,
      ),
      fc.bigInt(),
      fc.constantFrom(null, undefined),
    );
    const reference = (values: readonly (number | bigint | null | undefined)[]): bigint =>
      values.reduce<bigint>((s, v) => {
        if (v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v))) return s;
        return s + (typeof v === "bigint" ? v : BigInt(Math.round(v)));
      }, 0n);
    fc.assert(fc.property(fc.array(value, { maxLength: 12 }), (values) => sumDong(values) === reference(values)));
  });
});
