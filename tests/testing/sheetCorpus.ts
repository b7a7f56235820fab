// A corpus of office sheets with hand-written expectations, as the runner sees it: the entries of a corpus's
// expected.json (format and schema check in corpusFormat.ts), or a reference set mapped into the same shape.
import { join } from "node:path";
import type { Grid } from "@hgcs/core";
import { worksheetToGrid } from "@hgcs/cli/xlsx";
import ExcelJS from "exceljs";
import { readExpectations, type SheetKind } from "./corpusFormat.js";

/** What a sheet is, and so which core check reads it. */
export type SheetKindName = SheetKind;

/** A finding named by code and cell; `"*"` as the cell matches anywhere (allow lists only). */
export interface FindingRule {
  readonly code: string;
  readonly cell: string;
}

export interface SheetExpectation {
  readonly file: string;
  readonly sheet: string;
  readonly kind: SheetKindName;
  readonly about: string;
  /** Repository-relative plan.json the check is given; absent: checked without a plan. */
  readonly plan?: string;
  /** Estimate sheets: where the table must be found (as core reports its range). */
  readonly table?: string;
  /** Estimate sheets: 1 = đồng, 1000 = thousands of đồng. */
  readonly scale?: number;
  /** Findings that must be reported. */
  readonly expect: readonly FindingRule[];
  /** Findings that may be reported. */
  readonly allow: readonly FindingRule[];
  /** Which findings outside expect ∪ allow fail: any severity (pinned exactly), errors and warnings, or errors only. */
  readonly unexpected: "any" | "warning" | "error";
  readonly totalCell?: string;
  readonly wordsCell?: string;
  /** Sheets with nothing computed yet: after fill and a recalculation, the total (sheet's scale) and words. */
  readonly afterFill?: { readonly total: number; readonly words: string };
  /** Lists and schedules: the plan's conference series (default: its first). */
  readonly series?: string;
  /** The check's date (YYYY-MM-DD), where caps or holidays depend on it. */
  readonly date?: string;
  /** Distribution sheets: the copies the sheet must share out. */
  readonly expectedCopies?: number;
  /** Measuring corpora (estimate sheets): the published source, the planted mistake, the amounts that must keep
   * their figure through fill, and what must be reported without the plan. See corpusFormat.ts. */
  readonly source?: string;
  readonly seeded?: FindingRule & { readonly mistake: string };
  readonly amounts?: { readonly column: string; readonly wrong: readonly string[] };
  readonly withoutPlan?: { readonly expect: readonly FindingRule[] };
}

/** A folder of workbooks with its expected.json. */
export interface SheetCorpus {
  readonly name: string;
  readonly dir: string;
  readonly entries: readonly SheetExpectation[];
}

/** Reads `<dir>/expected.json`, every entry checked by the format's schema (throws naming entry and field). */
export function loadCorpus(name: string, dir: string): SheetCorpus {
  const entries = readExpectations(dir);
  if (entries.length === 0) throw new Error(`${dir}/expected.json: no entries`);
  return { name, dir, entries };
}

/** Reads one sheet of a corpus workbook into a core Grid (the CLI's reader). */
export async function corpusGrid(dir: string, file: string, sheet?: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(`${file}: no sheet ${sheet ?? "(first)"}`);
  return worksheetToGrid(ws);
}
