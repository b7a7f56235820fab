// Core Grid (as read from an .xlsx by the CLI's ExcelJS adapter) → the fake's plain sheet data.
import { type Grid } from "@hgcs/core";
import { isCellError, toA1 } from "@hgcs/core/sheet";
import { rectAddress, type FakeCell, type FakeSheetData } from "./fakeWorkbook.js";

/** A fake sheet holding exactly the grid's cells, merges and hidden rows. */
export function sheetFromGrid(grid: Grid): FakeSheetData {
  const cells: Record<string, FakeCell> = {};
  const hiddenRows = new Set<number>();
  const top = grid.origin?.row ?? 0;
  const left = grid.origin?.col ?? 0;
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const value = isCellError(cell.value) ? cell.value.error : cell.value;
      cells[toA1(top + r, left + c)] = {
        value,
        ...(cell.formula ? { formula: `=${cell.formula}` } : {}),
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
        ...(cell.font ? { font: cell.font } : {}),
      };
      if (cell.hidden) hiddenRows.add(top + r);
    }),
  );
  return {
    name: grid.sheet,
    cells,
    merges: (grid.merges ?? []).map((m) =>
      rectAddress({ top: top + m.top, left: left + m.left, bottom: top + m.bottom, right: left + m.right }),
    ),
    hiddenRows: [...hiddenRows],
  };
}
