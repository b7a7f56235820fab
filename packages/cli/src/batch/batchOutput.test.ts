import { describe, expect, it } from "vitest";
import { cliMessages } from "../messages/index.js";
import { finding } from "../testing/finding.js";
import { progressLine, summaryLines } from "./batchOutput.js";

const table = { range: "A10:H28", scale: 1 };
const twoTables = {
  kind: "checked",
  report: {
    file: "xa.xlsx",
    sheets: [
      { name: "Dự toán", table, unit: "UBND xã An Hòa", totalDong: 12_000_000 },
      { name: "Phụ lục", table },
    ],
    // About the workbook, not one sheet: counted once, on the first table sheet's line.
    findings: [finding("amount.mismatch", { expected: 2, actual: 1 }, {})],
  },
} as const;

describe("the batch summary lines", () => {
  it("counts a finding about no sheet once per file, on its first table sheet, as the report does", () => {
    const lines = summaryLines(twoTables, cliMessages("vi"), "vi");
    expect(lines).toEqual([
      "xa.xlsx — UBND xã An Hòa — trang “Dự toán” — 12.000.000 đồng — 1 lỗi, 0 cảnh báo, 0 dòng vượt mức — không đối chiếu kế hoạch",
      "xa.xlsx — (không rõ đơn vị) — trang “Phụ lục” — chưa có tổng cộng — 0 lỗi, 0 cảnh báo, 0 dòng vượt mức — không đối chiếu kế hoạch",
    ]);
  });

  it("says one error, warning and line in the singular in English, and money in VND", () => {
    const report = {
      ...twoTables.report,
      sheets: twoTables.report.sheets.slice(0, 1),
      findings: [
        finding("words.missing", { total: 1 }, { sheet: "Dự toán" }),
        finding(
          "rate.over_cap",
          { rate: 2, cap: 1, unit: { vi: "người/ngày", en: "person/day" }, basis: { vi: "x", en: "x" } },
          { sheet: "Dự toán", cell: "F13" },
        ),
      ],
    };
    const [line] = summaryLines({ kind: "checked", report }, cliMessages("en"), "en");
    expect(line).toContain("— 12,000,000 VND —");
    expect(line).toMatch(/ — 1 error, 1 warning, 1 line over a cap — not compared with a plan$/);
  });
});

describe("the progress line", () => {
  it("shows the count and the file finished last, never a file as if it were the one being checked", () => {
    expect(progressLine(0, 10, undefined, 80)).toBe(`[${"·".repeat(30)}] 0/10`);
    const line = progressLine(3, 10, "don-vi/xa-an-cu.xlsx", 80);
    expect(line).toBe(`[${"#".repeat(9)}${"·".repeat(21)}] 3/10 ✓ don-vi/xa-an-cu.xlsx`);
    expect(progressLine(3, 10, "don-vi/" + "x".repeat(200), 60).length).toBeLessThanOrEqual(60);
  });
});
