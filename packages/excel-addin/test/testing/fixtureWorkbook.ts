// Loads one of the project's example office workbooks (examples/office-sheets, read by the CLI's ExcelJS
// adapter) into the Excel fake, and names the cells its expected.json pins, failing when one is missing.
import { fromA1 } from "@hgcs/core/sheet";
import { officeSheetGrid } from "../../../../tests/testing/fixtures.js";
import type { SheetExpectation } from "../../../../tests/testing/sheetCorpus.js";
import { FakeWorkbook, type FakeWorkbookData } from "./fake/fakeWorkbook.js";
import { sheetFromGrid } from "./fake/fromGrid.js";

/** The workbook's sheet (its expected.json sheet unless named) as fake workbook data (plain JSON, also what the browser stub receives). */
export async function officeSheetWorkbookData(file: string, sheet?: string): Promise<FakeWorkbookData> {
  return { sheets: [sheetFromGrid(await officeSheetGrid(file, sheet))] };
}

/** A fresh fake workbook holding the workbook's sheet. */
export async function officeSheetWorkbook(file: string, sheet?: string): Promise<FakeWorkbook> {
  return FakeWorkbook.from(await officeSheetWorkbookData(file, sheet));
}

/** The one cell expected.json pins `code` at for this workbook; throws when there is none, or several. */
export function expectedCell(entry: SheetExpectation, code: string): string {
  const cells = entry.expect.filter((r) => r.code === code).map((r) => r.cell);
  if (cells.length !== 1) throw new Error(`${entry.file}: expected.json pins ${code} at ${cells.length} cells`);
  return cells[0] as string;
}

/** An estimate entry's total and words cells; throws when the entry lacks one. */
export function totalAndWords(entry: SheetExpectation): { totalCell: string; wordsCell: string } {
  const { totalCell, wordsCell } = entry;
  if (!totalCell || !wordsCell) throw new Error(`${entry.file}: expected.json gives no totalCell or wordsCell`);
  return { totalCell, wordsCell };
}

/** What the sheet must read after fill; throws when the entry gives no afterFill. */
export function afterFill(entry: SheetExpectation): { total: number; words: string } {
  if (!entry.afterFill) throw new Error(`${entry.file}: expected.json gives no afterFill`);
  return entry.afterFill;
}

/** A1 address → 0-based { row, col }; throws on a malformed address. */
export function position(address: string): { row: number; col: number } {
  const p = fromA1(address);
  if (!p) throw new Error(`not an A1 address: ${address}`);
  return p;
}

/** Findings as "code@cell", sorted, for exact comparison with an entry's rules. */
export function codesAt(findings: readonly { code: string; at?: { cell?: string } }[]): string[] {
  return findings.map((f) => `${f.code}@${f.at?.cell ?? ""}`).sort();
}

/** An entry's rules as "code@cell", sorted. */
export function rulesAt(rules: readonly { code: string; cell: string }[]): string[] {
  return rules.map((r) => `${r.code}@${r.cell}`).sort();
}
