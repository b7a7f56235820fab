import type ExcelJS from "exceljs";

/**
 * ExcelJS, loaded when a command first writes or loads a workbook with it: loading it takes about half a
 * second, which `hgcs check` (the sparse reader) and the batch's worker threads never pay.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}
