// Groups single-cell writes into rectangles so a fill is a handful of range writes, not one per cell.
import type { CellWrite } from "./cellWrites.js";

/** One rectangular write: contents and number formats, row by row, and font names where a write sets one. */
export interface RectWrite {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly contents: (string | number | boolean | null)[][];
  readonly formats: string[][];
  /** Present only when some cell sets a font; null where a cell keeps its own. */
  readonly fonts?: (string | null)[][];
}

/**
 * Vertical runs per column, then runs of equal height in adjacent columns merged side by side.
 * A cell a rectangle covers is always one of the writes (never a bystander overwritten).
 */
export function toRectangles(writes: readonly CellWrite[]): RectWrite[] {
  const out: RectWrite[] = [];
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) bySheet.set(w.sheet, [...(bySheet.get(w.sheet) ?? []), w]);
  for (const [sheet, list] of bySheet) {
    const runs = columnRuns(list);
    runs.sort((a, b) => a.top - b.top || a.bottom - b.bottom || a.col - b.col);
    let i = 0;
    while (i < runs.length) {
      const first = runs[i] as Run;
      let j = i + 1;
      while (j < runs.length) {
        const next = runs[j] as Run;
        const prev = runs[j - 1] as Run;
        if (next.top !== first.top || next.bottom !== first.bottom || next.col !== prev.col + 1) break;
        j++;
      }
      out.push(toRect(sheet, runs.slice(i, j)));
      i = j;
    }
  }
  return out;
}

interface Run {
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
  readonly cells: CellWrite[];
}

function columnRuns(list: readonly CellWrite[]): Run[] {
  const sorted = [...list].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: Run[] = [];
  for (const w of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === w.col && last.bottom === w.row - 1) {
      runs[runs.length - 1] = { ...last, bottom: w.row, cells: [...last.cells, w] };
    } else {
      runs.push({ col: w.col, top: w.row, bottom: w.row, cells: [w] });
    }
  }
  return runs;
}

function toRect(sheet: string, runs: readonly Run[]): RectWrite {
  const first = runs[0] as Run;
  const height = first.bottom - first.top + 1;
  const contents = Array.from({ length: height }, (_, r) => runs.map((run) => run.cells[r]?.content ?? null));
  const formats = Array.from({ length: height }, (_, r) => runs.map((run) => run.cells[r]?.numberFormat ?? "General"));
  const fonts = Array.from({ length: height }, (_, r) => runs.map((run) => run.cells[r]?.font ?? null));
  const withFonts = fonts.some((row) => row.some((f) => f !== null));
  return { sheet, top: first.top, left: first.col, contents, formats, ...(withFonts ? { fonts } : {}) };
}

/** Approximate request bytes of a rectangle (what counts against Excel on the web's 5 MB). */
export function payloadBytes(rect: RectWrite): number {
  return (
    JSON.stringify(rect.contents).length +
    JSON.stringify(rect.formats).length +
    JSON.stringify(rect.fonts ?? []).length +
    200
  );
}

/** Splits rectangles into batches under a byte budget (a too-big rectangle in row bands); one batch per sync. */
export function chunkByPayload(rects: readonly RectWrite[], maxBytes: number): RectWrite[][] {
  const batches: RectWrite[][] = [];
  let current: RectWrite[] = [];
  let size = 0;
  for (const rect of rects.flatMap((r) => splitRows(r, maxBytes))) {
    const bytes = payloadBytes(rect);
    if (current.length > 0 && size + bytes > maxBytes) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(rect);
    size += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function splitRows(rect: RectWrite, maxBytes: number): RectWrite[] {
  const rows = rect.contents.length;
  if (rows <= 1 || payloadBytes(rect) <= maxBytes) return [rect];
  const half = Math.ceil(rows / 2);
  const part = (from: number, to: number): RectWrite => ({
    sheet: rect.sheet,
    top: rect.top + from,
    left: rect.left,
    contents: rect.contents.slice(from, to),
    formats: rect.formats.slice(from, to),
    ...(rect.fonts ? { fonts: rect.fonts.slice(from, to) } : {}),
  });
  return [...splitRows(part(0, half), maxBytes), ...splitRows(part(half, rows), maxBytes)];
}
