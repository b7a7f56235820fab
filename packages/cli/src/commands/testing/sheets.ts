// Test support for the lists/distribute/schedule command tests: run `hgcs` in-process with a fake io,
// temp dirs, and office-shaped workbooks written with ExcelJS.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { run } from "../../run.js";

/** The Thanh Hóa 2024 example plan (6 conferences × 320 = 270 + 50 delegates, 25.000 leaflets). */
export const examplePlan = fileURLToPath(new URL("../../../../../examples/thanh-hoa-2024/plan.json", import.meta.url));

/** Runs one command line; returns the exit code and everything written. */
export async function runHgcs(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  return { code, out, err };
}

/** A fresh temporary directory. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "hgcs-h-"));
}

/** Writes a one-sheet workbook from rows of values ({ formula, result } for formulas). */
export async function writeWorkbook(
  file: string,
  sheet: string,
  rows: readonly (readonly ExcelJS.CellValue[])[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row) => ws.addRow([...row]));
  await wb.xlsx.writeFile(file);
}

/** The values of a workbook's sheet, row by row (1-based like Excel, index 0 unused). */
export async function readValues(file: string, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  const out: unknown[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, r) => {
    out[r] = (row.values as unknown[]).slice(1);
  });
  return out;
}
