import { fromA1 } from "../../grid/a1.js";
import type { Cell, CellEdit, Grid } from "../../grid/grid.js";
import { sheetValues } from "../sheetValues.js";
import { SheetView } from "../view.js";

/**
 * Applies edits to a grid as a spreadsheet would (tests only): formulas and values written, then every
 * simple formula's cached value recomputed, as after a real recalculation.
 */
export function applyEdits(grid: Grid, edits: readonly CellEdit[]): Grid {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const rows: (Cell | undefined)[][] = Array.from(grid.rows, (row) => Array.from(row ?? [], (c) => c ?? undefined));
  for (const e of edits) {
    const p = fromA1(e.address);
    if (!p) continue;
    const r = p.row - origin.row;
    const c = p.col - origin.col;
    const row = (rows[r] ??= []);
    const before = row[c];
    const formula = e.formula?.replace(/^=/, "");
    row[c] = {
      ...((e.font ?? before?.font) ? { font: e.font ?? before?.font } : {}),
      value: formula !== undefined ? null : (e.value ?? before?.value ?? null),
      ...(formula !== undefined ? { formula } : {}),
      ...((e.numberFormat ?? before?.numberFormat) ? { numberFormat: e.numberFormat ?? before?.numberFormat } : {}),
    } as Cell;
  }
  const applied: Grid = { ...grid, rows: Array.from(rows, (row) => row ?? []) };
  const values = sheetValues(new SheetView(applied));
  const withValues = applied.rows.map((row, r) =>
    Array.from(row ?? [], (cell, c) => {
      if (!cell?.formula) return cell ?? undefined;
      const v = values(r + origin.row, c + origin.col);
      return { ...cell, value: typeof v === "string" ? v : v };
    }),
  );
  return { ...grid, rows: withValues };
}
