import { describe, expect, expectTypeOf, it } from "vitest";
import type { FindingParams } from "./codes.js";
import type { Finding, LocalizedText } from "./finding.js";
import { makeFinding } from "./makeFinding.js";
import { isOverCap } from "./finding.js";

// The @ts-expect-error lines are the test: tsc (tsconfig.test.json) fails if any of them compiles.
describe("makeFinding's params are typed per code", () => {
  const basis: LocalizedText = { vi: "Thông tư 40/2017/TT-BTC", en: "Circular 40/2017/TT-BTC" };

  it("derives each code's params from the catalogue", () => {
    expectTypeOf<FindingParams<"amount.mismatch">>().toEqualTypeOf<{
      readonly expected: number;
      readonly actual: number;
    }>();
    expectTypeOf<FindingParams<"rate.cap_unverified">>().toEqualTypeOf<{
      readonly rate: number;
      readonly cap: LocalizedText;
      readonly basis: LocalizedText;
    }>();
    expectTypeOf<FindingParams<"plan.range_reversed">>().toEqualTypeOf<{
      readonly what: LocalizedText;
      readonly from: string;
      readonly to: string;
    }>();
  });

  it("compiles a correct call, with or without a location", () => {
    const f = makeFinding("amount.mismatch", { expected: 48_000_000, actual: 4_800_000 }, { cell: "G17" });
    expect(f).toEqual({
      code: "amount.mismatch",
      severity: "error",
      at: { cell: "G17" },
      params: { expected: 48_000_000, actual: 4_800_000 },
    });
    expect(makeFinding("rate.cap_unverified", { rate: 50_000, cap: basis, basis }).params).toHaveProperty("cap");
  });

  it("makes a finding of its code, and a test of the code narrows the params", () => {
    const f = makeFinding("amount.mismatch", { expected: 2, actual: 1 });
    expectTypeOf(f).toEqualTypeOf<Finding<"amount.mismatch">>();
    const findings: Finding[] = [f, makeFinding("weights.empty")];
    const actuals = findings.map((g) => (g.code === "amount.mismatch" ? g.params.actual : undefined));
    expectTypeOf(actuals).toEqualTypeOf<(number | undefined)[]>();
    expect(actuals).toEqual([1, undefined]);
    // @ts-expect-error -- without testing the code, a finding may have no actual.
    expect(findings[0]?.params.actual).toBe(1);
  });

  it("lets codes without params leave them out, and takes none", () => {
    expect(makeFinding("weights.empty").params).toEqual({});
    expect(makeFinding("plan.responsibility_without_unit", {}, { path: "responsibilities.0.unit" }).at).toEqual({
      path: "responsibilities.0.unit",
    });
    // @ts-expect-error -- weights.empty declares no params.
    expect(makeFinding("weights.empty", { line: 1 }).code).toBe("weights.empty");
  });

  it("does not compile a missing, misspelt, extra or wrongly kinded param", () => {
    // Only compiled, never run (an unknown code has no severity to look up).
    const uncompilable = () => [
      // @ts-expect-error -- the actual is missing.
      makeFinding("amount.mismatch", { expected: 1 }),
      // @ts-expect-error -- the params are missing altogether.
      makeFinding("amount.mismatch"),
      // @ts-expect-error -- "actaul" is misspelt.
      makeFinding("amount.mismatch", { expected: 1, actaul: 2 }),
      // @ts-expect-error -- "section" is not a param of amount.mismatch.
      makeFinding("amount.mismatch", { expected: 1, actual: 2, section: "A" }),
      // @ts-expect-error -- basis is localized text, not a number.
      makeFinding("rate.cap_unverified", { rate: 1, cap: basis, basis: 40 }),
      // @ts-expect-error -- a localized param wants both languages, not a plain string.
      makeFinding("rate.cap_unverified", { rate: 1, cap: basis, basis: "Thông tư 40" }),
      // @ts-expect-error -- money is a number, not its formatted text.
      makeFinding("amount.mismatch", { expected: "1.000", actual: 2 }),
      // @ts-expect-error -- text (a year) is a string, not a number.
      makeFinding("schedule.holidays_unknown", { year: 2025 }),
      // @ts-expect-error -- not a code of the catalogue.
      makeFinding("amount.mismatches", { expected: 1, actual: 2 }),
    ];
    expectTypeOf(uncompilable).toBeFunction();
  });

  it("takes for a union of codes only params that every one of them declares alike", () => {
    const code = "norms.invalid" as "norms.invalid" | "prices.invalid";
    expect(makeFinding(code, { problem: basis }).code).toBe("norms.invalid");
    const any = "plan.invalid" as "plan.invalid" | "amount.mismatch";
    // @ts-expect-error -- fits plan.invalid but not amount.mismatch.
    expect(makeFinding(any, { problem: basis }).code).toBe("plan.invalid");
  });
});

describe("isOverCap", () => {
  it("is true of a rate over its legal maximum only", () => {
    const basis = { vi: "TT 40", en: "TT 40" };
    const unit = { vi: "người/ngày", en: "person/day" };
    expect(isOverCap(makeFinding("rate.over_cap", { rate: 250_000, cap: 200_000, unit, basis }, { cell: "F12" }))).toBe(
      true,
    );
    expect(isOverCap(makeFinding("rate.cap_unverified", { rate: 20_000, cap: basis, basis }, { cell: "F11" }))).toBe(
      false,
    );
  });
});
