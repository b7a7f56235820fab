/**
 * How a rendered sheet should look, as plain data the adapters apply (ExcelJS in the CLI, Office.js
 * in the add-in). Ranges are A1 strings on the sheet; later style entries override earlier ones.
 */

import type { Grid } from "../grid/grid.js";

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

/** Font and alignment of a range; absent properties keep the sheet's defaults. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly horizontal?: HorizontalAlign;
  readonly vertical?: VerticalAlign;
  readonly wrap?: boolean;
  /** Background colour, six hex digits ("FFF2CC"): a row that needs a look. */
  readonly fill?: string;
}

export interface StyledRange {
  /** "A1" or "A1:H1". */
  readonly range: string;
  readonly style: CellStyle;
}

export interface ColumnLayout {
  /** Column letter on the sheet, e.g. "B". */
  readonly column: string;
  /** Width in Excel character units (ExcelJS `column.width`; Office.js `format.columnWidth` takes points ≈ 7.2 × this). */
  readonly width: number;
}

export interface RowHeight {
  /** 1-based sheet row. */
  readonly row: number;
  /** Height in points. */
  readonly height: number;
}

/** Page setup for printing on A4. */
export interface PrintSetup {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Fit all columns on one page width; pages run as long as needed. */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  /** Rows repeated on every printed page (the table header), 1-based inclusive. */
  readonly printTitleRows: { readonly first: number; readonly last: number };
  /** Margins in inches (ExcelJS and Office.js page layout both take inches/points from this). */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly horizontalCentered: boolean;
}

/** Where the parts of the estimate table are. */
export interface RenderedTableRanges {
  /** Header and column-number rows. */
  readonly header: string;
  /** Sections and lines. */
  readonly body: string;
  /** The TỔNG CỘNG row ("" for a list drawn without one, such as a schedule). */
  readonly total: string;
  /** The whole bordered table, header to total (or to the last body row). */
  readonly table: string;
  /** The "Bằng chữ" cell (top-left of its merge). */
  readonly words: string;
  /** The total's amount cell ("" without a total row). */
  readonly totalCell: string;
}

export interface SheetLayout {
  readonly sheet: string;
  /** Default font of every cell. */
  readonly font: { readonly name: string; readonly size: number };
  readonly columns: readonly ColumnLayout[];
  /** Only the rows that need a height (wrapped text in merged cells, which spreadsheets do not auto-fit). */
  readonly rowHeights: readonly RowHeight[];
  readonly styles: readonly StyledRange[];
  /** Ranges to draw with thin borders on every cell edge. */
  readonly borders: readonly string[];
  /** Merged ranges in A1 form (the same as the grid's merges). */
  readonly merges: readonly string[];
  readonly print: PrintSetup;
  readonly table: RenderedTableRanges;
}

/**
 * A sheet core drew — renderEstimate, renderListSheet, renderDistribution, renderSchedule and each list of
 * conferenceLists: the cells (values and live formulas with their computed results) and how they should look.
 */
export interface RenderedSheet {
  readonly grid: Grid;
  readonly layout: SheetLayout;
}
