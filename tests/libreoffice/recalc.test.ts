import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { recalculate } from "../testing/recalc.js";

describe("the LibreOffice oracle", () => {
  it("computes formulas without a cached value and replaces stale cached values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Dự toán");
    ws.getCell("A1").value = 1620;
    ws.getCell("B1").value = 150_000;
    ws.getCell("C1").value = { formula: "A1*B1" } as ExcelJS.CellFormulaValue;
    ws.getCell("D1").value = { formula: "C1+1", result: 999 } as ExcelJS.CellFormulaValue;
    const file = join(await mkdtemp(join(tmpdir(), "hgcs-lo-oracle-")), "cu.xlsx");
    await wb.xlsx.writeFile(file);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(await recalculate(file));
    const sheet = back.getWorksheet("Dự toán");
    expect(sheet?.getCell("C1").value).toEqual({ formula: "A1*B1", result: 243_000_000 });
    expect(sheet?.getCell("D1").value).toEqual({ formula: "C1+1", result: 243_000_001 });
  }, 120_000);
});
