import { describe, expect, it } from "vitest";
import { buildGrid, f } from "../table/testing/gridBuilder.js";
import { checkSheet } from "./check.js";
import { summarizeSheet } from "./summarizeSheet.js";

const grid = buildGrid([
  ["Thanh Hóa, ngày 20 tháng 02 năm 2024"],
  ["STT", "Nội dung chi", "Số người", "Mức chi", "Thành tiền"],
  ["1", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", 10, 180000, f("C3*D3", 1800000)],
  [null, "Tổng cộng", null, null, f("E3", 1800000)],
]);

describe("summarizeSheet", () => {
  it("summarizes with the options and the day of caps of the sheet's check, so they agree", () => {
    const options = { allocation: 1_500_000 };
    const checked = checkSheet(grid, options);
    const summary = summarizeSheet(grid, options);
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.total).toBe(1_800_000);
    // Over the allocation: the check says so as a finding, the summary as what is left.
    expect(checked.findings.map((x) => x.code)).toContain("budget.over_allocation");
    expect(summary.value.allocation).toMatchObject({ allocated: 1_500_000, remaining: -300_000 });
  });

  it("is not ok without a table", () => {
    expect(summarizeSheet(buildGrid([["Ghi chú"]])).ok).toBe(false);
  });
});
