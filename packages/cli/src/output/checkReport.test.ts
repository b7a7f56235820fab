import { describe, expect, it } from "vitest";
import { finding } from "../testing/finding.js";
import { cliMessages } from "../messages/index.js";
import { checkReportJson, checkReportJsonChunks, checkReportText } from "./checkReport.js";

const sheet = "Dự toán";
const report = {
  file: "so-tu-phap-2024-loi.xlsx",
  sheets: [{ name: sheet, table: { range: "A11:H27", scale: 1 } }, { name: "Ghi chú" }],
  findings: [
    finding(
      "words.mismatch",
      { words: "năm trăm", read: "528.600.000", total: 597_900_000, expected: "năm trăm chín mươi bảy triệu" },
      { sheet, cell: "A28" },
    ),
    finding("amount.mismatch", { expected: 48_000_000, actual: 4_800_000 }, { sheet, cell: "G17" }),
    finding("words.missing", { total: 1 }, { sheet }),
    finding("formula.hardcoded", { value: 4_800_000 }, { sheet, cell: "G17" }),
  ],
};

describe("check report", () => {
  it("prints JSON with the contract's shape, findings in sheet order, messages rendered", () => {
    const doc = checkReportJson(report, "vi");
    expect(Object.keys(doc)).toEqual(["file", "sheets", "findings"]);
    expect(doc.sheets).toEqual([{ name: sheet, table: { range: "A11:H27", scale: 1 } }]);
    expect(doc.findings.map((f) => [f.code, f.cell])).toEqual([
      ["words.missing", null],
      ["amount.mismatch", "G17"],
      ["formula.hardcoded", "G17"],
      ["words.mismatch", "A28"],
    ]);
    const amount = doc.findings[1];
    expect(amount).toMatchObject({ severity: "error", sheet, params: { expected: 48_000_000, actual: 4_800_000 } });
    expect(amount?.message).toContain("48.000.000");
    expect(checkReportJson(report, "en").findings[1]?.message).toContain("48,000,000");
  });

  it("prints text grouped by sheet: cell, severity, message, then the counts", () => {
    const text = checkReportText(report, cliMessages("vi"), "vi").split("\n");
    expect(text[0]).toBe("so-tu-phap-2024-loi.xlsx");
    expect(text[1]).toBe("  Trang “Dự toán” — bảng dự toán A11:H27, đơn vị tính: đồng");
    expect(text[3]).toMatch(/^ {4}G17 {3}lỗi {7}.*48\.000\.000/);
    expect(text.at(-2)).toBe("    2 lỗi, 2 cảnh báo, 0 thông tin.");
    expect(text.at(-1)).toBe("  Trang “Ghi chú”: không có bảng dự toán.");
    const en = checkReportText(report, cliMessages("en"), "en");
    expect(en).toContain("Sheet “Dự toán” — estimate table A11:H27, unit: VND");
    expect(en).toContain("2 errors, 2 warnings, 0 info.");
  });

  it("writes the JSON one finding at a time, exactly as the whole document would be printed", () => {
    for (const r of [report, { ...report, findings: [] }, { ...report, sheets: [] }]) {
      expect([...checkReportJsonChunks(r, "vi")].join("")).toBe(JSON.stringify(checkReportJson(r, "vi"), null, 2));
    }
  });
});
