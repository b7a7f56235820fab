import { computeAmounts } from "../../budget/computeAmounts.js";
import type { Estimate, EstimateLine, FactorKind, LineDraft, SectionDraft } from "../../budget/estimate.js";
import type { Scale } from "../../money/scale.js";
import { lineProduct } from "../../budget/lineProduct.js";
import { toA1 } from "../../grid/a1.js";
import type { LinePlacement, SectionPlacement } from "../placement.js";
import { sumOverRows } from "../formula/sumFormula.js";
import { columnNumberTexts, columnWidths, headerTexts, type RenderColumns } from "./renderColumns.js";
import type { SheetBuilder } from "../../table/sheetBuilder.js";
import { wrappedHeight } from "../../table/textHeight.js";

/** Where the drawn table is, the estimate as drawn (computed figures in đồng) and where its lines sit. */
export interface DrawnTable {
  readonly estimate: Estimate;
  readonly sections: readonly SectionPlacement[];
  readonly headerTop: number;
  readonly bodyTop: number;
  readonly bodyBottom: number;
  readonly totalRow: number;
  readonly totalDong: bigint;
}

/** A figure as the sheet shows it: float noise of a divided scale (1.2 × 25.000) removed. */
function clean(n: number): number {
  return Number(n.toPrecision(15));
}

/** "#,##0" for whole figures, with decimals only where a figure has them (rates in nghìn đồng). */
function figureFormat(value: number): string {
  return Number.isInteger(value) ? "#,##0" : "#,##0.0##";
}

interface Drawn {
  readonly line: LineDraft;
  readonly place: LinePlacement;
  readonly dong: bigint | null;
  /** The amount as the sheet shows it (divided by the scale). */
  readonly shown: number | null;
  readonly next: number;
}

