// The .xlsx adapter (ExcelJS ⇄ core Grid), shared by the CLI and the cross-package tests.
export { worksheetToGrid } from "./worksheetToGrid.js";
export { applyEdits } from "./applyEdits.js";
export { loadWorkbook, pickWorksheets } from "./loadWorkbook.js";
export type { OpenedWorkbook } from "./openWorkbook.js";
export { openWorkbook } from "./openWorkbook.js";
export { FILL_MAX_CELLS, FILL_MAX_MERGED_CELLS, loadForWriting } from "./loadForWriting.js";
export { DEFAULT_MAX_CELLS, maxCellsFrom, readSparseWorkbook } from "../ooxml/readWorkbook.js";
export type { SparseSheet, SparseWorkbook } from "../ooxml/readWorkbook.js";
export { writeRendered } from "./writeRendered.js";
