import type { Estimate } from "../budget/estimate.js";
import type { SpendingCategory } from "../budget/spendingCategory.js";
import type { Finding } from "../findings/finding.js";
import type { Allotment } from "../plan/planSchema.js";

/** One unit's estimate as the province receives it: read from the unit's workbook, with that sheet's findings. */
export interface ConsolidationUnit {
  /** The unit, as its title block names it (else as the caller names it, e.g. by its file). */
  readonly unit: string;
  /**
   * True when no title block names the unit and `unit` is the caller's label for it: such a unit is never
   * taken for a further estimate of another (two communes' "du-toan.xlsx" are two units).
   */
  readonly unnamed?: boolean;
  readonly file: string;
  readonly sheet: string;
  /** The estimate as `checkSheet` read it: money in whole đồng, whatever the sheet's scale. */
  readonly estimate: Estimate;
  /** The findings of the unit's sheet: errors among them mark the unit. */
  readonly findings: readonly Finding[];
}

/** Money a unit spends that no category names: a line of no known kind, an adjustment, a section without lines. */
export interface UnclassifiedSpending {
  readonly content: string;
  /** In đồng; null when blank. */
  readonly amount: number | null;
}

/** Money by spending category, in whole đồng, every category present. */
export type CategoryAmounts = Readonly<Record<SpendingCategory, number>>;

/** One unit's row of the consolidation. Money in whole đồng. */
export interface ConsolidatedUnit {
  readonly unit: string;
  readonly file: string;
  readonly sheet: string;
  /**
   * Its lines as submitted (as written, else as computed), by category; its adjustments and sections without
   * lines count in `other`.
   */
  readonly categories: CategoryAmounts;
  /** The total it submitted: as written, else what its sections give. */
  readonly submitted: number;
  /** What its lines come to, each recomputed where it can be (factors × rate, sub-items added). */
  readonly recomputed: number;
  /** The submitted total less its categories: what the total holds that its lines do not (0 when they agree). */
  readonly difference: number;
  /** Error findings of its sheet: above 0, the row is marked. */
  readonly errors: number;
  readonly unclassified: readonly UnclassifiedSpending[];
  /** What the plan allots it, when a plan was given and one allotment fits its name. */
  readonly allotment?: Allotment;
}

/** The units' estimates added up. */
export interface Consolidation {
  readonly units: readonly ConsolidatedUnit[];
  /** The sums over the units of each figure. */
  readonly totals: {
    readonly categories: CategoryAmounts;
    readonly submitted: number;
    readonly recomputed: number;
    readonly difference: number;
  };
}
