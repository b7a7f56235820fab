import type { Cell, CellValue, Grid, MergedRange } from "../../grid/grid.js";

/** A cell as tests write it: a plain value, or a full Cell. */
export type CellSpec = string | number | boolean | null | undefined | Cell;

/** A formula cell with its cached value (what Excel saved), as tests write it: f("D14*F14", 36000000). */
export function f(formula: string, value: CellValue = null): Cell {
  return { value, formula: formula.replace(/^=/, "") };
}

/** Builds a grid from rows of cell specs; `hiddenRows` (0-based grid rows) mark every cell hidden. */
export function buildGrid(
  rows: readonly (readonly CellSpec[] | undefined)[],
  options: {
    sheet?: string;
    origin?: { row: number; col: number };
    merges?: MergedRange[];
    hiddenRows?: number[];
  } = {},
): Grid {
  const hidden = new Set(options.hiddenRows ?? []);
  const out = Array.from(rows, (row, r) =>
    Array.from(row ?? [], (spec): Cell | undefined => {
      const cell = toCell(spec);
      return cell && hidden.has(r) ? { ...cell, hidden: true } : cell;
    }),
  );
  return {
    sheet: options.sheet ?? "Dự toán",
    rows: out,
    ...(options.merges ? { merges: options.merges } : {}),
    ...(options.origin ? { origin: options.origin } : {}),
  };
}

function toCell(spec: CellSpec): Cell | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === "object") return spec;
  return { value: spec };
}
