// The .xlsx adapter (ExcelJS ⇄ core Grid), shared by the CLI and the cross-package tests.
export { worksheetToGrid } from "./worksheetToGrid.js";
