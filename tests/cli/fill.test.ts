import { copyFile, mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { officeSheetsDir, repoRoot } from "../testing/fixtures.js";
import { unzip, zip } from "../testing/rezip.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

const plan = join(repoRoot, "examples", "thanh-hoa-2024", "plan.json");
let dir = "";

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-fill-"));
}, 300_000);

async function sheetOf(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Dự toán");
  if (!ws) throw new Error(`${file}: no sheet Dự toán`);
  return ws;
}

describe("hgcs fill", () => {
  it("fills chua-dien.xlsx, prints every written cell, and the result checks clean", async () => {
    const input = join(officeSheetsDir, "chua-dien.xlsx");
    const out = join(dir, "da-dien.xlsx");
    const before = await readFile(input);
    const r = await runCli(["fill", input, "-o", out, "--plan", plan]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(
      new RegExp(`^Đã ghi \\d+ ô vào ${out.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(trang “Dự toán”\\):$`),
    );
    expect(r.stdout).toMatch(/\n {2}G12 +=D12\*E12\*F12/);
    expect(r.stdout).toMatch(/\n {2}G11 +=SUM\(G12:G19\)/);
    expect(r.stdout).toMatch(/\n {2}A24 +"Bằng chữ: Năm trăm bốn mươi chín triệu tám trăm ba mươi nghìn đồng/);
    expect(await readFile(input)).toEqual(before);

    const ws = await sheetOf(out);
    expect(ws.getCell("G12").formula).toBe("D12*E12*F12");
    expect(ws.getCell("B12").value).toBe("Thuê hội trường, âm thanh, ánh sáng, máy chiếu");
    expect(ws.getCell("B12").font?.name).toBe("Times New Roman");
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A5:H5", "A24:H24"]));

    const check = await runCli(["check", out, "--plan", plan, "--format", "json"]);
    const doc = JSON.parse(check.stdout) as { findings: { severity: string }[] };
    expect(doc.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(check.code).toBe(0);

    // Filling a filled sheet writes nothing.
    const again = await runCli(["fill", out, "-o", join(dir, "lan-hai.xlsx")]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/không còn ô nào cần điền; không ghi tệp mới/);
    await expect(stat(join(dir, "lan-hai.xlsx"))).rejects.toThrow();
  });

  it("never writes over its input or an existing file without --force", async () => {
    const input = join(dir, "goc.xlsx");
    await copyFile(join(officeSheetsDir, "chua-dien.xlsx"), input);
    const original = await readFile(input);

    const self = await runCli(["fill", input, "-o", input]);
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/trùng với tệp vào/);
    expect(await readFile(input)).toEqual(original);

    const taken = join(dir, "da-co.xlsx");
    await writeFile(taken, "do not touch");
    const exists = await runCli(["fill", input, "-o", taken, "--lang", "en"]);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/already exists; not overwriting it\. Add --force/);
    expect(await readFile(taken, "utf8")).toBe("do not touch");

    const forced = await runCli(["fill", input, "-o", taken, "--force"]);
    expect(forced.code).toBe(0);
    expect((await sheetOf(taken)).getCell("G12").formula).toBe("D12*E12*F12");
  });

  it("overwrites a typed value only for the cells named with --fix", async () => {
    const input = join(officeSheetsDir, "du-toan-co-loi.xlsx");
    const plain = join(dir, "loi-khong-fix.xlsx");
    const r1 = await runCli(["fill", input, "-o", plain, "--plan", plan]);
    // Every wrong cell here holds data: without --fix nothing is written, and the errors are listed.
    expect(r1.code).toBe(1);
    expect(r1.stdout).toMatch(/không ghi tệp mới/);
    expect(r1.stdout).toMatch(/\n {2}G16 +lỗi +Thành tiền 51\.840\.000/);
    await expect(stat(plain)).rejects.toThrow();

    const fixed = join(dir, "loi-fix-g16.xlsx");
    const r2 = await runCli(["fill", input, "-o", fixed, "--plan", plan, "--fix", "G16"]);
    expect(r2.stdout.split("\n").slice(0, 2)).toEqual([
      expect.stringMatching(/^Đã ghi 1 ô vào .*loi-fix-g16\.xlsx/),
      "  G16   =D16*F16  [định dạng #,##0]  (sửa amount.mismatch)",
    ]);
    const ws = await sheetOf(fixed);
    expect(ws.getCell("G16").formula).toBe("D16*F16");
    expect(ws.getCell("G12").formula).toBe("SUM(G13:G21)"); // not named: left as it was
    expect(r2.code).toBe(1); // the rate above the cap and the rest are still there

    const all = await runCli([
      "fill",
      input,
      "-o",
      join(dir, "loi-fix-all.xlsx"),
      "--plan",
      plan,
      "--fix",
      "all",
      "--lang",
      "en",
    ]);
    expect(all.stdout).toMatch(/\n {2}G12 +=SUM\(G13:G22\)/);
    expect(all.stdout).toMatch(/problem\(s\) left[^\n]*\n {2}F18 +error +Rate 180,000/);
  });

  it("says when the written copy cannot keep a chart of the original", async () => {
    const parts = unzip(await readFile(join(officeSheetsDir, "chua-dien.xlsx")));
    parts.set(
      "xl/charts/chart1.xml",
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
      ),
    );
    const input = join(dir, "co-bieu-do.xlsx");
    await writeFile(input, zip(parts));
    const out = join(dir, "co-bieu-do-da-dien.xlsx");
    const r = await runCli(["fill", input, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Đã ghi 14 ô/);
    expect(r.stderr).toBe(
      `Lưu ý: tệp ra ${out} không giữ được biểu đồ của tệp gốc (thư viện ExcelJS không ghi lại được); tệp gốc không bị thay đổi. Nếu cần giữ, hãy điền bằng add-in trong Excel.\n`,
    );
    // Without such parts, nothing is said.
    const plain = await runCli([
      "fill",
      join(officeSheetsDir, "chua-dien.xlsx"),
      "-o",
      join(dir, "khong-bieu-do.xlsx"),
    ]);
    expect(plain.stderr).toBe("");
  });
});
