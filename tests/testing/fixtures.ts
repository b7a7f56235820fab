import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Grid } from "@hgcs/core";
import { worksheetToGrid } from "@hgcs/cli/xlsx";
import ExcelJS from "exceljs";

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = resolve(here, "..", "..");
/** shared/fixtures, beside the repository (as CI lays it out). */
export const fixturesDir = resolve(repoRoot, "..", "shared", "fixtures");

export interface FixtureExpectation {
  file: string;
  sheet: string;
  about: string;
  plan: string;
  scale: number;
  expect: { code: string; cell: string }[];
  allow: { code: string; cell: string }[];
  totalCell: string;
  wordsCell: string;
  totalAfterFill?: number;
  wordsAfterFill?: string;
}

/** The fixtures' expected findings (shared/fixtures/expected.json). */
export function fixtureExpectations(): FixtureExpectation[] {
  return JSON.parse(readFileSync(join(fixturesDir, "expected.json"), "utf8")) as FixtureExpectation[];
}

/** Reads one sheet of a fixture workbook into a core Grid. */
export async function fixtureGrid(file: string, sheet?: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(fixturesDir, file));
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(`${file}: no sheet ${sheet ?? "(first)"}`);
  return worksheetToGrid(ws);
}

/** The example plan JSON (examples/thanh-hoa-2024/plan.json), unparsed. */
export function examplePlanJson(): unknown {
  return JSON.parse(readFileSync(join(repoRoot, "examples", "thanh-hoa-2024", "plan.json"), "utf8"));
}
