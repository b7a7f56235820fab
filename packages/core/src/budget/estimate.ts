import type { LineKind } from "./lineKind.js";

/**
 * What a quantity factor of a line counts. `count` is a multiplier whose header says only "Số …" of something
 * no rule knows (Số lần, Số tháng, Số tổ, Số vụ việc): it multiplies, and no plan count is compared with it.
 */
export type FactorKind = "quantity" | "persons" | "days" | "sessions" | "events" | "count";

/** One multiplicative factor of a line: amount = product of factors × rate. */
export interface Factor {
  readonly kind: FactorKind;
  readonly value: number;
}

/**
 * A line of an estimate (nội dung chi). Money is integer đồng, whatever the sheet's scale. Where a line read
 * from (or drawn on) a sheet sits is not part of it: that is the sheet's `EstimatePlacement`.
 */
export interface EstimateLine {
  /** The line's own label as written: "1", "2", "a", "-", "+". */
  readonly number?: string;
  readonly content: string;
  readonly unit?: string;
  readonly factors: readonly Factor[];
  /** Unit rate in đồng; null when blank. */
  readonly rate: number | null;
  /** Amount in đồng as written; null when blank. */
  readonly amount: number | null;
  /** What the line pays for, when known (set by estimateFromPlan; else classifyLine tells). */
  readonly kind?: LineKind;
  /** The legal cap this line falls under (see norms), when known. */
  readonly normId?: string;
  /** The plan's quota group this line spends against, e.g. the non-salaried mediators. */
  readonly quotaGroup?: string;
  /** The plan's conference series or material this line belongs to. */
  readonly planRef?: { readonly conferenceSeries?: string; readonly material?: string };
  /** Basis or note (Ghi chú / Căn cứ). */
  readonly note?: string;
  /** Sub-items (a, b, -, +); when present, the line's amount is their sum. */
  readonly children?: readonly EstimateLine[];
}

/** A section (I, II / A, B) with its items and subtotal. */
export interface EstimateSection {
  readonly number: string;
  readonly title: string;
  readonly lines: readonly EstimateLine[];
  /** Subtotal in đồng as written; null when blank. */
  readonly subtotal: number | null;
}

/** A budget estimate (dự toán kinh phí). */
export interface Estimate {
  readonly title?: string;
  readonly sections: readonly EstimateSection[];
  /** Grand total in đồng as written; null when blank. */
  readonly total: number | null;
  /** The "Bằng chữ" text as written, if any. */
  readonly words?: string;
}
