// Loads a shared fixture workbook (.xlsx, via the CLI's ExcelJS adapter) into the Excel fake.
import { fixtureGrid } from "../../../../tests/testing/fixtures.js";
import { FakeWorkbook, type FakeWorkbookData } from "./fake/fakeWorkbook.js";
import { sheetFromGrid } from "./fake/fromGrid.js";

/** The fixture's sheet as fake workbook data (plain JSON, also what the browser stub receives). */
export async function fixtureWorkbookData(file: string, sheet?: string): Promise<FakeWorkbookData> {
  return { sheets: [sheetFromGrid(await fixtureGrid(file, sheet))] };
}

/** A fresh fake workbook holding the fixture's sheet. */
export async function fixtureWorkbook(file: string, sheet?: string): Promise<FakeWorkbook> {
  return FakeWorkbook.from(await fixtureWorkbookData(file, sheet));
}
