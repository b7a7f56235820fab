import { describe, expect, it } from "vitest";
import { finding } from "../testing/finding.js";
import { fixList, needsFindings, parseFixTargets } from "./fixTargets.js";

describe("--fix targets", () => {
  it("parses all, cells with or without a sheet, and finding ids", () => {
    const parsed = parseFixTargets(["all", "g17", "Dự toán!$G$23", "'Dự toán'!A28", "amount.mismatch@Dự toán!G17"]);
    expect(parsed).toEqual({
      ok: true,
      value: [
        { kind: "all" },
        { kind: "cell", cell: "G17" },
        { kind: "cell", sheet: "Dự toán", cell: "G23" },
        { kind: "cell", sheet: "Dự toán", cell: "A28" },
        { kind: "id", id: "amount.mismatch@Dự toán!G17" },
      ],
    });
    expect(parseFixTargets(["Z"])).toMatchObject({
      ok: false,
      problem: { kind: "args.bad_value", option: "--fix", value: "Z" },
    });
  });

  it("turns cells into the ids of the findings there, on the right sheet only", () => {
    const sheet = "Dự toán";
    const findings = [
      finding("amount.mismatch", { expected: 48_000_000, actual: 4_800_000 }, { sheet, cell: "G17" }),
      finding("formula.hardcoded", { value: 4_800_000 }, { sheet, cell: "G17" }),
      finding("words.mismatch", { words: "x", read: "y", total: 1, expected: "z" }, { sheet, cell: "A28" }),
    ];
    const targets = parseFixTargets(["G17"]);
    if (!targets.ok) throw new Error("parse");
    expect(needsFindings(targets.value)).toBe(true);
    expect(fixList(targets.value, sheet, findings)).toEqual([
      "amount.mismatch@Dự toán!G17",
      "formula.hardcoded@Dự toán!G17",
    ]);
    const other = parseFixTargets(["Khác!G17"]);
    if (!other.ok) throw new Error("parse");
    expect(fixList(other.value, sheet, findings)).toEqual([]);
    expect(fixList([{ kind: "all" }], sheet, findings)).toEqual(["all"]);
    expect(needsFindings([{ kind: "all" }])).toBe(false);
  });
});
