import { findingId, type Finding } from "../../findings/finding.js";
import type { CellEdit } from "../../grid/grid.js";
import { toDong } from "../../money/toDong.js";
import { fontEncoding } from "../../text/legacy/legacyFont.js";
import { amountInWords } from "../../words/amountInWords.js";
import { parseVietnameseWords } from "../../words/parseVietnameseWords.js";
import { wordsLine } from "../../words/wordsLine.js";
import type { WordsOptions } from "../../words/wordsOptions.js";
import type { Permission } from "./fill.js";
import { splitWordsLine } from "../../table/rowLabel.js";
import { sheetValues } from "../formula/sheetValues.js";
import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

/** The font fill gives a legacy-font cell it writes Unicode text into (the usual Unicode font of Vietnamese documents). */
const unicodeFont = "Times New Roman";

/** What fillWords needs from fill: the sheet, its table, the edits so far and who may be overwritten. */
export interface WordsFillContext {
  readonly view: SheetView;
  readonly table: EstimateTable;
  readonly totalRow: number;
  readonly edits: Map<string, CellEdit>;
  readonly findings: readonly Finding[];
  /** Whether a cell may be rewritten, and the finding that answers. */
  readonly permission: (r: number, c: number) => Permission;
  readonly words?: WordsOptions;
}

/**
 * Writes the "Bằng chữ" line for the total the sheet will show once the edits are applied: completes a
 * label-only cell, adds a line under the total when there is none (and the row is free), and rewrites
 * words that read another amount when allowed (their finding asked for, or the total itself rewritten).
 */
export function fillWords(ctx: WordsFillContext): void {
  const { view, table, totalRow, edits } = ctx;
  const amount = table.columns.amount;
  const values = sheetValues(view, [...edits.values()]);
  const total = values(view.sheetRow(totalRow), view.sheetCol(amount));
  const dong = typeof total === "number" ? toDong(total, table.scale) : undefined;
  if (dong === undefined || dong < 0) return;
  const style = ctx.words ?? {};
  const missing = ctx.findings.find((f) => f.code === "words.missing");
  const missingId = missing ? findingId(missing) : undefined;
  const put = (r: number, c: number, value: string, answers: string | undefined) => {
    const address = view.address(r, c);
    // The words are Unicode: in a TCVN3/VNI font cell Excel would draw them as garbage.
    const font = fontEncoding(view.cell(r, c)?.font) ? { font: unicodeFont } : {};
    edits.set(address, { sheet: view.sheet, address, value, ...font, ...(answers ? { answers } : {}) });
  };

  const place = table.words;
  if (!place) {
    const row = totalRow + 1;
    const col = Math.min(table.columns.number ?? table.columns.content, table.columns.content);
    if (isFreeRow(view, row)) put(row, col, wordsLine(dong, style), missingId);
    return;
  }
  const text = view.text(place.row, place.col);
  if (place.labelOnly) {
    put(place.row, place.col, wordsLine(dong, { ...style, label: text || "Bằng chữ:" }), missingId);
    return;
  }
  const split = splitWordsLine(text);
  const parsed = parseVietnameseWords(split?.words ?? text);
  if (parsed.ok && parsed.value === BigInt(dong)) return;
  // Words that were right but no longer read the total because of a fix the caller asked for follow
  // that fix; words already flagged wait for their own finding to be asked for.
  const address = view.address(place.row, place.col);
  const flagged = ctx.findings.some((f) => f.at?.cell === address && f.severity !== "info");
  const cause = flagged ? undefined : [...edits.values()].find((e) => e.answers !== undefined)?.answers;
  const allowed = ctx.permission(place.row, place.col) ?? (cause ? { answers: cause } : null);
  if (allowed === null) return;
  const answers = allowed.answers;
  const label = split ? text.slice(0, text.length - split.words.length).trim() : "";
  put(
    place.row,
    place.col,
    label ? wordsLine(dong, { ...style, label }) : amountInWords(dong, { ...style, closing: true }),
    answers,
  );
}

function isFreeRow(view: SheetView, r: number): boolean {
  for (let c = 0; c < view.width(r); c++) if (!view.isEmpty(r, c)) return false;
  return true;
}
