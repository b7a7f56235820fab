import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnIndex, columnLetters, fromA1, toA1 } from "./a1.js";

describe("A1 addresses", () => {
  it("maps columns both ways", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(columnIndex("XFD")).toBe(16383);
    expect(columnIndex("1")).toBe(-1);
  });
  it("round-trips every cell address", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_048_575 }), fc.integer({ min: 0, max: 16383 }), (row, col) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
    );
  });
  it("reads absolute references and rejects junk", () => {
    expect(fromA1("$G$17")).toEqual({ row: 16, col: 6 });
    expect(fromA1("G0")).toBeUndefined();
    expect(fromA1("17G")).toBeUndefined();
  });
});
