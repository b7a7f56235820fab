import type { RoundMode } from "../money/roundTo.js";
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
 * An amount of money in integer đồng, as the estimate writes it and as its parts give it. Each line, section,
 * group and the estimate carries one; `computeAmounts` works out every `computed` from the declared figures.
 */
export interface Amount {
  /** As written; null when blank. */
  readonly declared: number | null;
  /**
   * What its parts give: a line's factors × rate, or the sum of its sub-items; a section's items; a group's
   * sections; the estimate's sections (each part counted as written, else as computed). Null when it cannot
   * be computed (a line without a rate or factors, a sum past any number).
   */
  readonly computed: number | null;
}

/** What a line says besides its amount. */
export interface LineFields {
  /** The line's own label as written: "1", "2", "a", "-", "+". */
  readonly number?: string;
  readonly content: string;
  readonly unit?: string;
  readonly factors: readonly Factor[];
  /** Unit rate in đồng; null when blank. */
  readonly rate: number | null;
  /**
   * How the amount rounds factors × rate, when the sheet's formula rounds it (=ROUND(D8*E8*F8,-3)): to
   * `digits` decimals of đồng (-3: to thousands).
   */
  readonly rounding?: { readonly digits: number; readonly mode: RoundMode };
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
}

/**
 * A line of an estimate (nội dung chi). Money is integer đồng, whatever the sheet's scale. Where a line read
 * from (or drawn on) a sheet sits is not part of it: that is the sheet's `EstimatePlacement`.
 */
export interface EstimateLine extends LineFields {
  readonly amount: Amount;
  /** Sub-items (a, b, -, +); when present, the line's computed amount is their sum. */
  readonly children?: readonly EstimateLine[];
}

/** A section (I, II; or A, B when they are the top level) with its items; its amount is the subtotal. */
export interface EstimateSection {
  readonly number: string;
  readonly title: string;
  readonly lines: readonly EstimateLine[];
  readonly amount: Amount;
}

/** A letter heading over Roman sections (A over I, II); its amount adds its sections. */
export interface EstimateGroup {
  readonly number: string;
  readonly title: string;
  /** Indices into the estimate's `sections` of the sections under it, in order. */
  readonly sections: readonly number[];
  readonly amount: Amount;
}

/**
 * What an adjustment line does to the total: `percentage` adds a share of other figures (contingency "Chi
 * phí dự phòng 10 %", VAT "Thuế GTGT 10 %"); `correction` is a typed figure (rounding "Làm tròn").
 */
export type AdjustmentKind = "percentage" | "correction";

/** A percentage adjustment's basis as read: the sections whose amounts it takes a share of, and the share. */
export interface AdjustmentBasis {
  /** Indices into the estimate's `sections`. */
  readonly sections: readonly number[];
  /** The share in percent (10 for "10 %"). */
  readonly percent: number;
}

/**
 * An adjustment below the sections (a line or a Roman-numbered heading with no items of its own): not
 * spending of its own but a share of other figures or a correction, added into the total.
 */
export interface EstimateAdjustment {
  /** Its label as written ("III"), when it has one. */
  readonly number?: string;
  readonly title: string;
  readonly kind: AdjustmentKind;
  readonly basis?: AdjustmentBasis;
  /**
   * Declared as written; computed is the basis's share when the basis could be read (the sections named by
   * its formula), else the declared amount: what cannot be read with certainty is taken as written.
   */
  readonly amount: Amount;
}

/** An adjustment as written: its amount is the declared one (null when blank). */
export interface AdjustmentDraft {
  readonly number?: string;
  readonly title: string;
  readonly kind: AdjustmentKind;
  readonly basis?: AdjustmentBasis;
  readonly amount: number | null;
}

/** A budget estimate (dự toán kinh phí); its amount is the grand total (Tổng cộng). */
export interface Estimate {
  readonly title?: string;
  /** Letter groups over the sections, when the estimate nests them; none otherwise. */
  readonly groups: readonly EstimateGroup[];
  /** Every section in order, grouped or not. */
  readonly sections: readonly EstimateSection[];
  /** Adjustments below the sections (contingency, VAT, rounding), when it has any; the total adds them. */
  readonly adjustments?: readonly EstimateAdjustment[];
  readonly amount: Amount;
  /** The "Bằng chữ" text as written, if any. */
  readonly words?: string;
}

/** A line as written: its amount is the declared one (null when blank). */
export interface LineDraft extends LineFields {
  readonly amount: number | null;
  readonly children?: readonly LineDraft[];
}

/** A section as written: its amount is the subtotal written (null when blank). */
export interface SectionDraft {
  readonly number: string;
  readonly title: string;
  readonly lines: readonly LineDraft[];
  readonly amount: number | null;
}

/** A letter group as written: the indices of its sections, and the amount written on its heading. */
export interface GroupDraft {
  readonly number: string;
  readonly title: string;
  readonly sections: readonly number[];
  readonly amount: number | null;
}

/** An estimate as written, every amount the declared one: `computeAmounts` makes it an `Estimate`. */
export interface EstimateDraft {
  readonly title?: string;
  readonly groups?: readonly GroupDraft[];
  readonly sections: readonly SectionDraft[];
  readonly adjustments?: readonly AdjustmentDraft[];
  /** The grand total written (null when blank). */
  readonly amount: number | null;
  readonly words?: string;
}
