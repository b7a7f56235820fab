import type { Estimate } from "../../budget/estimate.js";
import type { Scale } from "../../money/scale.js";
import { toA1 } from "../../grid/a1.js";
import type { Plan } from "../../plan/planSchema.js";
import { wordsLine, type WordsLineOptions } from "../../words/wordsLine.js";
import { drawTable } from "./drawTable.js";
import type { EstimatePlacement } from "../placement.js";
import { columnWidths, renderColumns } from "./renderColumns.js";
import { drawSignatures, type SignatureNames } from "./signatureBlock.js";
import { rangeA1, SheetBuilder } from "../../table/sheetBuilder.js";
import type { RenderedSheet } from "../../table/sheetLayout.js";
import { wrappedHeight } from "../../table/textHeight.js";
import { attachedToLine, basesLines, planDateLine } from "../../table/titleBlock.js";

export interface RenderOptions {
  /** Sheet name; "Dự toán" by default. */
  readonly sheetName?: string;
  /** Style of the "Bằng chữ" line (regional words, "chẵn", label). */
  readonly words?: WordsLineOptions;
  /** Replaces the place and date line ("Thanh Hóa, ngày 20 tháng 02 năm 2024"). */
  readonly dateLine?: string;
  /** Money unit the figures are shown in: 1 (đồng, default), 1000 (nghìn đồng) or 1e6 (triệu đồng). */
  readonly scale?: Scale;
  /** The line under "DỰ TOÁN KINH PHÍ"; the plan's title by default. */
  readonly subtitle?: string;
  /** More "Căn cứ" lines, e.g. the circulars whose rates the estimate applies. */
  readonly extraBases?: readonly string[];
  readonly signatures?: SignatureNames;
  readonly font?: { readonly name?: string; readonly size?: number };
}

export interface RenderedEstimate extends RenderedSheet {
  /** The estimate as drawn: computed amounts, subtotals and total in đồng, and the words line. */
  readonly estimate: Estimate;
  /** Where its lines, sections, total and words sit on the drawn sheet. */
  readonly placement: EstimatePlacement;
}

const scaleCaptions: Readonly<Record<Scale, string>> = {
  1: "Đơn vị tính: đồng",
  1000: "Đơn vị tính: nghìn đồng",
  1000000: "Đơn vị tính: triệu đồng",
};

/**
 * Draws a complete new estimate sheet: title block, bases, the table with live formulas (amounts
 * =D15*E15*F15 over the factors a line has, =SUM subtotals over exactly each section's items, the
 * total over the subtotals), "Bằng chữ" and the signature block. Formula cells carry their computed
 * value, so a reader that does not recalculate sees the right figures.
 */
export function renderEstimate(estimate: Estimate, plan: Plan, options: RenderOptions = {}): RenderedEstimate {
  const fontName = options.font?.name ?? "Times New Roman";
  const size = options.font?.size ?? 12;
  const scale = options.scale ?? 1;
  const b = new SheetBuilder(options.sheetName ?? "Dự toán", fontName);
  const cols = renderColumns(estimate);
  const last = cols.count - 1;
  const widths = columnWidths(cols);
  const fullWidth = widths.reduce((s, w) => s + w, 0);
  const leftEnd = 1;

  // National motto at right, agencies at left.
  b.text(0, 0, plan.issuer.parentAgency.toUpperCase(), { horizontal: "center" }, leftEnd);
  b.text(1, 0, plan.issuer.agency.toUpperCase(), { bold: true, underline: true, horizontal: "center" }, leftEnd);
  b.text(0, leftEnd + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, horizontal: "center" }, last);
  b.text(1, leftEnd + 1, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, horizontal: "center" }, last);
  b.text(2, leftEnd + 1, options.dateLine ?? planDateLine(plan), { italic: true, horizontal: "center" }, last);

  const centred = (r: number, text: string, style: { bold?: boolean; italic?: boolean; size?: number }): void => {
    b.text(r, 0, text, { ...style, horizontal: "center", vertical: "middle", wrap: true }, last);
    b.height(r, wrappedHeight(text, fullWidth, style.size ?? size));
  };
  centred(4, "DỰ TOÁN KINH PHÍ", { bold: true, size: size + 2 });
  centred(5, options.subtitle ?? plan.document.title, { bold: true });
  centred(6, attachedToLine(plan), { italic: true });
  let r = 7;
  for (const basis of basesLines(plan, options.extraBases)) {
    b.text(r, 0, basis, { wrap: true, vertical: "top", horizontal: "left" }, last);
    b.height(r, wrappedHeight(basis, fullWidth, size));
    r++;
  }
  b.text(r, cols.note, scaleCaptions[scale], { italic: true, horizontal: "right" });
  const drawn = drawTable(b, r + 1, estimate, cols, scale, size);

  const wordsRow = drawn.totalRow + 1;
  const words = wordsLine(drawn.totalDong, options.words);
  b.text(wordsRow, 0, words, { italic: true, wrap: true, vertical: "top" }, last);
  b.height(wordsRow, wrappedHeight(words, fullWidth, size));
  drawSignatures(b, wordsRow + 2, cols.count, plan, options.signatures ?? {}, size);

  const grid = b.grid();
  const layout = b.tableLayout({
    font: { name: fontName, size },
    widths,
    orientation: "portrait",
    headerRows: { first: drawn.headerTop, last: drawn.headerTop + 1 },
    margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6 },
    table: {
      header: rangeA1(drawn.headerTop, 0, drawn.headerTop + 1, last),
      body: rangeA1(drawn.bodyTop, 0, Math.max(drawn.bodyTop, drawn.bodyBottom), last),
      total: rangeA1(drawn.totalRow, 0, drawn.totalRow, last),
      table: rangeA1(drawn.headerTop, 0, drawn.totalRow, last),
      words: toA1(wordsRow, 0),
      totalCell: toA1(drawn.totalRow, cols.amount),
    },
  });
  const placement: EstimatePlacement = {
    sheet: grid.sheet,
    origin: { row: 0, col: 0 },
    columns: cols,
    scale,
    groups: [],
    sections: drawn.sections,
    totalRow: drawn.totalRow,
    words: { row: wordsRow, col: 0 },
  };
  return { grid, layout, estimate: { ...drawn.estimate, words }, placement };
}
