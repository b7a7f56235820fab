import type ExcelJS from "exceljs";
import { fail, type Problem, type Result } from "../problems.js";
import { loadWorkbook } from "./loadWorkbook.js";
import type { OpenedWorkbook } from "./openWorkbook.js";

/** The most cells fill writes back through ExcelJS (about 2 KB each in memory): larger workbooks are refused. */
export const FILL_MAX_CELLS = 300_000;
/** The largest merged area fill writes back (ExcelJS makes an object of every cell it covers). */
export const FILL_MAX_MERGED_CELLS = 100_000;
// Excel refuses a sheet name longer than this; ExcelJS would cut it (and collide with a sibling).
const maxSheetName = 31;

/** Why ExcelJS cannot write this workbook back (see loadForWriting), before any work is done; undefined if it can. */
export function refuseWriteBack(opened: OpenedWorkbook): Problem | undefined {
  const { file, sheets } = opened;
  let cells = 0;
  for (const s of sheets) {
    if (s.name.length > maxSheetName) return { kind: "fill.bad_sheet_name", file, sheet: s.name };
    if (s.largestMerge && s.largestMerge.cells > FILL_MAX_MERGED_CELLS) {
      return { kind: "fill.huge_merge", file, sheet: s.name, range: s.largestMerge.range };
    }
    cells += s.cells;
  }
  if (cells <= FILL_MAX_CELLS) return undefined;
  const biggest = sheets.reduce((a, b) => (b.cells > a.cells ? b : a));
  return { kind: "fill.too_large", file, sheet: biggest.name, cells, limit: FILL_MAX_CELLS };
}

/**
 * The workbook loaded by ExcelJS, for fill to apply its edits and write it back — only when ExcelJS can
 * hold it: at most FILL_MAX_CELLS cells, no merged area above FILL_MAX_MERGED_CELLS, sheet names Excel
 * accepts. ExcelJS's own warnings are kept off the terminal (the problems say what matters).
 */
export async function loadForWriting(opened: OpenedWorkbook): Promise<Result<ExcelJS.Workbook>> {
  const refused = refuseWriteBack(opened);
  if (refused) return fail(refused);
  const { file } = opened;
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await loadWorkbook(file, opened.bytes);
  } finally {
    console.warn = warn;
  }
}