/** Draws an estimate table from row `top`: header, column numbers, sections, lines, TỔNG CỘNG. */
export function drawTable(
  b: SheetBuilder,
  top: number,
  estimate: Estimate,
  cols: RenderColumns,
  scale: Scale,
  fontSize: number,
): DrawnTable {
  const last = cols.count - 1;
  const widths = columnWidths(cols);
  headerTexts(cols).forEach((t, c) => b.text(top, c, t));
  columnNumberTexts(cols).forEach((t, c) => b.text(top + 1, c, t));
  b.style(top, 0, top, last, { bold: true, horizontal: "center", vertical: "middle", wrap: true });
  b.style(top + 1, 0, top + 1, last, { italic: true, horizontal: "center", vertical: "middle" });
  b.height(top, wrappedHeight("Số hội nghị", 9, fontSize));

  // A NaN or infinite figure (a hand-built estimate's) is left blank; a formula keeps its cell.
  const figure = (r: number, c: number, n: number | null, formula?: string): void => {
    const value = n !== null && Number.isFinite(n) ? n : null;
    if (value === null && formula === undefined) return;
    b.set(r, c, { value, ...(formula === undefined ? {} : { formula }), numberFormat: figureFormat(value ?? 0) });
  };
  const wrapHeight = (r: number, line: EstimateLine): void => {
    const h = Math.max(
      wrappedHeight(line.content, widths[cols.content] ?? 38, fontSize),
      wrappedHeight(line.note ?? "", widths[cols.note] ?? 18, fontSize),
    );
    if (h > wrappedHeight("", 1, fontSize)) b.height(r, h);
  };

  const drawLine = (line: EstimateLine, r: number): Drawn => {
    if (line.number !== undefined) b.text(r, cols.number, line.number, { horizontal: "center" });
    b.text(r, cols.content, line.content);
    if (line.unit !== undefined) b.text(r, cols.unit, line.unit, { horizontal: "center" });
    if (line.note !== undefined) b.text(r, cols.note, line.note);
    wrapHeight(r, line);

    const shownFactors = new Map<FactorKind, number>();
    for (const f of line.factors) shownFactors.set(f.kind, (shownFactors.get(f.kind) ?? 1) * f.value);
    for (const { kind, col } of cols.factors) figure(r, col, shownFactors.get(kind) ?? null);
    const shownRate = line.rate === null ? null : clean(line.rate / scale);
    figure(r, cols.rate, shownRate);

    let next = r + 1;
    let dong: bigint | null = null;
    let shown: number | null = null;
    const children: LineDraft[] = [];
    const childPlaces: LinePlacement[] = [];
    if (line.children && line.children.length > 0) {
      const rows: number[] = [];
      for (const child of line.children) {
        const drawn = drawLine(child, next);
        rows.push(next);
        children.push(drawn.line);
        childPlaces.push(drawn.place);
        next = drawn.next;
        if (drawn.dong !== null) dong = (dong ?? 0n) + drawn.dong;
        if (drawn.shown !== null) shown = clean((shown ?? 0) + drawn.shown);
      }
      figure(
        r,
        cols.amount,
        shown ?? 0,
        sumOverRows(rows, (row) => toA1(row, cols.amount)),
      );
    } else {
      const product = lineProduct(line);
      const present = cols.factors.filter((f) => shownFactors.has(f.kind));
      if (product !== null && shownRate !== null && present.length > 0) {
        dong = BigInt(product);
        shown = clean(present.reduce((p, f) => p * (shownFactors.get(f.kind) ?? 1), shownRate));
        figure(r, cols.amount, shown, [...present.map((f) => toA1(r, f.col)), toA1(r, cols.rate)].join("*"));
      } else if (line.amount.declared !== null && Number.isFinite(line.amount.declared)) {
        // A lump sum: the amount written, without factors or a rate to compute it from.
        dong = BigInt(Math.round(line.amount.declared));
        shown = clean(line.amount.declared / scale);
        figure(r, cols.amount, shown);
      }
    }
    const { children: _children, ...fields } = line;
    const drawnLine: LineDraft = {
      ...fields,
      amount: dong === null ? null : Number(dong),
      ...(children.length > 0 ? { children } : {}),
    };
    return { line: drawnLine, place: { row: r, children: childPlaces }, dong, shown, next };
  };

  let r = top + 2;
  const bodyTop = r;
  const totalTerms: string[] = [];
  let totalDong = 0n;
  let totalShown = 0;
  const sections: SectionDraft[] = [];
  const places: SectionPlacement[] = [];
  for (const section of estimate.sections) {
    const headed = section.number !== "" || section.title !== "";
    const headRow = r;
    if (headed) {
      b.text(r, cols.number, section.number, { horizontal: "center" });
      b.text(r, cols.content, section.title);
      b.style(r, 0, r, last, { bold: true });
      b.height(r, wrappedHeight(section.title, widths[cols.content] ?? 38, fontSize));
      r++;
    }
    const itemRows: number[] = [];
    const lines: LineDraft[] = [];
    const linePlaces: LinePlacement[] = [];
    let dong = 0n;
    let shown = 0;
    for (const line of section.lines) {
      itemRows.push(r);
      const drawn = drawLine(line, r);
      lines.push(drawn.line);
      linePlaces.push(drawn.place);
      r = drawn.next;
      dong += drawn.dong ?? 0n;
      shown = clean(shown + (drawn.shown ?? 0));
    }
    const itemsSum = sumOverRows(itemRows, (row) => toA1(row, cols.amount));
    if (headed) {
      if (itemRows.length > 0) figure(headRow, cols.amount, shown, itemsSum);
      totalTerms.push(toA1(headRow, cols.amount));
    } else if (itemRows.length > 0) {
      // A section without a heading row has no subtotal: the total adds its items directly.
      totalTerms.push(itemsSum);
    }
    totalDong += dong;
    totalShown = clean(totalShown + shown);
    sections.push({
      number: section.number,
      title: section.title,
      lines,
      amount: headed && itemRows.length > 0 ? Number(dong) : null,
    });
    places.push(headed ? { row: headRow, amountRow: headRow, lines: linePlaces } : { lines: linePlaces });
  }
  const bodyBottom = r - 1;
  const totalRow = r;
  b.text(totalRow, cols.content, "TỔNG CỘNG", { horizontal: "center" });
  b.style(totalRow, 0, totalRow, last, { bold: true });
  const totalFormula = totalTerms.length === 0 ? undefined : totalTerms.join("+");
  figure(totalRow, cols.amount, totalShown, totalFormula);

  // Body text: numbers and units centred, long content wrapped.
  b.style(bodyTop, cols.content, totalRow, cols.content, { wrap: true, vertical: "middle" });
  b.style(bodyTop, cols.note, totalRow, cols.note, { wrap: true, vertical: "middle" });
  const drawnEstimate: Estimate = computeAmounts({
    ...(estimate.title === undefined ? {} : { title: estimate.title }),
    sections,
    amount: Number(totalDong),
  });
  return { estimate: drawnEstimate, sections: places, headerTop: top, bodyTop, bodyBottom, totalRow, totalDong };
}
