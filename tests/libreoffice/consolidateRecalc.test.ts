import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";
import { recalculate } from "../testing/recalc.js";
import { writeUnitFolder, type UnitWorkbook } from "../testing/unitWorkbooks.js";

let dir = "";
let units: UnitWorkbook[] = [];

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-lo-consolidate-"));
  units = await writeUnitFolder(join(dir, "don-vi"));
}, 300_000);

const result = (cell: ExcelJS.Cell): unknown =>
  typeof cell.value === "object" && cell.value !== null && "formula" in cell.value ? cell.value.result : cell.value;

describe("LibreOffice recomputes a consolidation written by hgcs consolidate", () => {
  it("gets the sum of the units' submitted totals from the sheet's own formulas", async () => {
    const out = join(dir, "tong-hop.xlsx");
    const r = await runCli(["consolidate", join(dir, "don-vi"), "-o", out]);
    expect(r.code).toBe(1); // the damaged file is left out, and said so
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await recalculate(out));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet after recalculation");
    let header = 0;
    let totalRow = 0;
    ws.eachRow((row, r) =>
      row.eachCell((cell) => {
        if (cell.value === "Đơn vị") header = r;
        if (cell.value === "TỔNG CỘNG") totalRow = r;
      }),
    );
    const columns: Record<string, number> = {};
    ws.getRow(header).eachCell((cell, c) => void (columns[String(cell.value)] = c));
    const totalCol = columns["Tổng cộng"] ?? 0;
    expect(totalRow - header - 1).toBe(units.length);

    const grand = ws.getCell(totalRow, totalCol);
    expect(grand.formula).toMatch(/^SUM\(/);
    expect(result(grand)).toBe(units.reduce((s, u) => s + u.submitted, 0));
    // Each row's total (a SUM over its categories and difference) is what its unit submitted.
    const submitted = new Map(units.map((u) => [u.unit, u.submitted]));
    for (let row = header + 1; row < totalRow; row++) {
      expect(result(ws.getCell(row, totalCol)), String(ws.getCell(row, 2).value)).toBe(
        submitted.get(String(ws.getCell(row, 2).value)),
      );
    }
    // And every column's grand total is the sum of its rows.
    for (let col = 3; col <= totalCol; col++) {
      let column = 0;
      for (let row = header + 1; row < totalRow; row++) column += Number(result(ws.getCell(row, col)) ?? 0);
      expect(result(ws.getCell(totalRow, col))).toBe(column);
    }
  }, 180_000);
});
