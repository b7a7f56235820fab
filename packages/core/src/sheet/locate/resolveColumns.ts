import type { FactorKind } from "../../budget/estimate.js";
import { headerKey } from "../../table/vocabulary.js";
import type { SheetView } from "../../table/view.js";
import type { TableColumns } from "../table.js";
import { sameOrRounded } from "../../money/sameFigure.js";
import { figureAt, lineShapeProduct, type Figure } from "./lineFigures.js";
import { isFactorRole, roleOfHeader, type ColumnRole } from "./vocabulary.js";

/** The header rows and body rows of a table whose numeric columns are to be told apart. */
export interface TableRows {
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly bodyTop: number;
  readonly bodyBottom: number;
}

interface Shape {
  readonly amount: number;
  readonly rate: number | undefined;
  readonly factors: readonly { readonly kind: FactorKind; readonly col: number }[];
}

// Enough lines to see a table's shape; a bound keeps big sheets cheap.
const sampledRows = 400;
const maxCandidates = { amount: 3, rate: 3, factors: 7 } as const;

/**
 * Which of the columns a header names as amounts, rates and multipliers really are, told by the data: the
 * table's shape is the amount column, rate column and set of factor columns whose product matches the most
 * lines (blank factors left out, as a line leaves out what does not apply). So "Số lần" or "Số tháng" multiply
 * when the lines say so, "Số tổ hòa giải" beside "Số vụ việc" does not when the lines say not, and "Định mức"
 * beside "Đơn giá" is the cap, not the price. Among shapes that match as many lines: more factors (a column of
 * ones still multiplies), then a plain amount or price word over "Giá trị", "Dự toán" or "Định mức", then the
 * rightmost. With no line to go by (an unfilled sheet), the header alone decides the same way.
 */
export function resolveColumns(view: SheetView, columns: TableColumns, rows: TableRows): TableColumns {
  const roles = headerRoles(view, rows);
  const amounts = candidates(roles, (r) => r === "amount", maxCandidates.amount);
  const rates = candidates(roles, (r) => r === "rate", maxCandidates.rate);
  const factors = roles.filter((c) => isFactorRole(c.role)).slice(0, maxCandidates.factors);
  if (amounts.length === 0) return columns;
  const weak = (col: number) => isWeakNumberHeader(view, rows, col);
  const lines = sampleLines(view, rows, [...amounts, ...rates, ...factors.map((f) => f.col)]);

  let best: { shape: Shape; score: number; rank: readonly number[] } | undefined;
  for (const amount of amounts) {
    for (const rate of rates.length === 0 ? [undefined] : rates) {
      for (let mask = 0; mask < 1 << factors.length; mask++) {
        const chosen = factors.filter((_, i) => (mask & (1 << i)) !== 0);
        const shape: Shape = {
          amount,
          rate,
          factors: chosen.map((f) => ({ kind: f.role as FactorKind, col: f.col })),
        };
        const score = lines.reduce((n, line) => n + (matches(line, shape) ? 1 : 0), 0);
        const rank = [
          score,
          chosen.length,
          weak(amount) ? 0 : 1,
          rate !== undefined && weak(rate) ? 0 : 1,
          amount,
          rate ?? 0,
        ];
        if (!best || isBetter(rank, best.rank)) best = { shape, score, rank };
      }
    }
  }
  if (!best) return columns;
  const { amount, rate, factors: chosen } = best.shape;
  const { rate: _rate, ...rest } = columns;
  return { ...rest, amount, factors: chosen, ...(rate === undefined ? {} : { rate }) };
}

interface HeaderRole {
  readonly col: number;
  readonly role: ColumnRole;
}

/** Each column's role from the header: the lowest header row that names one (a merged group's parts win). */
function headerRoles(view: SheetView, rows: TableRows): HeaderRole[] {
  const out: HeaderRole[] = [];
  for (let c = 0; c < view.colCount; c++) {
    for (let r = rows.headerBottom; r >= rows.headerTop; r--) {
      if (typeof view.value(r, c) !== "string") continue;
      const role = roleOfHeader(view.folded(r, c));
      if (role !== undefined) {
        out.push({ col: c, role });
        break;
      }
    }
  }
  return out;
}

function candidates(roles: readonly HeaderRole[], is: (role: ColumnRole) => boolean, max: number): number[] {
  return roles
    .filter((c) => is(c.role))
    .map((c) => c.col)
    .slice(0, max);
}

// Headers that name a figure that is not the line's own: a limit (định mức), a value of something else
// (giá trị), a plan (dự toán). They lose ties to "Đơn giá", "Mức chi", "Thành tiền", "Số tiền", "Kinh phí".
const weakWords = ["dinh muc", "gia tri", "du toan"];

function isWeakNumberHeader(view: SheetView, rows: TableRows, col: number): boolean {
  for (let r = rows.headerBottom; r >= rows.headerTop; r--) {
    if (typeof view.value(r, col) !== "string") continue;
    const key = headerKey(view.folded(r, col));
    if (key !== "") return weakWords.some((w) => key.startsWith(w));
  }
  return false;
}

/** A body line's figures by column. */
type Line = ReadonlyMap<number, Figure>;

function sampleLines(view: SheetView, rows: TableRows, cols: readonly number[]): Line[] {
  const out: Line[] = [];
  const last = Math.min(rows.bodyBottom, rows.bodyTop + sampledRows - 1);
  for (let r = rows.bodyTop; r <= last; r++) out.push(new Map(cols.map((c) => [c, figureAt(view, r, c)])));
  return out;
}

/** True when a line's amount is its factors' product × its rate, blank factors left out. */
function matches(line: Line, shape: Shape): boolean {
  const amount = line.get(shape.amount);
  if (amount === null || amount === undefined || amount === 0) return false;
  const price = shape.rate === undefined ? "none" : line.get(shape.rate);
  const product = lineShapeProduct(
    price,
    shape.factors.map((f) => line.get(f.col)),
  );
  return product !== undefined && sameOrRounded(product, amount);
}

function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return false;
}
