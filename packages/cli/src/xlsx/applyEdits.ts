import type { CellEdit } from "@hgcs/core";
import type ExcelJS from "exceljs";

/**
 * Writes core's cell edits into a loaded workbook, touching only the edited cells' values and number
 * formats: every other sheet, cell, style, width and merge stays as loaded. Formulas are written without
 * a cached result unless the edit carries the value core computed, and the workbook is flagged for a
 * full recalculation on open, so Excel and LibreOffice compute the figures themselves.
 */
export function applyEdits(wb: ExcelJS.Workbook, edits: readonly CellEdit[]): void {
  for (const edit of edits) {
    const ws = wb.getWorksheet(edit.sheet);
    if (!ws) throw new Error(`edit for a sheet that is not in the workbook: ${edit.sheet}`);
    const cell = ws.getCell(edit.address);
    if (edit.formula !== undefined) {
      const formula = edit.formula.replace(/^=/, "");
      cell.value = typeof edit.value === "number" ? { formula, result: edit.value } : { formula };
    } else if (edit.value !== undefined) {
      cell.value = edit.value;
    }
    // ExcelJS shares one style object among the cells of a style id: give this cell its own copy, or
    // setting numFmt would reformat every cell that shares it.
    if (edit.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: edit.numberFormat };
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}
