import type { Estimate, EstimateLine, FactorKind } from "../../budget/estimate.js";

/** Factor columns in the order offices write them; kinds an estimate never uses get no column. */
const factorOrder: readonly FactorKind[] = ["quantity", "persons", "events", "days", "sessions", "count"];

const factorHeaders: Readonly<Record<FactorKind, string>> = {
  quantity: "Số lượng",
  persons: "Số người",
  events: "Số hội nghị",
  days: "Số ngày",
  sessions: "Số buổi",
  count: "Số lần",
};

/** 0-based columns of a rendered table (the table starts in column A). */
export interface RenderColumns {
  readonly number: number;
  readonly content: number;
  readonly unit: number;
  readonly factors: readonly { readonly kind: FactorKind; readonly col: number }[];
  readonly rate: number;
  readonly amount: number;
  readonly note: number;
  /** Number of columns. */
  readonly count: number;
}

function* linesOf(lines: readonly EstimateLine[]): Generator<EstimateLine> {
  for (const line of lines) {
    yield line;
    yield* linesOf(line.children ?? []);
  }
}

/** STT | Nội dung chi | Đơn vị tính | factor columns used | Mức chi | Thành tiền | Ghi chú. */
export function renderColumns(estimate: Estimate): RenderColumns {
  const used = new Set<FactorKind>();
  for (const section of estimate.sections) {
    for (const line of linesOf(section.lines)) for (const f of line.factors) used.add(f.kind);
  }
  // A table always has a quantity column, so a line with a rate can be given a count.
  if (used.size === 0) used.add("quantity");
  const kinds = factorOrder.filter((k) => used.has(k));
  const factors = kinds.map((kind, i) => ({ kind, col: 3 + i }));
  const rate = 3 + kinds.length;
  return { number: 0, content: 1, unit: 2, factors, rate, amount: rate + 1, note: rate + 2, count: rate + 3 };
}

/** The header texts, column by column. */
export function headerTexts(cols: RenderColumns): string[] {
  const texts = [
    "STT",
    "Nội dung chi",
    "Đơn vị tính",
    ...cols.factors.map((f) => factorHeaders[f.kind]),
    "Mức chi",
    "Thành tiền",
    "Ghi chú",
  ];
  return texts;
}

/** "(1)" … "(8)", the amount column reading "(7)=(4)x(5)x(6)" over the factor and rate columns. */
export function columnNumberTexts(cols: RenderColumns): string[] {
  const texts = Array.from({ length: cols.count }, (_, c) => `(${c + 1})`);
  const product = [...cols.factors.map((f) => f.col), cols.rate].map((c) => `(${c + 1})`).join("x");
  texts[cols.amount] = `(${cols.amount + 1})=${product}`;
  return texts;
}

/** Column widths in character units: a wide content column, narrow counts. */
export function columnWidths(cols: RenderColumns): number[] {
  const widths = Array.from({ length: cols.count }, () => 9);
  widths[cols.number] = 5;
  widths[cols.content] = 38;
  widths[cols.unit] = 10;
  widths[cols.rate] = 12;
  widths[cols.amount] = 15;
  widths[cols.note] = 18;
  return widths;
}
