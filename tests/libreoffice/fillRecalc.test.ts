import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseVietnameseWords } from "@hgcs/core";
import { cellResult } from "../testing/describeCorpusRecalc.js";
import { officeSheet, officeSheetsDir, repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";
import { recalculate } from "../testing/recalc.js";

const plan = join(repoRoot, "examples", "thanh-hoa-2024", "plan.json");
let dir = "";

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-lo-fill-"));
}, 300_000);

/** hgcs fill, then LibreOffice recomputes; returns the recomputed sheet. */
async function fillAndRecalculate(input: string, name: string, withPlan = true): Promise<ExcelJS.Worksheet> {
  const out = join(dir, `${name}.xlsx`);
  const r = await runCli(["fill", input, "-o", out, ...(withPlan ? ["--plan", plan] : [])]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const recalculated = await recalculate(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  const ws = wb.getWorksheet("Dự toán");
  if (!ws) throw new Error("no sheet Dự toán after recalculation");
  return ws;
}

/** Quantity × days × rate of the item rows, computed here from the typed cells: an oracle independent of core. */
function typedTotal(ws: ExcelJS.Worksheet, rows: readonly number[]): number {
  return rows.reduce((sum, r) => {
    const n = (c: string) =>
      typeof ws.getCell(`${c}${r}`).value === "number" ? (ws.getCell(`${c}${r}`).value as number) : 1;
    return sum + n("D") * n("E") * n("F");
  }, 0);
}

const itemRows = [12, 13, 14, 15, 16, 17, 18, 19, 21, 22];
const totalCell = "G23";
const wordsCell = "A24";

async function variant(
  name: string,
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<{ file: string; total: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(officeSheetsDir, "chua-dien.xlsx"));
  const ws = wb.getWorksheet("Dự toán");
  if (!ws) throw new Error("chua-dien.xlsx: no sheet Dự toán");
  edit(ws, wb);
  const file = join(dir, `${name}-in.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, total: typedTotal(ws, itemRows) };
}

// The unfilled sheet's own total and words after fill are checked by officeSheetsFill.test.ts (from its
// expected.json); these variants check LibreOffice's results against arithmetic done here from typed cells.
describe("LibreOffice recomputes what hgcs fill writes", () => {
  it("every amount LibreOffice computed on chua-dien.xlsx is quantity × days × rate of its row", async () => {
    const entry = officeSheet("chua-dien.xlsx");
    const ws = await fillAndRecalculate(join(officeSheetsDir, entry.file), "chua-dien");
    for (const r of itemRows) expect(cellResult(ws, `G${r}`), `G${r}`).toBe(typedTotal(ws, [r]));
    expect(cellResult(ws, totalCell)).toBe(typedTotal(ws, itemRows));
  }, 120_000);

  it("a variant with other quantities and a second sheet: LibreOffice's total is the typed arithmetic", async () => {
    const { file, total } = await variant("so-luong-khac", (ws, wb) => {
      ws.getCell("D12").value = 7;
      ws.getCell("F22").value = 1500;
      ws.getCell("D19").value = 24;
      const notes = wb.addWorksheet("Ghi chú");
      notes.getCell("A1").value = "Bảng này không phải dự toán";
    });
    // Without the plan: these quantities no longer match its conference counts, which is not the point here.
    const ws = await fillAndRecalculate(file, "so-luong-khac", false);
    expect(total).not.toBe(officeSheet("chua-dien.xlsx").afterFill?.total);
    expect(cellResult(ws, totalCell)).toBe(total);
    expect(parseVietnameseWords(String(ws.getCell(wordsCell).value))).toEqual({ ok: true, value: BigInt(total) });
  }, 120_000);

  it("a variant with some amounts already there (a formula and a correct typed value) keeps them", async () => {
    const { file, total } = await variant("mot-phan", (ws) => {
      ws.getCell("G12").value = { formula: "D12*E12*F12", result: 28_800_000 } as ExcelJS.CellFormulaValue;
      ws.getCell("G13").value = 5_400_000;
    });
    const ws = await fillAndRecalculate(file, "mot-phan");
    expect(ws.getCell("G13").value).toBe(5_400_000);
    expect(cellResult(ws, totalCell)).toBe(total);
    expect(total).toBe(officeSheet("chua-dien.xlsx").afterFill?.total);
  }, 120_000);
});
