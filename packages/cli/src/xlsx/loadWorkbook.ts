import type ExcelJS from "exceljs";
import { excel } from "./excel.js";
import { findSheetNamed } from "../ooxml/sheetName.js";
import { firstLine } from "../errorText.js";
import { fail, ok, type Result } from "../problems.js";

/**
 * Parses .xlsx bytes with ExcelJS. A damaged package becomes a `file.corrupt` problem carrying the
 * first line of ExcelJS's complaint (never a stack trace); a package without worksheets, `workbook.no_sheets`.
 */
export async function loadWorkbook(file: string, bytes: Buffer): Promise<Result<ExcelJS.Workbook>> {
  const wb = new (await excel()).Workbook();
  try {
    // ExcelJS's typings want its own Buffer flavour; a Node Buffer is what it reads.
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    return fail({ kind: "file.corrupt", file, detail: firstLine(e) });
  }
  if (wb.worksheets.length === 0) return fail({ kind: "workbook.no_sheets", file });
  return ok(wb);
}

/** The worksheets to look at: the named one, or all of them in workbook order. */
export function pickWorksheets(wb: ExcelJS.Workbook, file: string, sheet?: string): Result<ExcelJS.Worksheet[]> {
  if (sheet === undefined) return ok(wb.worksheets.slice());
  const ws = findSheetNamed(wb.worksheets, sheet, (w) => w.name);
  return ws ? ok([ws]) : fail({ kind: "sheet.missing", file, sheet, available: wb.worksheets.map((w) => w.name) });
}
