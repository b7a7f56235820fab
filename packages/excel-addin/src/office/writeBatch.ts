// Writes cell rectangles, fill changes and the selection in one Excel.run: one context.sync unless the
// request would pass Excel on the web's 5 MB payload limit, and one undo step where Excel supports it.
import { toA1 } from "@hgcs/core/sheet";
import type { CellRef } from "./cellFill.js";
import type { FillChange } from "./highlight.js";
import { supportsSet, undoGroupOptions } from "./host.js";
import { blockAddress } from "./rangeAddress.js";
import { chunkByPayload, type RectWrite } from "./rectangles.js";

/** Everything one user action writes. */
export interface WriteBatch {
  readonly rects?: readonly RectWrite[];
  readonly fills?: readonly FillChange[];
  readonly select?: CellRef;
  /** Group the batch into one Excel undo step (ExcelApi 1.20+). */
  readonly undoGroup?: boolean;
}

/** Request bytes per sync, kept under the web's 5 MB with room for the envelope. */
export const maxRequestBytes = 4_500_000;

/** Applies the batch; returns the number of syncs it took. */
export async function writeBatch(batch: WriteBatch, maxBytes = maxRequestBytes): Promise<number> {
  if (!batch.rects?.length && !batch.fills?.length && !batch.select) return 0; // no round trip for nothing
  const chunks = chunkByPayload(batch.rects ?? [], maxBytes);
  if (chunks.length === 0) chunks.push([]);
  const run = async (context: Excel.RequestContext): Promise<number> => {
    const sheets = new Map<string, Excel.Worksheet>();
    const sheet = (name: string): Excel.Worksheet => {
      let ws = sheets.get(name);
      if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
    for (const [i, chunk] of chunks.entries()) {
      for (const rect of chunk) {
        const range = sheet(rect.sheet).getRange(
          blockAddress(rect.top, rect.left, rect.contents.length, rect.contents[0]?.length ?? 0),
        );
        range.formulas = rect.contents;
        range.numberFormat = rect.formats;
        // Font names are per cell (a range takes one), queued in the same sync; only cells that set one.
        rect.fonts?.forEach((row, i) =>
          row.forEach((name, j) => {
            if (name !== null) sheet(rect.sheet).getRange(toA1(rect.top + i, rect.left + j)).format.font.name = name;
          }),
        );
      }
      if (i === chunks.length - 1) {
        for (const change of batch.fills ?? []) {
          const fill = sheet(change.ref.sheet).getRange(change.ref.address).format.fill;
          if (change.color) fill.color = change.color;
          else fill.clear();
        }
        if (batch.select) sheet(batch.select.sheet).getRange(batch.select.address).select();
      }
      await context.sync();
    }
    return chunks.length;
  };
  const options = batch.undoGroup ? undoGroupOptions() : {};
  try {
    return await Excel.run(options, run);
  } catch (error) {
    // Some hosts refuse an undo group for an API; the writes set absolute contents, so running them again
    // without the group is safe, and our own snapshot still undoes them.
    if (options.mergeUndoGroup && (error as { code?: string }).code === "UndoNotSupported") return Excel.run(run);
    throw error;
  }
}

/** Selects one cell (clicking a finding). */
export async function selectCell(ref: CellRef): Promise<void> {
  await writeBatch({ select: ref });
}

/**
 * Selects several cells of one sheet (a part of the budget's picture): all at once where Excel has
 * getRanges (ExcelApi 1.9), else the first. True when every cell was selected.
 */
export async function selectCells(sheet: string, addresses: readonly string[]): Promise<boolean> {
  const [first] = addresses;
  if (first === undefined) return false;
  if (addresses.length === 1 || !supportsSet("ExcelApi", "1.9")) {
    await selectCell({ sheet, address: first });
    return addresses.length === 1;
  }
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRanges(addresses.join(",")).select();
    await context.sync();
  });
  return true;
}
