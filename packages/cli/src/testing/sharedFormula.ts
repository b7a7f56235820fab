import type ExcelJS from "exceljs";

/**
 * Writes rows `first`..`last` of a column as one shared formula, as Excel stores a filled-down column: the
 * master (its formula, for row `first`) and clones below, each with its cached result.
 */
export function writeSharedFormula(
  ws: ExcelJS.Worksheet,
  column: string,
  rows: { readonly first: number; readonly last: number },
  formula: string,
  result: (row: number) => number,
): void {
  const master = `${column}${rows.first}`;
  ws.getCell(master).value = {
    formula,
    result: result(rows.first),
    shareType: "shared",
    ref: `${master}:${column}${rows.last}`,
  } as ExcelJS.CellFormulaValue;
  for (let r = rows.first + 1; r <= rows.last; r++) {
    ws.getCell(`${column}${r}`).value = { sharedFormula: master, result: result(r) } as ExcelJS.CellSharedFormulaValue;
  }
}
