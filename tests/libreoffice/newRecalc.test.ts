import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { valueOf } from "../../packages/core/src/testing/resultValue.js";
import { estimateFromPlan, parsePlan, parsePrices } from "@hgcs/core";
import { locateEstimateTable, readEstimateTable, toA1 } from "@hgcs/core/sheet";
import { worksheetToGrid } from "@hgcs/cli/xlsx";
import { repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";
import { recalculate } from "../testing/recalc.js";

const example = join(repoRoot, "examples", "thanh-hoa-2024");

beforeAll(() => ensureCliBuilt(), 300_000);

describe("LibreOffice recomputes a workbook drawn by hgcs new", () => {
  it("gets core's estimate total from the sheet's own formulas", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-lo-new-"));
    const out = join(dir, "du-toan.xlsx");
    const r = await runCli([
      "new",
      "--plan",
      join(example, "plan.json"),
      "--prices",
      join(example, "prices.json"),
      "-o",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    const plan = valueOf(parsePlan(JSON.parse(await readFile(join(example, "plan.json"), "utf8"))));
    const prices = valueOf(parsePrices(JSON.parse(await readFile(join(example, "prices.json"), "utf8"))));
    const expected = estimateFromPlan(plan, prices).estimate;

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await recalculate(out));
    const ws = wb.worksheets[0];
    if (!ws) throw new Error("no sheet after recalculation");
    const grid = worksheetToGrid(ws);
    const table = valueOf(locateEstimateTable(grid));
    if (table.totalRow === undefined) throw new Error("no total row found in the drawn sheet");
    const cell = ws.getCell(toA1(table.totalRow, table.columns.amount));
    expect(cell.formula).toBeTruthy(); // a live formula, not a typed figure
    const v = cell.value as ExcelJS.CellFormulaValue;
    expect(v.result).toBe(expected.amount.declared);
    expect(expected.amount.declared).toBe(562_100_000);
    // And every section subtotal LibreOffice computed is core's (read back through the sheet reader).
    const read = readEstimateTable(grid, table).estimate;
    expect(read.sections.map((s) => s.amount.declared)).toEqual(expected.sections.map((s) => s.amount.declared));
  }, 120_000);
});
