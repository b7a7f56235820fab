import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseVietnameseWords } from "@hgcs/core";
import { fixtureExpectations, fixturesDir, repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";
import { recalculate } from "../testing/recalc.js";

const plan = join(repoRoot, "examples", "thanh-hoa-2024", "plan.json");
const chuaDien = fixtureExpectations().find((f) => f.file === "chua-dien.xlsx");
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

/** The computed value of a formula cell as LibreOffice wrote it back. */
function result(ws: ExcelJS.Worksheet, address: string): unknown {
  const v = ws.getCell(address).value;
  return v && typeof v === "object" && "formula" in v ? v.result : v;
}

/** Quantity × days × rate of the item rows, computed here from the typed cells: an oracle independent of core. */
function typedTotal(ws: ExcelJS.Worksheet, rows: readonly number[]): number {
  return rows.reduce((sum, r) => {
    const n = (c: string) =>
      typeof ws.getCell(`${c}${r}`).value === "number" ? (ws.getCell(`${c}${r}`).value as number) : 1;
    return sum + n("D") * n("E") * n("F");
  }, 0);
}

const itemRows = [14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26];

async function variant(
  name: string,
  edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
): Promise<{ file: string; total: number }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(fixturesDir, "chua-dien.xlsx"));
  const ws = wb.getWorksheet("Dự toán");
  if (!ws) throw new Error("chua-dien.xlsx: no sheet Dự toán");
  edit(ws, wb);
  const file = join(dir, `${name}-in.xlsx`);
  await wb.xlsx.writeFile(file);
  return { file, total: typedTotal(ws, itemRows) };
}

describe("LibreOffice recomputes what hgcs fill writes", () => {
  it("chua-dien.xlsx: the total and the words equal totalAfterFill / wordsAfterFill", async () => {
    if (!chuaDien?.totalAfterFill || !chuaDien.wordsAfterFill)
      throw new Error("expected.json lacks the fill expectations");
    const ws = await fillAndRecalculate(join(fixturesDir, "chua-dien.xlsx"), "chua-dien");
    expect(result(ws, chuaDien.totalCell)).toBe(chuaDien.totalAfterFill);
    const words = String(ws.getCell(chuaDien.wordsCell).value);
    expect(words.normalize("NFC").toLowerCase()).toContain(`${chuaDien.wordsAfterFill} đồng`);
    expect(parseVietnameseWords(words)).toEqual({ ok: true, value: BigInt(chuaDien.totalAfterFill) });
    // Every amount LibreOffice computed is quantity × days × rate of its row.
    for (const r of itemRows) expect(result(ws, `G${r}`), `G${r}`).toBe(typedTotal(ws, [r]));
  }, 120_000);

  it("a variant with other quantities and a second sheet: LibreOffice's total is the typed arithmetic", async () => {
    const { file, total } = await variant("so-luong-khac", (ws, wb) => {
      ws.getCell("D14").value = 7;
      ws.getCell("F25").value = 1500;
      ws.getCell("D22").value = 24;
      const notes = wb.addWorksheet("Ghi chú");
      notes.getCell("A1").value = "Bảng này không phải dự toán";
    });
    // Without the plan: these quantities no longer match its conference counts, which is not the point here.
    const ws = await fillAndRecalculate(file, "so-luong-khac", false);
    expect(total).not.toBe(562_100_000);
    expect(result(ws, "G27")).toBe(total);
    expect(parseVietnameseWords(String(ws.getCell("A28").value))).toEqual({ ok: true, value: BigInt(total) });
  }, 120_000);

  it("a variant with some amounts already there (a formula and a correct typed value) keeps them", async () => {
    const { file, total } = await variant("mot-phan", (ws) => {
      ws.getCell("G14").value = { formula: "D14*E14*F14", result: 36_000_000 } as ExcelJS.CellFormulaValue;
      ws.getCell("G15").value = 9_000_000;
    });
    const ws = await fillAndRecalculate(file, "mot-phan");
    expect(ws.getCell("G15").value).toBe(9_000_000);
    expect(result(ws, "G27")).toBe(total);
    expect(total).toBe(562_100_000);
  }, 120_000);
});
