// Turns core's CellEdits into concrete cell contents, and remembers what each changed cell held before
// (from the same read) so "Hoàn tác" can put it back on any Excel, with or without API undo.
import { type Cell, type CellEdit, type Grid } from "@hgcs/core";
import { cellAt, fromA1, isCellError } from "@hgcs/core/sheet";

/** What a cell is set to: a formula (leading "=") or a constant, plus its number format (and font name, if set). */
export interface CellWrite {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly content: string | number | boolean | null;
  readonly numberFormat: string;
  readonly font?: string;
}

/** The writes that apply the edits, and the writes that undo them. */
export interface PlannedWrites {
  readonly writes: CellWrite[];
  readonly undo: CellWrite[];
}

/** Plans the edits against the grid they were computed from (cells outside it were empty). */
export function planCellWrites(edits: readonly CellEdit[], before: Grid): PlannedWrites {
  const writes: CellWrite[] = [];
  const undo: CellWrite[] = [];
  const top = before.origin?.row ?? 0;
  const left = before.origin?.col ?? 0;
  for (const edit of edits) {
    const p = fromA1(edit.address);
    if (!p) continue;
    const old = edit.sheet === before.sheet ? cellAt(before, p.row - top, p.col - left) : undefined;
    const oldContent = cellContent(old);
    const content = edit.formula ?? (edit.value !== undefined ? edit.value : oldContent);
    // Rectangles write formats for every cell they cover, so a cell keeps its own unless the edit sets one.
    const numberFormat = edit.numberFormat ?? old?.numberFormat ?? "General";
    // Only an edit that sets a font touches it, so only then does the undo put the old one back.
    const oldFont = edit.font !== undefined && old?.font ? { font: old.font } : {};
    writes.push({
      sheet: edit.sheet,
      row: p.row,
      col: p.col,
      content,
      numberFormat,
      ...(edit.font !== undefined ? { font: edit.font } : {}),
    });
    undo.push({
      sheet: edit.sheet,
      row: p.row,
      col: p.col,
      content: oldContent,
      numberFormat: old?.numberFormat ?? "General",
      ...oldFont,
    });
  }
  return { writes: keepLast(writes), undo: keepFirst(undo) };
}

// Two edits of one cell: the later one is what the cell ends with; the undo keeps the original.
function keepLast(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) {
    const key = `${w.sheet}!${w.row}:${w.col}`;
    byCell.set(key, w);
  }
  return [...byCell.values()];
}

function keepFirst(writes: CellWrite[]): CellWrite[] {
  const byCell = new Map<string, CellWrite>();
  for (const w of writes) {
    const key = `${w.sheet}!${w.row}:${w.col}`;
    if (!byCell.has(key)) byCell.set(key, w);
  }
  return [...byCell.values()];
}

/** What to write to recreate a cell: its formula ("=…"), else its constant (an error value as its literal). */
export function cellContent(cell: Cell | null | undefined): CellWrite["content"] {
  if (!cell) return null;
  if (cell.formula) return `=${cell.formula}`;
  return isCellError(cell.value) ? cell.value.error : cell.value;
}
