// Paths and readers for the project's own example files: the plan, and the office workbooks of
// examples/office-sheets (the corpus every sheet test, the demo and the add-in tests use).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Grid } from "@hgcs/core";
import { corpusGrid, loadCorpus, type SheetCorpus, type SheetExpectation } from "./sheetCorpus.js";

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root. */
export const repoRoot = resolve(here, "..", "..");
/** examples/office-sheets: the example office workbooks and their hand-written expected.json. */
export const officeSheetsDir = join(repoRoot, "examples", "office-sheets");

let corpus: SheetCorpus | undefined;
/** The example office workbooks with their expectations (loaded once, every entry checked). */
export function officeSheets(): SheetCorpus {
  return (corpus ??= loadCorpus("examples/office-sheets", officeSheetsDir));
}

/** One workbook's expectation; throws when the corpus has no such file (a test never passes on a missing entry). */
export function officeSheet(file: string): SheetExpectation {
  const entry = officeSheets().entries.find((e) => e.file === file);
  if (!entry) throw new Error(`examples/office-sheets/expected.json has no ${file}`);
  return entry;
}

/** Reads one sheet of an example office workbook into a core Grid (the CLI's reader). */
export function officeSheetGrid(file: string, sheet?: string): Promise<Grid> {
  return corpusGrid(officeSheetsDir, file, sheet ?? officeSheet(file).sheet);
}

/** The example plan JSON (examples/thanh-hoa-2024/plan.json), unparsed. */
export function examplePlanJson(): unknown {
  return JSON.parse(readFileSync(join(repoRoot, "examples", "thanh-hoa-2024", "plan.json"), "utf8"));
}
