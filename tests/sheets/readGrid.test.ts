// The CLI's reader turns every example office workbook into a core Grid as a spreadsheet shows it.
import { type Grid } from "@hgcs/core";
import { cellAt, fromA1 } from "@hgcs/core/sheet";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { loadWorkbook, readSparseWorkbook, worksheetToGrid } from "@hgcs/cli/xlsx";
import { officeSheetGrid, officeSheets, officeSheetsDir } from "../testing/fixtures.js";

const at = (grid: Grid, address: string) => {
  const p = fromA1(address);
  if (!p) throw new Error(`bad address ${address}`);
  return cellAt(grid, p.row, p.col);
};

describe("example office workbooks read into grids", () => {
  it.each(officeSheets().entries.map((e) => [e.file, e.sheet] as const))("%s", async (file, sheet) => {
    const grid = await officeSheetGrid(file, sheet);
    expect(grid.sheet).toBe(sheet);
    expect(grid.rows.length).toBeGreaterThan(10);
  });

  it("keeps only the top-left value of a merged area, and formulas with their cached values", async () => {
    const grid = await officeSheetGrid("du-toan-chuan.xlsx");
    expect(at(grid, "A5")?.value).toBe("DỰ TOÁN KINH PHÍ");
    expect(at(grid, "B5")).toBeUndefined();
    expect(grid.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 7 });
    expect(at(grid, "G12")).toMatchObject({ formula: "SUM(G13:G22)", value: 531_000_000, numberFormat: "#,##0" });
    expect(at(grid, "G27")).toMatchObject({ formula: "G12+G23", value: 568_750_000 });
  });

  it("reads the same grids through the CLI's sparse reader as through ExcelJS, on every example workbook", async () => {
    const files = readdirSync(officeSheetsDir).filter((f) => f.endsWith(".xlsx"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const bytes = await readFile(join(officeSheetsDir, file));
      const wb = await loadWorkbook(file, bytes);
      const sparse = await readSparseWorkbook(file, bytes);
      if (!wb.ok || !sparse.ok) throw new Error(`${file} did not load`);
      expect(sparse.value.sheetNames, file).toEqual(wb.value.worksheets.map((ws) => ws.name));
      wb.value.worksheets.forEach((ws, i) => {
        const excel = worksheetToGrid(ws);
        const read = sparse.value.sheets[i]?.grid;
        expect(cellsOf(read?.rows ?? []), `${file} ${ws.name}`).toEqual(cellsOf(excel.rows));
        expect(sparse.value.sheets[i]?.hidden, `${file} ${ws.name}`).toBe(ws.state !== "visible");
      });
    }
  });
});

/** A grid's cells by "row:col", holes and undefined entries left out (the readers differ only there). */
function cellsOf(rows: Grid["rows"]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) out[`${r}:${c}`] = cell;
    }),
  );
  return out;
}
