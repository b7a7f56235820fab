/** An Excel error value as read from a cell, e.g. { error: "#REF!" }. */
export interface CellError {
  readonly error: string;
}

/** What a cell holds: for a formula cell, its cached (last computed) value. */
export type CellValue = string | number | boolean | null | CellError;

/** One cell, no richer than what Office.js ranges and ExcelJS give. */
export interface Cell {
  readonly value: CellValue;
  /** The formula without its leading "=", e.g. "D15*E15*F15". */
  readonly formula?: string;
  /** Excel number format code, e.g. "#,##0". */
  readonly numberFormat?: string;
  /** Font name; decides legacy text encodings (".VnTime", "VNI-Times"). */
  readonly font?: string;
  /** True when the cell's row or column is hidden. */
  readonly hidden?: boolean;
}

/** A merged area, 0-based and inclusive, in grid coordinates. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A sheet as plain data: rows of cells; a missing cell is empty. */
export interface Grid {
  readonly sheet: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | null | undefined> | null | undefined>;
  readonly merges?: readonly MergedRange[];
  /** Sheet position of rows[0][0] (0-based); absent means A1. Office used ranges need not start at A1. */
  readonly origin?: { readonly row: number; readonly col: number };
}

/** A change fill or render proposes for one cell. */
export interface CellEdit {
  readonly sheet: string;
  /** A1 address on the sheet. */
  readonly address: string;
  /** A formula with its leading "=", or absent for a plain value. */
  readonly formula?: string;
  /** The value to write; with a formula, its computed result (the cached value readers show), when known. */
  readonly value?: string | number | null;
  readonly numberFormat?: string;
  /** A font name to set on the cell, e.g. a Unicode font for Unicode text written into a TCVN3/VNI cell. */
  readonly font?: string;
  /** The finding id this edit answers (see findingId), if any. */
  readonly answers?: string;
}

/** True when the value is an Excel error value. */
export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The cell at grid row r, column c, or undefined. */
export function cellAt(grid: Grid, r: number, c: number): Cell | undefined {
  return grid.rows[r]?.[c] ?? undefined;
}
