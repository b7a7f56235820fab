import type { FindingLocation, LocalizedText } from "../findings/finding.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import { findCap } from "../norms/findCap.js";
import { advisoryFigure, legalMaximum } from "../norms/legalMaximum.js";
import type { NormRow } from "../norms/normRow.js";
import type { Plan } from "../plan/planSchema.js";
import { summarizePlan } from "../plan/summarizePlan.js";
import { amountInWords } from "../words/amountInWords.js";
import type { WordsOptions } from "../words/wordsOptions.js";
import { capDate } from "./capDate.js";
import { lineClassifier } from "./classifyLine.js";
import { amountValue } from "./computeAmounts.js";
import type { Estimate } from "./estimate.js";
import { allLines, sumDong } from "./lineProduct.js";
import { locate, type EstimateLocator } from "./locate.js";
import {
  categorizedLines,
  spendingCategories,
  spendingCategoryNames,
  type SpendingCategory,
} from "./spendingCategory.js";
import { venueTierOf } from "./venueTier.js";

/** Options of `summarizeEstimate`: those of `checkEstimate`, and the style of the total in words. */
export interface SummarizeEstimateOptions {
  /** The plan the estimate implements: cost per conference and per delegate-day, the allocation. */
  readonly plan?: Plan;
  readonly norms?: readonly NormRow[];
  /** The day whose caps apply (default: the plan's date; without a plan, the caps in force now). */
  readonly date?: string;
  /** Whose caps apply (default: the plan issuer's, else "VN"). */
  readonly jurisdiction?: string;
  /** The allocated amount in đồng (default: the plan's `funding.allocatedVnd`). */
  readonly allocation?: number;
  /** Where the estimate sits on its sheet: each part then points at cells. */
  readonly locator?: EstimateLocator;
  readonly words?: WordsOptions;
}

/** A section's subtotal as its lines give it (as written where written). */
export interface SectionSubtotal {
  readonly number: string;
  readonly title: string;
  readonly amount: number | null;
}

/** One kind of spending: its money and the lines (amount cells, or paths) it is made of. */
export interface CategoryShare {
  readonly category: SpendingCategory;
  readonly name: LocalizedText;
  readonly amount: number;
  /** Its whole-number share of all the categories' money (0 when there is none). */
  readonly percent: number;
  readonly lines: readonly FindingLocation[];
}

/** A line's rate against its cap. */
export interface RateAgainstCap {
  /** The rate's cell (or path). */
  readonly at: FindingLocation;
  readonly content: string;
  readonly rate: number;
  /** The maximum, or for a cap given only as advice the figure to compare with. */
  readonly cap: number;
  readonly unit: LocalizedText;
  /** True when the figure is advice only (secondary or unverified source, or no maximum written). */
  readonly advisory: boolean;
  /** rate ÷ cap: above 1 is over. */
  readonly ratio: number;
  /** Over the cap, within it, or compared with a figure that is advice only. */
  readonly state: "over" | "within" | "advisory";
  /**
   * What to say of it in whole percent: by how much it is over (never 0 when over: 1.004 × the cap is 1 %), else
   * how much of the cap it takes.
   */
  readonly percent: number;
}

/** What an estimate is made of, for a summary or a picture. Every figure in whole đồng. */
export interface EstimateSummary {
  /** The grand total: the sections as written (else as computed); the written total when nothing adds up. */
  readonly total: number | null;
  /** The total in words ("Năm trăm … đồng"); absent without a total. */
  readonly words?: string;
  readonly sections: readonly SectionSubtotal[];
  /** Every category in the order shown, empty ones included (their money is 0). */
  readonly categories: readonly CategoryShare[];
  /** Total ÷ the plan's conferences, rounded; with a plan that has conferences. */
  readonly perConference?: number;
  /** Total ÷ the plan's delegate-days, rounded; with a plan that has conferences. */
  readonly perDelegateDay?: number;
  /** The allocation and what is left of it (negative: over). */
  readonly allocation?: { readonly allocated: number; readonly remaining: number };
  readonly caps: readonly RateAgainstCap[];
}

/**
 * Sums up an estimate for a reader: total (in words too), subtotals, spending by category with its lines,
 * costs per conference and per delegate-day, the allocation left, and each capped rate against its cap. Never
 * throws; the same options as `checkEstimate` give the same caps.
 */
