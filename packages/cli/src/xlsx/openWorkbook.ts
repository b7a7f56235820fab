import type { Grid } from "@hgcs/core";
import type ExcelJS from "exceljs";
import { readWorkbookFile } from "../input/readWorkbookFile.js";
import { unkeptParts, zipEntries, type UnkeptPart } from "../input/zipEntries.js";
import { fail, ok, type Result } from "../problems.js";
import { loadWorkbook, pickWorksheets } from "./loadWorkbook.js";
import { worksheetToGrid } from "./worksheetToGrid.js";

/** A loaded workbook and the grids of the sheets to work on (empty sheets left out). */
export interface OpenedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly grids: readonly Grid[];
  /** Every sheet looked at, in workbook order, empty or not. */
  readonly sheetNames: readonly string[];
  /** Parts of the package (charts, pivot tables, macros…) that writing it back with ExcelJS would drop. */
  readonly unkept: readonly UnkeptPart[];
}

/**
 * Reads an .xlsx file into grids: file guards, ExcelJS, then one grid per sheet (or the named sheet).
 * A named (or only) sheet that is empty is a problem; among several sheets, empty ones are skipped.
 */
export async function openWorkbook(file: string, maxBytes: number, sheet?: string): Promise<Result<OpenedWorkbook>> {
  const bytes = await readWorkbookFile(file, maxBytes);
  if (!bytes.ok) return bytes;
  const workbook = await loadWorkbook(file, bytes.value);
  if (!workbook.ok) return workbook;
  const sheets = pickWorksheets(workbook.value, file, sheet);
  if (!sheets.ok) return sheets;
  const grids = sheets.value.map(worksheetToGrid).filter((g) => g.rows.length > 0);
  const first = sheets.value[0];
  // A named sheet, or the only sheet, with no rows at all: say so rather than "no table".
  if (grids.length === 0 && first && (sheet !== undefined || sheets.value.length === 1)) {
    return fail({ kind: "sheet.empty", file, sheet: first.name });
  }
  const unkept = unkeptParts(zipEntries(bytes.value));
  return ok({ workbook: workbook.value, grids, sheetNames: sheets.value.map((s) => s.name), unkept });
}
