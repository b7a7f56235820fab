// The .xlsx adapter (ExcelJS ⇄ core Grid), shared by the CLI and the cross-package tests.
export { worksheetToGrid } from "./worksheetToGrid.js";
export { applyEdits } from "./applyEdits.js";
export { loadWorkbook, pickWorksheets } from "./loadWorkbook.js";
export type { OpenedWorkbook } from "./openWorkbook.js";
export { openWorkbook } from "./openWorkbook.js";
export { writeRendered } from "./writeRendered.js";
