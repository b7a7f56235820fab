// @hgcs/core/sheet — the sheet engine over a plain Grid: cells and A1 addresses, find / read / check / fill an
// estimate table, draw a new estimate sheet, and tell which kind of sheet is open.

// grid
export type { Cell, CellEdit, CellError, CellValue, Grid, MergedRange } from "../grid/grid.js";
export { cellAt, isCellError } from "../grid/grid.js";
export { withEdits } from "../grid/withEdits.js";
export { columnIndex, columnLetters, fromA1, toA1 } from "../grid/a1.js";

// the estimate table
export type { EstimateTable, TableColumns, WordsPlace } from "./table.js";
export type { ColumnRole } from "./locate/vocabulary.js";
export { locateEstimateTable } from "./locate/locate.js";
export { readEstimateTable } from "./read/read.js";
export type { EstimatePlacement, GroupPlacement, LinePlacement, SectionPlacement } from "./placement.js";
export { estimateLocator, linePlacement, placementCell } from "./placement.js";
export type { SheetCheck, SheetCheckOptions } from "./check.js";
export { checkSheet } from "./check.js";
export { summarizeSheet } from "./summarizeSheet.js";
export type { FillOptions, SheetFill } from "./fill/fill.js";
export { fillSheet } from "./fill/fill.js";

// drawing
export type { RenderedEstimate, RenderOptions } from "./render/renderEstimate.js";
export { renderEstimate } from "./render/renderEstimate.js";
export type { SignatureNames } from "./render/signatureBlock.js";
export type {
  CellStyle,
  ColumnLayout,
  HorizontalAlign,
  PrintSetup,
  RenderedSheet,
  RenderedTableRanges,
  RowHeight,
  SheetLayout,
  StyledRange,
  VerticalAlign,
} from "../table/sheetLayout.js";

// which office a sheet belongs to (its title block)
export type { UnitName } from "../table/unitName.js";
export { readUnitName } from "../table/unitName.js";

// sheet kinds (which sheet is open)
export type { SheetKind, SheetKindResult } from "../sheetKind/sheetKind.js";
export { detectSheetKind } from "../sheetKind/sheetKind.js";
export { findEstimate } from "../sheetKind/findEstimate.js";
