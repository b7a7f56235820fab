import type { Grid, MergedRange } from "@hgcs/core";
import { toA1 } from "@hgcs/core/sheet";
import { fail, ok, type Result } from "../problems.js";
import { SheetLimitError, SheetReader, type SheetCells } from "./sheetReader.js";
import { findSheetNamed } from "./sheetName.js";
import {
  SharedStringsReader,
  parseRelationships,
  parseStyles,
  parseWorkbook,
  type SheetEntry,
} from "./workbookParts.js";
import { packageKeywords } from "./workbookKeywords.js";
import { ZipError, entryBytes, entryText, zipDirectory, type ZipEntry } from "./zip.js";

/**
 * The most cells read from one sheet: a sheet of 1.048.576 rows × 2 columns fits, and a check of any sheet
 * within it stays under 1 GB (pnpm bench measures both).
 */
export const DEFAULT_MAX_CELLS = 2_200_000;

/** The cell limit: HGCS_MAX_CELLS when set to a positive integer, else DEFAULT_MAX_CELLS. */
export function maxCellsFrom(env: Readonly<Record<string, string | undefined>>): number {
  const n = Number(env.HGCS_MAX_CELLS);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_CELLS;
}
// Inflated size limits: a sheet part of 4 M cells is a few hundred MB of XML; anything bigger is a bomb.
const maxSheetBytes = 1024 * 1024 * 1024;
const maxPartBytes = 256 * 1024 * 1024;

/** One sheet of a workbook read sparsely: its grid (when read), visibility, and what writing it back costs. */
export interface SparseSheet {
  readonly name: string;
  readonly hidden: boolean;
  readonly grid: Grid;
  readonly cells: number;
  /** The largest merged area, in cells (ExcelJS materialises every cell of a merged area). */
  readonly largestMerge?: { readonly range: string; readonly cells: number };
}

export interface SparseWorkbook {
  /** Every worksheet in workbook order (chartsheets left out). */
  readonly sheetNames: readonly string[];
  /** The sheets read: the one asked for, or all (all with `readAll`). */
  readonly sheets: readonly SparseSheet[];
  /** The sheets asked for: the named one, or all. */
  readonly picked: readonly SparseSheet[];
  /** The names of the package's parts (what writing it back would drop is judged from them). */
  readonly parts: readonly string[];
  /** The document's keywords (docProps/core.xml), which mark the reports hgcs writes; undefined when none. */
  readonly keywords?: string;
}

/**
 * Reads an .xlsx package into sparse grids without ExcelJS: the zip's central directory, the workbook,
 * shared strings and styles, then each worksheet part streamed through a small XML scanner (see
 * SheetReader). Work and memory follow the cells stored; declared sizes (a row 4.294.967.294, a merge of
 * 16 million cells, a shared formula over a whole sheet) cost nothing. `sheet` picks one sheet by name
 * (Excel's case-insensitive match); a missing one is `sheet.missing`. `readAll` reads every sheet even then.
 */
export async function readSparseWorkbook(
  file: string,
  bytes: Buffer,
  options: { sheet?: string; maxCells?: number; readAll?: boolean } = {},
): Promise<Result<SparseWorkbook>> {
  try {
    const zip = zipDirectory(bytes);
    const part = (name: string) => zip.get(name);
    const text = (entry: ZipEntry | undefined) =>
      entry ? entryBytes(bytes, entry, maxPartBytes).toString("utf8") : undefined;
    const workbookXml = text(part("xl/workbook.xml"));
    if (workbookXml === undefined) return fail({ kind: "file.corrupt", file, reason: "no_workbook" });
    const workbook = parseWorkbook(workbookXml);
    const rels = parseRelationships(text(part("xl/_rels/workbook.xml.rels")) ?? "", "xl");
    const entries: SheetEntry[] = workbook.sheets
      .map((s): SheetEntry => ({
        name: s.name,
        state: s.state === "hidden" || s.state === "veryHidden" ? s.state : "visible",
        part: rels.get(s.id),
      }))
      .filter((s) => s.part === undefined || !s.part.startsWith("xl/chartsheets/"));
    if (entries.length === 0) return fail({ kind: "workbook.no_sheets", file });
    const names = entries.map((s) => s.name);
    const named = options.sheet === undefined ? undefined : findSheetNamed(entries, options.sheet, (e) => e.name);
    if (options.sheet !== undefined && !named) {
      return fail({ kind: "sheet.missing", file, sheet: options.sheet, available: names });
    }
    const wanted = named && !options.readAll ? [named] : entries;

    const sharedStrings = new SharedStringsReader();
    const stringsPart = part("xl/sharedStrings.xml");
    if (stringsPart)
      for await (const chunk of entryText(bytes, stringsPart, maxPartBytes)) sharedStrings.scanner.feed(chunk);
    const styles = parseStyles(text(part("xl/styles.xml")) ?? "");
    const context = {
      sharedStrings: sharedStrings.strings,
      styles,
      date1904: workbook.date1904,
      maxCells: options.maxCells ?? DEFAULT_MAX_CELLS,
    };

    const sheets: SparseSheet[] = [];
    for (const entry of wanted) {
      const sheetPart = entry.part === undefined ? undefined : part(entry.part);
      const reader = new SheetReader(context);
      try {
        if (sheetPart) for await (const chunk of entryText(bytes, sheetPart, maxSheetBytes)) reader.scanner.feed(chunk);
      } catch (e) {
        if (!(e instanceof SheetLimitError)) throw e;
        return e.kind === "out_of_range"
          ? fail({ kind: "sheet.out_of_range", file, sheet: entry.name, ...e.at })
          : fail({ kind: "sheet.too_many_cells", file, sheet: entry.name, cells: e.cells, limit: context.maxCells });
      }
      if (sheetPart && !reader.scanner.complete) throw new ZipError("ends_mid_element", sheetPart.name);
      sheets.push(sparseSheet(entry, reader.finish()));
    }
    const picked = named ? sheets.filter((s) => s.name === named.name) : sheets;
    return ok({
      sheetNames: names,
      sheets,
      picked,
      parts: [...zip.keys()],
      ...keywordsOf(packageKeywords(bytes, zip)),
    });
  } catch (e) {
    if (e instanceof ZipError)
      return fail({ kind: "file.corrupt", file, reason: e.reason, ...(e.part === undefined ? {} : { part: e.part }) });
    throw e;
  }
}

function sparseSheet(entry: SheetEntry, read: SheetCells): SparseSheet {
  const { lastRow, lastCol } = read;
  let largest: SparseSheet["largestMerge"];
  const merges: MergedRange[] = [];
  for (const m of read.merges) {
    const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
    if (!largest || cells > largest.cells) largest = { range: rangeName(m), cells };
    // Clipped to the cells that exist: an area past every stored cell says nothing about the sheet.
    if (m.top > lastRow || m.left > lastCol) continue;
    merges.push({ ...m, bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, lastCol) });
  }
  return {
    name: entry.name,
    hidden: entry.state !== "visible",
    grid: { sheet: entry.name, rows: read.rows, merges },
    cells: read.cells,
    ...(largest ? { largestMerge: largest } : {}),
  };
}

function rangeName(m: MergedRange): string {
  return `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`;
}

function keywordsOf(keywords: string | undefined): { keywords?: string } {
  return keywords === undefined ? {} : { keywords };
}
