import type { CellEdit } from "@hgcs/core";
import { fromA1 } from "@hgcs/core/sheet";
import type ExcelJS from "exceljs";

/**
 * Writes core's cell edits into a loaded workbook, touching only the edited cells' values, number
 * formats and font names: every other sheet, cell, style, width and merge stays as loaded. Formulas are written without
 * a cached result unless the edit carries the value core computed, and the workbook is flagged for a
 * full recalculation on open, so Excel and LibreOffice compute the figures themselves.
 */
export function applyEdits(wb: ExcelJS.Workbook, edits: readonly CellEdit[]): void {
  for (const edit of edits) {
    const ws = wb.getWorksheet(edit.sheet);
    if (!ws) throw new Error(`edit for a sheet that is not in the workbook: ${edit.sheet}`);
    const cell = ws.getCell(edit.address);
    detachSharedClones(ws, cell);
    if (edit.formula !== undefined) {
      const formula = edit.formula.replace(/^=/, "");
      cell.value = typeof edit.value === "number" ? { formula, result: edit.value } : { formula };
    } else if (edit.value !== undefined) {
      cell.value = edit.value;
    }
    // ExcelJS shares one style object among the cells of a style id: give this cell its own copy, or
    // setting numFmt would reformat every cell that shares it.
    if (edit.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: edit.numberFormat };
    if (edit.font !== undefined) cell.style = { ...cell.style, font: renamedFont(cell.style.font, edit.font) };
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

/**
 * A copy of the font under another typeface, size, bold, colour and the rest kept. The charset, family and
 * theme scheme described the old typeface (a scheme would even make Excel draw the theme font instead).
 */
function renamedFont(font: Partial<ExcelJS.Font> | undefined, name: string): Partial<ExcelJS.Font> {
  const { charset: _charset, family: _family, scheme: _scheme, ...kept } = font ?? {};
  return { ...kept, name };
}

/**
 * Before a shared formula's master cell changes, gives each of its clones its own formula: ExcelJS
 * derives clones from the master, so editing the master alone would silently rewrite them all.
 */
function detachSharedClones(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const v = master.value as { shareType?: unknown; ref?: unknown } | null;
  if (!v || typeof v !== "object" || v.shareType !== "shared" || typeof v.ref !== "string") return;
  const [from, to] = v.ref.split(":");
  const a = from ? fromA1(from) : undefined;
  const b = to ? fromA1(to) : undefined;
  if (!a || !b) return;
  // Only the cells that exist can be clones: walk them, never the declared range (it may be a whole sheet).
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber - 1 < a.row || rowNumber - 1 > b.row) return;
    row.eachCell({ includeEmpty: false }, (clone, colNumber) => {
      if (colNumber - 1 < a.col || colNumber - 1 > b.col) return;
      const cv = clone.value as { sharedFormula?: unknown; result?: unknown } | null;
      if (cv && typeof cv === "object" && cv.sharedFormula === master.address) {
        const result = cv.result as ExcelJS.CellFormulaValue["result"];
        clone.value = result === undefined ? { formula: clone.formula } : { formula: clone.formula, result };
      }
    });
  });
}
