import type { FactorKind } from "../budget/estimate.js";
import type { LineEntry } from "../budget/lineProduct.js";
import type { EstimateFigure, EstimateLocator } from "../budget/locate.js";
import { columnLetters, toA1 } from "../grid/a1.js";
import type { Scale } from "../money/scale.js";
import type { TableColumns } from "./table.js";

/** Where a line sits: its grid row; its cells are the table's columns on that row. */
export interface LinePlacement {
  /** 0-based grid row. */
  readonly row: number;
  /** Its sub-items', in the order of the line's `children`. */
  readonly children: readonly LinePlacement[];
}

/** Where a section sits: its heading row, the row of its subtotal, and its items'. */
export interface SectionPlacement {
  /** 0-based grid row of the heading; absent for the lines of a table without sections. */
  readonly row?: number;
  /** The row whose amount cell holds the subtotal (the heading's, or a "Cộng" footer's); absent without one. */
  readonly amountRow?: number;
  /** Its items', in the order of the section's `lines`. */
  readonly lines: readonly LinePlacement[];
}

/** Where a letter group (A over I, II) sits: its heading row, whose amount cell adds its sections. */
export interface GroupPlacement {
  /** 0-based grid row of the heading. */
  readonly row: number;
}

/**
 * Where an estimate sits on a sheet: the sheet layer beside the budget `Estimate`, mirroring its tree
 * (section i, line j, sub-item k of the estimate is `sections[i].lines[j].children[k]` here; group g is
 * `groups[g]`). Rows and columns
 * are 0-based grid indices; A1 addresses add `origin` (`placementCell`, `estimateLocator`).
 */
export interface EstimatePlacement {
  readonly sheet: string;
  /** Where the grid's first cell sits on the sheet (0-based sheet row and column). */
  readonly origin: { readonly row: number; readonly col: number };
  /** The table's columns by role. */
  readonly columns: TableColumns;
  /** Money unit of the table; every money cell is multiplied by it to get đồng. */
  readonly scale: Scale;
  readonly groups: readonly GroupPlacement[];
  readonly sections: readonly SectionPlacement[];
  /** Where each adjustment sits (its row, whose amount cell holds it), in the order of the estimate's. */
  readonly adjustments?: readonly { readonly row: number }[];
  /** 0-based grid row of the total (TỔNG CỘNG), when the table has one. */
  readonly totalRow?: number;
  /** The "Bằng chữ" cell, when there is one. */
  readonly words?: { readonly row: number; readonly col: number };
}

/** The A1 address on the sheet of a grid cell of the placement. */
export function placementCell(placement: EstimatePlacement, row: number, col: number): string {
  return toA1(row + placement.origin.row, col + placement.origin.col);
}

/** Where a line of the estimate (as `allLines` lists it) sits; undefined when the placement has no such line. */
export function linePlacement(placement: EstimatePlacement, entry: LineEntry): LinePlacement | undefined {
  const siblings = entry.parent
    ? linePlacement(placement, entry.parent)?.children
    : placement.sections[entry.sectionIndex]?.lines;
  return siblings?.[entry.index];
}

/** The column of a line's rate, amount or factor (the last of a kind when a table repeats it). */
function figureColumn(columns: TableColumns, field: "rate" | "amount" | FactorKind): number | undefined {
  if (field === "rate") return columns.rate;
  if (field === "amount") return columns.amount;
  let col: number | undefined;
  for (const f of columns.factors) if (f.kind === field) col = f.col;
  return col;
}

/** The budget checks' view of a placement: the sheet, the scale, and each figure's cell. */
export function estimateLocator(placement: EstimatePlacement): EstimateLocator {
  // Column letters are worked out once: a big sheet may have a finding on every line.
  const letters = new Map<number, string>();
  const address = (row: number | undefined, col: number | undefined): string | undefined => {
    if (row === undefined || col === undefined) return undefined;
    const sheetCol = col + placement.origin.col;
    const sheetRow = row + placement.origin.row;
    if (sheetCol < 0 || sheetRow < 0) return toA1(sheetRow, sheetCol);
    let known = letters.get(sheetCol);
    if (known === undefined) {
      known = columnLetters(sheetCol);
      letters.set(sheetCol, known);
    }
    return `${known}${sheetRow + 1}`;
  };
  const amount = placement.columns.amount;
  const cell = (figure: EstimateFigure): string | undefined => {
    if ("total" in figure) return address(placement.totalRow, amount);
    if ("section" in figure) return address(placement.sections[figure.section]?.amountRow, amount);
    if ("group" in figure) return address(placement.groups[figure.group]?.row, amount);
    return address(linePlacement(placement, figure.line)?.row, figureColumn(placement.columns, figure.field));
  };
  return { sheet: placement.sheet, scale: placement.scale, cell };
}
