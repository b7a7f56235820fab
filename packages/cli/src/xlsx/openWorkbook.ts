import type { Grid } from "@hgcs/core";
import { readWorkbookFile } from "../input/readWorkbookFile.js";
import { unkeptParts, type UnkeptPart } from "../input/zipEntries.js";
import { readSparseWorkbook, type SparseSheet } from "../ooxml/readWorkbook.js";
import { fail, ok, type Result } from "../problems.js";

/** A workbook read into grids: the sheets to work on (empty sheets left out), and what writing it back needs. */
export interface OpenedWorkbook {
  readonly file: string;
  readonly bytes: Buffer;
  readonly grids: readonly Grid[];
  /** Every worksheet of the workbook looked at, in workbook order, empty or not. */
  readonly sheetNames: readonly string[];
  /** The names of the sheets the workbook hides (hidden or very hidden): checked, and said to be hidden. */
  readonly hiddenSheets: ReadonlySet<string>;
  /** Every sheet read, with its size (fill judges from them whether ExcelJS can write the workbook back). */
  readonly sheets: readonly SparseSheet[];
  /** Parts of the package (charts, pivot tables, macros…) that writing it back with ExcelJS would drop. */
  readonly unkept: readonly UnkeptPart[];
  /** The document's keywords, which mark the reports hgcs writes (see generatedMarker). */
  readonly keywords?: string;
}

/**
 * Reads an .xlsx file into grids: file guards, then the sparse reader (never ExcelJS: its memory grows
 * with declared areas). A named (or only) sheet that is empty is a problem; among several, empty ones are
 * skipped. `forWriting` reads every sheet, so fill can tell whether the whole workbook can be written back.
 */
export async function openWorkbook(
  file: string,
  limits: { readonly maxBytes: number; readonly maxCells: number },
  sheet?: string,
  options: { forWriting?: boolean } = {},
): Promise<Result<OpenedWorkbook>> {
  const bytes = await readWorkbookFile(file, limits.maxBytes);
  if (!bytes.ok) return bytes;
  const read = await readSparseWorkbook(file, bytes.value, {
    ...(sheet === undefined ? {} : { sheet }),
    maxCells: limits.maxCells,
    readAll: options.forWriting === true,
  });
  if (!read.ok) return read;
  const picked = read.value.picked;
  const grids = picked.map((s) => s.grid).filter((g) => g.rows.length > 0);
  const first = picked[0];
  // A named sheet, or the only sheet, with no rows at all: say so rather than "no table".
  if (grids.length === 0 && first && (sheet !== undefined || picked.length === 1)) {
    return fail({ kind: "sheet.empty", file, sheet: first.name });
  }
  return ok({
    file,
    bytes: bytes.value,
    grids,
    sheetNames: picked.map((s) => s.name),
    hiddenSheets: new Set(picked.filter((s) => s.hidden).map((s) => s.name)),
    sheets: read.value.sheets,
    unkept: unkeptParts(read.value.parts),
    ...(read.value.keywords === undefined ? {} : { keywords: read.value.keywords }),
  });
}
