import { describe, expect, it } from "vitest";
import { formatVnd } from "./formatVnd.js";

describe("formatVnd", () => {
  it("groups thousands with dots", () => {
    expect(formatVnd(0)).toBe("0");
    expect(formatVnd(999)).toBe("999");
    expect(formatVnd(1000)).toBe("1.000");
    expect(formatVnd(1_234_567)).toBe("1.234.567");
    expect(formatVnd(-150_000)).toBe("-150.000");
    expect(formatVnd(10n ** 18n)).toBe("1.000.000.000.000.000.000");
    expect(formatVnd(-0)).toBe("0");
  });
  it("appends đ or đồng", () => {
    expect(formatVnd(1_234_567, { suffix: "đ" })).toBe("1.234.567 đ");
    expect(formatVnd(150_000, { suffix: "đồng" })).toBe("150.000 đồng");
  });
  it("refuses fractions of a đồng", () => {
    expect(() => formatVnd(1.5)).toThrow(RangeError);
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError);
  });
});
