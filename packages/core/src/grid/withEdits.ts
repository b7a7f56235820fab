import { fromA1 } from "./a1.js";
import type { Cell, CellEdit, Grid } from "./grid.js";

/**
 * The grid as it reads once the edits are written: each edit of this sheet sets its cell's value (a
 * formula's computed result, as fill gives it), formula, number format and font; edits of other sheets
 * and addresses outside the grid's origin are left out. For showing what a sheet holds after fill
 * without reading it again; the grid given is not changed.
 */
export function withEdits(grid: Grid, edits: readonly CellEdit[]): Grid {
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  const mine = edits.filter((e) => e.sheet === grid.sheet);
  if (mine.length === 0) return grid;
  const rows: (Cell | null | undefined)[][] = Array.from(grid.rows, (row) => (row ? [...row] : []));
  for (const edit of mine) {
    const at = fromA1(edit.address);
    if (!at || at.row < top || at.col < left) continue;
    const row = (rows[at.row - top] ??= []);
    const before = row[at.col - left] ?? undefined;
    const { formula: _formula, value: _value, ...kept } = before ?? { value: null };
    const changesContent = edit.formula !== undefined || edit.value !== undefined;
    row[at.col - left] = {
      ...kept,
      value: changesContent ? (edit.value ?? null) : (before?.value ?? null),
      ...(edit.formula !== undefined
        ? { formula: edit.formula.replace(/^=/, "") }
        : !changesContent && before?.formula !== undefined
          ? { formula: before.formula }
          : {}),
      ...(edit.numberFormat !== undefined ? { numberFormat: edit.numberFormat } : {}),
      ...(edit.font !== undefined ? { font: edit.font } : {}),
    };
  }
  return { ...grid, rows };
}
