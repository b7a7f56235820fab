import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { integerDigits } from "./words.js";

describe("integerDigits", () => {
  it("reads the ways people type a whole number", () => {
    expect(integerDigits("243000000")).toBe("243000000");
    expect(integerDigits("243.000.000")).toBe("243000000");
    expect(integerDigits("243,000,000")).toBe("243000000");
    expect(integerDigits("243 000 000")).toBe("243000000");
    expect(integerDigits(" -5 ")).toBe("-5");
    expect(integerDigits("-0")).toBe("0");
    expect(integerDigits("007")).toBe("7");
    expect(integerDigits("123456789012345678901234567890")).toBe("123456789012345678901234567890");
  });

  it("refuses fractions, mixed separators, misplaced groups and words", () => {
    for (const bad of ["1,5", "1.234,5", "1.23.456", "12.34", "1.234,567", "abc", "", "1e6", "--5", "1_000"]) {
      expect(integerDigits(bad), bad).toBeUndefined();
    }
  });

  it("gives back the digits of any integer grouped by thousands with either separator", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.constantFrom(".", ",", " ", ""), (n, sep) => {
        const grouped = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        expect(integerDigits((n < 0n ? "-" : "") + grouped)).toBe(n.toString());
      }),
    );
  });
});