export function summarizeEstimate(estimate: Estimate, options: SummarizeEstimateOptions = {}): EstimateSummary {
  const { plan, locator } = options;
  const lines = allLines(estimate);
  const total = estimate.amount.computed ?? estimate.amount.declared;
  const byCategory = new Map<SpendingCategory, { amounts: (number | null)[]; lines: FindingLocation[] }>(
    spendingCategories.map((c) => [c, { amounts: [], lines: [] }]),
  );
  for (const { entry, category } of categorizedLines(estimate, lines)) {
    const part = byCategory.get(category);
    part?.amounts.push(amountValue(entry.line.amount));
    part?.lines.push(locate(locator, { line: entry, field: "amount" }, () => `${entry.path}.amount`));
  }
  const amounts = spendingCategories.map((category) => Number(sumDong(byCategory.get(category)?.amounts ?? [])));
  const whole = amounts.reduce((sum, n) => sum + n, 0);
  const categories = spendingCategories.map((category, i) => {
    const amount = amounts[i] ?? 0;
    return {
      category,
      name: spendingCategoryNames[category],
      amount,
      percent: whole > 0 ? Math.round((amount / whole) * 100) : 0,
      lines: byCategory.get(category)?.lines ?? [],
    };
  });
  const allocated = options.allocation ?? plan?.funding.allocatedVnd;
  return {
    total,
    ...(total !== null && Number.isSafeInteger(total) ? { words: amountInWords(total, options.words) } : {}),
    sections: estimate.sections.map((s) => ({ number: s.number, title: s.title, amount: amountValue(s.amount) })),
    categories,
    ...perUnit(total, plan),
    ...(allocated !== undefined && Number.isFinite(allocated) && total !== null
      ? { allocation: { allocated, remaining: allocated - total } }
      : {}),
    caps: ratesAgainstCaps(lines, options),
  };
}

function perUnit(total: number | null, plan: Plan | undefined): { perConference?: number; perDelegateDay?: number } {
  if (total === null || !plan || plan.conferences.length === 0) return {};
  const { conferences, delegateDays } = summarizePlan(plan).totals;
  return {
    ...(conferences > 0 ? { perConference: Math.round(total / conferences) } : {}),
    ...(delegateDays > 0 ? { perDelegateDay: Math.round(total / delegateDays) } : {}),
  };
}

// The same caps as checkEstimate looks up: norm id, the day, the jurisdiction and the line's venue tier.
function ratesAgainstCaps(lines: ReturnType<typeof allLines>, options: SummarizeEstimateOptions): RateAgainstCap[] {
  const { plan, locator } = options;
  const norms = options.norms ?? defaultNorms;
  const date = capDate(plan, options.date);
  const jurisdiction = options.jurisdiction ?? plan?.issuer.jurisdiction ?? "VN";
  const classify = lineClassifier();
  const caps: RateAgainstCap[] = [];
  for (const entry of lines) {
    const { line } = entry;
    const normId = classify(line).normId;
    if (line.rate === null || !Number.isFinite(line.rate) || normId === undefined) continue;
    const venueTier = venueTierOf(line, plan);
    const row = findCap(normId, venueTier ? { date, jurisdiction, venueTier } : { date, jurisdiction }, norms);
    const cap = row ? advisoryFigure(row) : undefined;
    if (!row || cap === undefined || cap <= 0) continue;
    caps.push({
      at: locate(locator, { line: entry, field: "rate" }, () => `${entry.path}.rate`),
      content: line.content,
      rate: line.rate,
      cap,
      unit: row.unit,
      ...againstCap(line.rate / cap, legalMaximum(row) === undefined),
    });
  }
  return caps;
}

function againstCap(
  ratio: number,
  advisory: boolean,
): Pick<RateAgainstCap, "advisory" | "ratio" | "state" | "percent"> {
  if (advisory) return { advisory, ratio, state: "advisory", percent: Math.round(ratio * 100) };
  if (ratio > 1) return { advisory, ratio, state: "over", percent: Math.max(1, Math.round((ratio - 1) * 100)) };
  return { advisory, ratio, state: "within", percent: Math.round(ratio * 100) };
}
