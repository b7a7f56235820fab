import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatVnd } from "./formatVnd.js";
import { parseAmountText, type AmountParseReason } from "./parseAmountText.js";

function read(text: string): number | AmountParseReason {
  const r = parseAmountText(text);
  return r.ok ? r.value : r.reason;
}

describe("parseAmountText", () => {
  it.each([
    ["1.234.567", 1_234_567, ".", null],
    ["1,234,567", 1_234_567, ",", null],
    ["1 234 567", 1_234_567, " ", null],
    ["1\u00a0234\u00a0567", 1_234_567, " ", null],
    ["1.234.567đ", 1_234_567, ".", null],
    ["1.234.567 đồng", 1_234_567, ".", null],
    ["150.000đ", 150_000, ".", null],
    ["1.250.000 ₫", 1_250_000, ".", null],
    ["1234567", 1_234_567, null, null],
    ["1,234", 1234, ",", null],
    ["1.500", 1500, ".", null],
    ["1,2", 1.2, null, ","],
    ["1,25", 1.25, null, ","],
    ["0,500", 0.5, null, ","],
    ["1234,567", 1234.567, null, ","],
    ["1.5", 1.5, null, "."],
    ["1.234,5", 1234.5, ".", ","],
    ["1,234.56", 1234.56, ",", "."],
    ["1 234,5", 1234.5, " ", ","],
  ] as const)("reads %s", (text, value, thousands, decimal) => {
    const r = parseAmountText(text);
    expect(r).toMatchObject({ ok: true, value, convention: { thousands, decimal } });
  });

  it("reads negatives and units into the convention", () => {
    expect(parseAmountText("(1.000)")).toEqual({
      ok: true,
      value: -1000,
      convention: { thousands: ".", decimal: null, negative: "parentheses", unit: null },
    });
    expect(parseAmountText("-1.000")).toMatchObject({ ok: true, value: -1000, convention: { negative: "minus" } });
    expect(parseAmountText("−2.000 VNĐ")).toMatchObject({ ok: true, value: -2000, convention: { unit: "vnđ" } });
    expect(parseAmountText("(1.000 đ)")).toMatchObject({ ok: true, value: -1000, convention: { unit: "đ" } });
    expect(read("-0")).toBe(0);
  });

  it.each([
    ["", { code: "empty" }],
    ["  ", { code: "empty" }],
    ["đồng", { code: "empty" }],
    ["1.2.3", { code: "bad_grouping", text: "1.2.3" }],
    ["1..2", { code: "bad_grouping", text: "1..2" }],
    ["1 23", { code: "bad_grouping", text: "1 23" }],
    ["1.234.56", { code: "bad_grouping", text: "1.234.56" }],
    ["1,2,3.4.5", { code: "bad_grouping", text: "1,2,3.4.5" }],
    ["1 234.567,8", { code: "bad_grouping", text: "1 234.567,8" }],
    ["12a", { code: "invalid_character", character: "a" }],
    ["(-1.000)", { code: "invalid_character", character: "-" }],
    ["1.000 USD", { code: "invalid_character", character: "U" }],
    [",5", { code: "missing_digits", text: ",5" }],
    ["1.", { code: "missing_digits", text: "1." }],
    ["99999999999999999", { code: "too_large", text: "99999999999999999" }],
  ])("refuses %j", (text, reason) => {
    expect(read(text)).toEqual(reason);
  });

  it("round-trips formatVnd for safe integers, with and without a unit", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(undefined, "đ" as const, "đồng" as const),
        (n, suffix) => {
          const text = suffix === undefined ? formatVnd(n) : formatVnd(n, { suffix });
          const r = parseAmountText(text);
          expect(r.ok && r.value).toBe(n === 0 ? 0 : n);
          expect(r.ok && r.convention.thousands).toBe(Math.abs(n) >= 1000 ? "." : null);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("reads comma and space grouping of the same integers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(read(formatVnd(n).replaceAll(".", ","))).toBe(n);
        expect(read(formatVnd(n).replaceAll(".", " "))).toBe(n);
      }),
    );
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[-()0-9., đ]{0,12}$/)), (text) => {
        const r = parseAmountText(text);
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
