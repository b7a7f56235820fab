// Applies core's cell edits to a Grid and recalculates it with the tests' own evaluator (./formulaEval.ts),
// never with core's: the oracle the fill and render tests compare core's output against.
import type { Cell, CellEdit, Grid } from "@hgcs/core";
import { parseAddress, SheetEvaluator, toAddress } from "./formulaEval.js";

/**
 * Applies edits to a grid as a spreadsheet would (tests only), then recalculates it: every formula cell of
 * the grid — edited or not — gets the value its formula computes, as after a full recalculation. Throws
 * (a FormulaError naming the formula and cell) on any formula that cannot be computed or that computes an
 * Excel error value, and on an edit for another sheet or a cell before the grid's origin.
 *
 * An edit is applied as the CLI writes it into a workbook: a formula replaces the content (its value is
 * recomputed); else a value replaces it (null clears it); an edit with neither keeps the content. Its
 * number format and font, when given, replace the cell's; the cell's other properties (hidden) are kept.
 */
export function applyEditsAndRecalculate(grid: Grid, edits: readonly CellEdit[]): Grid {
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  const rows: (Cell | undefined)[][] = Array.from(grid.rows, (row) => Array.from(row ?? [], (c) => c ?? undefined));
  for (const edit of edits) {
    if (edit.sheet !== grid.sheet)
      throw new Error(`edit of ${edit.sheet}!${edit.address} applied to the grid of sheet ${grid.sheet}`);
    const at = parseAddress(edit.address);
    if (!at) throw new Error(`edit of ${edit.sheet}!${edit.address}: not a cell address`);
    const r = at.row - top;
    const c = at.col - left;
    if (r < 0 || c < 0) throw new Error(`edit of ${edit.sheet}!${edit.address}: before the grid's origin`);
    const row = (rows[r] ??= []);
    const { formula: _formula, value: _value, ...kept } = row[c] ?? { value: null };
    const content: Pick<Cell, "value" | "formula"> =
      edit.formula !== undefined
        ? { value: null, formula: edit.formula.replace(/^=/, "") }
        : edit.value !== undefined
          ? { value: edit.value }
          : { value: row[c]?.value ?? null, ...(row[c]?.formula !== undefined ? { formula: row[c]?.formula } : {}) };
    row[c] = {
      ...kept,
      ...content,
      ...(edit.numberFormat !== undefined ? { numberFormat: edit.numberFormat } : {}),
      ...(edit.font !== undefined ? { font: edit.font } : {}),
    };
  }

  const evaluator = new SheetEvaluator((row, col) => rows[row - top]?.[col - left], { sheet: grid.sheet });
  const recalculated = Array.from(rows, (row = [], r) =>
    Array.from(row, (cell, c) => {
      if (cell?.formula === undefined) return cell;
      const value = evaluator.value(r + top, c + left);
      if (typeof value === "object" && value !== null)
        throw new Error(`internal: ${toAddress(r + top, c + left)} computed ${value.error}`);
      return { ...cell, value };
    }),
  );
  return { ...grid, rows: recalculated };
}
