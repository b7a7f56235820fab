import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { examplePlan, readValues, runHgcs, tempDir, writeWorkbook } from "./testing/sheets.js";

let dir = "";
beforeAll(async () => {
  dir = await tempDir();
});

// A signed support list as an office types it.
const supportRows = (total: number, words: string): ExcelJS.CellValue[][] => [
  ["UBND TỈNH THANH HÓA"],
  ["SỞ TƯ PHÁP"],
  ["DANH SÁCH NHẬN TIỀN HỖ TRỢ TIỀN ĂN"],
  [],
  ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Số ngày", "Số tiền", "Ký nhận"],
  [1, "Nguyễn Văn An", "Tổ hòa giải thôn 1, xã Nga Hải", "Hòa giải viên", 1, 150000],
  [2, "Lê Văn Bình", "Phòng Tư pháp huyện Nga Sơn", "Cán bộ quản lý", 1, 150000],
  [3, "Trần Thị Cúc", "Tổ hòa giải thôn 2, xã Nga Hải", "Hòa giải viên", 1, 200000],
  [4, "nguyen van an", "To hoa giai thon 1, xa Nga Hai", "Hòa giải viên", 1, 150000],
  [null, "Tổng cộng", null, null, null, total],
  [`Bằng chữ: ${words}`],
];

describe("hgcs lists", () => {
  it("writes the blank delegate and support lists of every conference", async () => {
    const out = join(dir, "danh-sach.xlsx");
    const r = await runHgcs(["lists", "new", "--plan", examplePlan, "-o", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi 12 trang danh sách");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual([
      "DS đại biểu HN1",
      "Hỗ trợ HN1",
      "DS đại biểu HN2",
      "Hỗ trợ HN2",
    ]);
    const support = await readValues(out, "Hỗ trợ HN1");
    expect(support.flat()).toEqual(expect.arrayContaining(["Họ và tên", "Số tiền", "Ký nhận", "Bằng chữ:"]));
    const check = await runHgcs(["lists", "check", out, "--plan", examplePlan, "--sheet", "DS đại biểu HN1"]);
    expect(check.code).toBe(0);
    expect(check.out).toContain("không có vấn đề nào");
  });

  it("checks a typed support list against the plan, the cap and the words", async () => {
    const file = join(dir, "ho-tro.xlsx");
    await writeWorkbook(file, "Hỗ trợ", supportRows(650000, "Sáu trăm nghìn đồng"));
    const r = await runHgcs(["lists", "check", file, "--plan", examplePlan]);
    expect(r.code).toBe(1);
    for (const text of [
      "F7    lỗi        Lê Văn Bình thuộc nhóm Cán bộ làm công tác quản lý hòa giải (hưởng lương từ NSNN)",
      "F8    lỗi        Mức chi 200.000 đ vượt mức tối đa 150.000 đ/người/ngày",
      "B9    lỗi        nguyen van an có tên hai lần trong danh sách (lần đầu ở ô B6).",
      'A11   lỗi        Dòng bằng chữ "Sáu trăm nghìn đồng" đọc ra 600.000',
    ]) {
      expect(r.out).toContain(text);
    }
  });

  it("checks the rate given on the command line and the total against the estimate's line", async () => {
    const file = join(dir, "ho-tro-2.xlsx");
    await writeWorkbook(file, "Hỗ trợ", [
      ["STT", "Họ và tên", "Đơn vị", "Đối tượng", "Số ngày", "Số tiền", "Ký nhận"],
      [1, "A", "X", "Hòa giải viên", 1, 120000],
      [null, "Tổng cộng", null, null, null, { formula: "SUM(F2:F2)", result: 120000 }],
      ["Bằng chữ: Một trăm hai mươi nghìn đồng"],
    ]);
    const estimate = join(dir, "du-toan.xlsx");
    await writeWorkbook(estimate, "Dự toán", [
      ["STT", "Nội dung", "Số người", "Số ngày", "Mức chi", "Thành tiền"],
      [1, "Hỗ trợ tiền ăn cho đại biểu không hưởng lương", 1, 6, 10000, 60000],
      [null, "Tổng cộng", null, null, null, 60000],
    ]);
    const r = await runHgcs([
      "lists",
      "check",
      file,
      "--plan",
      examplePlan,
      "--rate",
      "100.000",
      "--estimate",
      estimate,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Estimate money for meal and travel support per conference: 10,000 VND.");
    expect(r.out).toContain("F2    error    Amount 120,000 VND differs");
    expect(r.out).toContain("The list's total 120,000 VND exceeds its estimate line (10,000 VND).");
  });

  it("stops on a missing action, an unknown series, a bad --rate and a workbook without a list", async () => {
    expect((await runHgcs(["lists", "--plan", examplePlan])).err).toContain("Thiếu việc cần làm (new hoặc check)");
    const file = join(dir, "ho-tro-3.xlsx");
    await writeWorkbook(file, "Hỗ trợ", supportRows(0, ""));
    const series = await runHgcs(["lists", "check", file, "--plan", examplePlan, "--series", "khong-co"]);
    expect(series.code).toBe(2);
    expect(series.err).toContain("không có đợt hội nghị “khong-co”");
    expect((await runHgcs(["lists", "check", file, "--plan", examplePlan, "--rate", "nhiều"])).code).toBe(2);
    const other = join(dir, "other.xlsx");
    await writeWorkbook(other, "X", [["Nội dung", "Thành tiền"]]);
    const none = await runHgcs(["lists", "check", other, "--plan", examplePlan]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Không tìm thấy danh sách đại biểu");
  });
});

describe("hgcs lists --format json", () => {
  it("lists the sheets written", async () => {
    const out = join(dir, "danh-sach-json.xlsx");
    const r = await runHgcs(["lists", "new", "--plan", examplePlan, "-o", out, "--format", "json"]);
    expect([r.code, r.err]).toEqual([0, ""]);
    const doc = JSON.parse(r.out) as { written: string; conferences: number; sheets: string[] };
    expect(doc).toMatchObject({ written: out, conferences: 6 });
    expect(doc.sheets.slice(0, 2)).toEqual(["DS đại biểu HN1", "Hỗ trợ HN1"]);
    expect(doc.sheets).toHaveLength(12);
  });

  it("gives a checked list as { file, sheets, findings } like hgcs check, messages in the chosen language", async () => {
    const file = join(dir, "ho-tro-json.xlsx");
    await writeWorkbook(file, "Hỗ trợ", supportRows(650000, "Sáu trăm nghìn đồng"));
    const r = await runHgcs(["lists", "check", file, "--plan", examplePlan, "--format", "json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out) as {
      file: string;
      sheets: unknown[];
      findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
    };
    expect(Object.keys(doc)).toEqual(["file", "sheets", "findings"]);
    expect([doc.file, doc.sheets]).toEqual([file, [{ name: "Hỗ trợ" }]]);
    const cells = doc.findings.map((f) => f.cell);
    expect(cells).toEqual(expect.arrayContaining(["F7", "F8", "B9", "A11"]));
    // Reading order, as the text report prints them.
    expect(cells.indexOf("F8")).toBeLessThan(cells.indexOf("A11"));
    const over = doc.findings.find((f) => f.cell === "F8");
    expect(over).toMatchObject({ severity: "error", sheet: "Hỗ trợ" });
    expect(over?.message).toContain("150,000");
  });
});
