import { spendingCategories, spendingCategoryNames } from "../budget/spendingCategory.js";
import { isError, type Finding } from "../findings/finding.js";
import { formatFinding } from "../findings/formatFinding.js";
import { toA1 } from "../grid/a1.js";
import { groupDigits } from "../findings/formatFinding.js";
import type { Issuer, Plan, Signer } from "../plan/planSchema.js";
import { drawSignatures, type SignatureNames } from "../sheet/render/signatureBlock.js";
import { rangeA1, SheetBuilder } from "../table/sheetBuilder.js";
import type { RenderedSheet } from "../table/sheetLayout.js";
import { wrappedHeight } from "../table/textHeight.js";
import { formatDateLine } from "../dates/dateLine.js";
import { wordsLine, type WordsLineOptions } from "../words/wordsLine.js";
import type { Consolidation, ConsolidatedUnit } from "./consolidation.js";

/**
 * How a consolidation is drawn. With a plan, the title block, date line and signer are the plan's; without one,
 * they are these options' (or their defaults: a provincial Department of Justice, its director signing).
 */
export interface ConsolidationRenderOptions {
  readonly plan?: Plan;
  /**
   * The consolidation's findings: those about a unit are written in its row's note (the row lightly filled when
   * one is a warning or an error) and given back at its row's cells.
   */
  readonly findings?: readonly Finding[];
  /** Sheet name; "Tổng hợp" by default. */
  readonly sheetName?: string;
  /** The office above the issuer ("UBND TỈNH THANH HÓA"); without a plan, "UBND TỈNH ……" by default. */
  readonly parentAgency?: string;
  /** The office that consolidates ("SỞ TƯ PHÁP" by default without a plan). */
  readonly agency?: string;
  /** The line under the title; the plan's title, else "Công tác hòa giải ở cơ sở của các đơn vị". */
  readonly subtitle?: string;
  /**
   * The consolidation's date (YYYY-MM-DD) for its date line, at the plan's place. Without it the line has blanks
   * to fill by hand: a consolidation is made when the units' estimates are in, not on the plan's date.
   */
  readonly date?: string;
  /** Replaces the place and date line. */
  readonly dateLine?: string;
  /** Who signs for the office, without a plan ("Giám đốc" by default). */
  readonly signer?: Signer;
  /** Without a plan: the accounts' signature (a chief accountant by default). */
  readonly accountant?: Issuer["accountant"];
  readonly signatures?: SignatureNames;
  /** More notes under the table (e.g. the files that could not be read). */
  readonly notes?: readonly string[];
  readonly words?: WordsLineOptions;
  readonly font?: { readonly name?: string; readonly size?: number };
}

/** The consolidated sheet, and the consolidation's findings with those about a unit at its row's cells. */
export interface RenderedConsolidation extends RenderedSheet {
  readonly findings: readonly Finding[];
}

const numberFormat = "#,##0";
// Light yellow: a row the province should look at (its findings are in its note).
const attentionFill = "FFF2CC";

/**
 * Draws the consolidated estimate: title block, one row per unit with its money by spending category, a
 * difference column where a unit's total holds more or less than its lines, the row total (=SUM over the row)
 * and the grand total (=SUM over each column) as live formulas with their values cached, the recomputed total
 * where it differs from the submitted one, a note for units whose sheets have errors, the words of the grand
 * total, notes (unclassified spending, what the columns mean, the caller's) and the signatures.
 */
export function renderConsolidation(
  consolidation: Consolidation,
  options: ConsolidationRenderOptions = {},
): RenderedConsolidation {
  const fontName = options.font?.name ?? "Times New Roman";
  const size = options.font?.size ?? 12;
  const b = new SheetBuilder(options.sheetName ?? "Tổng hợp", fontName);
  const { units, totals } = consolidation;
  const withDifference = units.some((u) => u.difference !== 0);
  const withRecomputed = units.some((u) => u.recomputed !== u.submitted);
  const withAllotted = units.some((u) => u.allotment?.amountVnd !== undefined);
  const cols = columnsOf(withDifference, withAllotted, withRecomputed);
  const last = cols.note;
  const widths = columnWidths(cols);
  const fullWidth = widths.reduce((s, w) => s + w, 0);
  const parties = partiesOf(options);

  const leftEnd = 1;
  b.text(0, 0, parties.issuer.parentAgency.toUpperCase(), { horizontal: "center" }, leftEnd);
  b.text(1, 0, parties.issuer.agency.toUpperCase(), { bold: true, underline: true, horizontal: "center" }, leftEnd);
  b.text(0, leftEnd + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, horizontal: "center" }, last);
  b.text(1, leftEnd + 1, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true, horizontal: "center" }, last);
  b.text(2, leftEnd + 1, parties.dateLine, { italic: true, horizontal: "center" }, last);
  const centred = (r: number, text: string, style: { bold?: boolean; italic?: boolean; size?: number }): void => {
    b.text(r, 0, text, { ...style, horizontal: "center", vertical: "middle", wrap: true }, last);
    b.height(r, wrappedHeight(text, fullWidth, style.size ?? size));
  };
  centred(4, "TỔNG HỢP DỰ TOÁN KINH PHÍ CỦA CÁC ĐƠN VỊ", { bold: true, size: size + 2 });
  centred(5, parties.subtitle, { bold: true });
  b.text(6, last, "Đơn vị tính: đồng", { italic: true, horizontal: "right" });

  const headerRow = 7;
  const withOther = units.some((u) => u.categories.other !== 0 || u.unclassified.length > 0);
  headerTexts(cols, withOther).forEach((text, c) => b.text(headerRow, c, text));
  b.style(headerRow, 0, headerRow, last, { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  b.height(headerRow, wrappedHeight("Hội trường, trang trí", 14, size));
  const bodyTop = headerRow + 1;
  const rowOf = (i: number) => bodyTop + i;
  const sumFirst = cols.categories[0] ?? 2;
  const sumLast = cols.difference ?? cols.categories.at(-1) ?? sumFirst;
  units.forEach((u, i) => {
    const r = rowOf(i);
    b.text(r, cols.number, String(i + 1), { horizontal: "center" });
    b.text(r, cols.unit, u.unit, { wrap: true });
    cols.categories.forEach((c, k) => figure(b, r, c, u.categories[spendingCategories[k] ?? "other"]));
    if (cols.difference !== undefined) figure(b, r, cols.difference, u.difference);
    figure(b, r, cols.total, u.submitted, `SUM(${toA1(r, sumFirst)}:${toA1(r, sumLast)})`);
    const allotted = u.allotment?.amountVnd;
    if (cols.allotted !== undefined && allotted !== undefined) figure(b, r, cols.allotted, allotted);
    if (cols.recomputed !== undefined && u.recomputed !== u.submitted) figure(b, r, cols.recomputed, u.recomputed);
    const about = findingsAbout(options.findings ?? [], i);
    const note = noteOf(u, about);
    if (note !== "") b.text(r, cols.note, note, { italic: true, wrap: true, vertical: "top" });
    if (about.some((f) => isError(f) || f.severity === "warning")) b.style(r, 0, r, last, { fill: attentionFill });
    // Names in capitals run wider than the estimate's average letter.
    b.height(
      r,
      Math.max(
        wrappedHeight(u.unit, (widths[cols.unit] ?? 36) * 0.75, size),
        wrappedHeight(note, widths[cols.note] ?? 24, size),
      ),
    );
  });
  const bodyBottom = bodyTop + units.length - 1;
  const totalRow = bodyTop + units.length;
  b.text(totalRow, cols.unit, "TỔNG CỘNG", { bold: true, horizontal: "center" });
  const columnSum = (c: number, value: number) =>
    figure(b, totalRow, c, value, units.length === 0 ? "0" : `SUM(${toA1(bodyTop, c)}:${toA1(bodyBottom, c)})`);
  cols.categories.forEach((c, k) => columnSum(c, totals.categories[spendingCategories[k] ?? "other"]));
  if (cols.difference !== undefined) columnSum(cols.difference, totals.difference);
  columnSum(cols.total, totals.submitted);
  b.style(totalRow, 0, totalRow, last, { bold: true });
  if (units.length > 0) b.style(bodyTop, cols.number, totalRow, cols.number, { horizontal: "center" });

  let r = totalRow + 1;
  const words = wordsLine(totals.submitted, options.words);
  const wordsRow = r;
  b.text(r++, 0, words, { italic: true, wrap: true, vertical: "top" }, last);
  b.height(wordsRow, wrappedHeight(words, fullWidth, size));
  for (const note of notesOf(
    consolidation,
    { withOther, withDifference, withAllotted, withRecomputed },
    options.notes ?? [],
  )) {
    b.text(r, 0, note, { italic: true, wrap: true, vertical: "top" }, last);
    b.height(r, wrappedHeight(note, fullWidth, size));
    r++;
  }
  drawSignatures(b, r + 1, last + 1, parties, options.signatures ?? {}, size);

  const grid = b.grid();
  const layout = b.tableLayout({
    font: { name: fontName, size },
    widths,
    orientation: "landscape",
    headerRows: { first: headerRow, last: headerRow },
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
    table: {
      header: rangeA1(headerRow, 0, headerRow, last),
      body: rangeA1(bodyTop, 0, Math.max(bodyTop, bodyBottom), last),
      total: rangeA1(totalRow, 0, totalRow, last),
      table: rangeA1(headerRow, 0, totalRow, last),
      words: toA1(wordsRow, 0),
      totalCell: toA1(totalRow, cols.total),
    },
  });
  const cellOf = (path: string | undefined): string | undefined => {
    const m = /^units\.(\d+)(?:\.(\w+))?$/.exec(path ?? "");
    if (!m) return undefined;
    const row = rowOf(Number(m[1]));
    const field = m[2];
    return toA1(row, field === "submitted" ? cols.total : field === undefined ? cols.note : cols.unit);
  };
  const findings = (options.findings ?? []).map((f) => {
    const cell = cellOf(f.at?.path);
    return cell === undefined ? f : { ...f, at: { sheet: grid.sheet, cell } };
  });
  return { grid, layout, findings };
}

/** Where each column is: STT, unit, the categories, [difference], total, [recomputed], note. */
interface ConsolidationColumns {
  readonly number: number;
  readonly unit: number;
  readonly categories: readonly number[];
  readonly difference?: number;
  readonly total: number;
  readonly allotted?: number;
  readonly recomputed?: number;
  readonly note: number;
}

function columnsOf(withDifference: boolean, withAllotted: boolean, withRecomputed: boolean): ConsolidationColumns {
  const categories = spendingCategories.map((_, k) => 2 + k);
  let next = 2 + categories.length;
  const difference = withDifference ? next++ : undefined;
  const total = next++;
  const allotted = withAllotted ? next++ : undefined;
  const recomputed = withRecomputed ? next++ : undefined;
  return {
    number: 0,
    unit: 1,
    categories,
    ...(difference === undefined ? {} : { difference }),
    total,
    ...(allotted === undefined ? {} : { allotted }),
    ...(recomputed === undefined ? {} : { recomputed }),
    note: next,
  };
}

function headerTexts(cols: ConsolidationColumns, withOther: boolean): string[] {
  const texts: string[] = [];
  texts[cols.number] = "STT";
  texts[cols.unit] = "Đơn vị";
  cols.categories.forEach((c, k) => {
    const category = spendingCategories[k] ?? "other";
    const name = spendingCategoryNames[category].vi;
    texts[c] = category === "other" && withOther ? `${name} (1)` : name;
  });
  if (cols.difference !== undefined) texts[cols.difference] = "Chênh lệch (2)";
  texts[cols.total] = "Tổng cộng";
  if (cols.allotted !== undefined) texts[cols.allotted] = "Kế hoạch giao (4)";
  if (cols.recomputed !== undefined) texts[cols.recomputed] = "Tổng tính lại (3)";
  texts[cols.note] = "Ghi chú";
  return texts;
}

function columnWidths(cols: ConsolidationColumns): number[] {
  const widths: number[] = [];
  widths[cols.number] = 5;
  widths[cols.unit] = 36;
  for (const c of cols.categories) widths[c] = 14;
  if (cols.difference !== undefined) widths[cols.difference] = 14;
  widths[cols.total] = 16;
  if (cols.allotted !== undefined) widths[cols.allotted] = 16;
  if (cols.recomputed !== undefined) widths[cols.recomputed] = 16;
  widths[cols.note] = 36;
  return widths;
}

// A figure cell: money in đồng, with its formula when it has one.
function figure(b: SheetBuilder, r: number, c: number, value: number, formula?: string): void {
  b.set(r, c, { value, ...(formula === undefined ? {} : { formula }), numberFormat });
}

// The findings about the unit of row i: at "units.i" or one of its figures ("units.i.submitted").
function findingsAbout(findings: readonly Finding[], i: number): Finding[] {
  const own = new RegExp(`^units\\.${i}(?:\\.|$)`);
  return findings.filter((f) => own.test(f.at?.path ?? ""));
}

// A row's note: what the consolidation found about the unit, in the sheet's language; without findings given,
// at least that its sheet has errors.
function noteOf(u: ConsolidatedUnit, about: readonly Finding[]): string {
  if (about.length > 0) return about.map((f) => formatFinding(f, "vi")).join(" ");
  return u.errors > 0 ? `Bảng của đơn vị có ${u.errors} lỗi; số liệu như đơn vị gửi` : "";
}

interface OptionalColumns {
  readonly withOther: boolean;
  readonly withDifference: boolean;
  readonly withAllotted: boolean;
  readonly withRecomputed: boolean;
}

function notesOf(consolidation: Consolidation, columns: OptionalColumns, extra: readonly string[]): string[] {
  const unclassified = consolidation.units
    .filter((u) => u.unclassified.length > 0)
    .map(
      (u) =>
        `- ${u.unit}: ${u.unclassified.map((s) => (s.amount === null ? s.content : `${s.content} ${groupDigits(s.amount, "vi")} đ`)).join("; ")}.`,
    );
  const other =
    "(1) Chi khác gồm nước uống, thuốc, thù lao hòa giải viên, hỗ trợ tổ hòa giải, câu lạc bộ, xây dựng kế hoạch";
  const notes = [
    ...(unclassified.length > 0
      ? [`${other} và các khoản chưa xếp được vào cột nào:`, ...unclassified]
      : columns.withOther
        ? [`${other}.`]
        : []),
    ...(columns.withDifference
      ? ["(2) Chênh lệch: tổng cộng đơn vị ghi trên bảng dự toán trừ cộng các khoản chi của bảng."]
      : []),
    ...(columns.withRecomputed
      ? ["(3) Tổng tính lại: các khoản chi của đơn vị tính lại theo số lượng × mức chi, ghi khi khác tổng đơn vị gửi."]
      : []),
    ...(columns.withAllotted ? ["(4) Kế hoạch giao: số tiền kế hoạch giao cho đơn vị."] : []),
    ...extra,
  ];
  return notes.length > 0 ? ["Ghi chú:", ...notes] : [];
}

// Who the sheet is from and who signs it: the plan's, else the options' (or the defaults).
function partiesOf(
  options: ConsolidationRenderOptions,
): Pick<Plan, "signer" | "signers" | "issuer"> & { dateLine: string; subtitle: string } {
  const plan = options.plan;
  if (plan) {
    return {
      signer: plan.signer,
      signers: plan.signers,
      issuer: {
        ...plan.issuer,
        ...(options.agency === undefined ? {} : { agency: options.agency }),
        ...(options.parentAgency === undefined ? {} : { parentAgency: options.parentAgency }),
      },
      dateLine: options.dateLine ?? dateLineOf(plan.issuer.place, options.date),
      subtitle: options.subtitle ?? plan.document.title,
    };
  }
  return {
    issuer: {
      agency: options.agency ?? "Sở Tư pháp",
      parentAgency: options.parentAgency ?? "UBND tỉnh ……",
      place: "……",
      jurisdiction: "VN",
      accountant: options.accountant ?? "chief",
    },
    signer: options.signer ?? { title: "Giám đốc" },
    dateLine: options.dateLine ?? dateLineOf("……", options.date),
    subtitle: options.subtitle ?? "Công tác hòa giải ở cơ sở của các đơn vị",
  };
}

// "Thanh Hóa, ngày 15 tháng 07 năm 2025", or with blanks to fill by hand when no date is given.
function dateLineOf(place: string, date: string | undefined): string {
  const line = date === undefined ? "" : formatDateLine(date, { place });
  return line === "" ? `${place}, ngày …… tháng …… năm ……` : line;
}
