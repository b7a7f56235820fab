import { makeFinding } from "../findings/makeFinding.js";
import { success, type Result } from "../findings/result.js";
import { defaultNorms } from "../norms/defaultNorms.js";
import type { NormRow } from "../norms/normRow.js";
import type { Plan } from "../plan/planSchema.js";
import { capDate } from "./capDate.js";
import { capChecker } from "./capFindings.js";
import { checkArithmetic } from "./checkArithmetic.js";
import { checkNumbers } from "./checkNumbers.js";
import { checkPlanCounts } from "./checkPlanCounts.js";
import { entryClassifier } from "./headingClass.js";
import type { LineClass } from "./lineKind.js";
import type { Estimate, EstimateLine } from "./estimate.js";
import { allLines } from "./lineProduct.js";
import { locate, type EstimateLocator } from "./locate.js";
import { venueTierOf } from "./venueTier.js";

/** Options of `checkEstimate`. */
export interface CheckEstimateOptions {
  /** The norms table (default: the built-in one, merged with a province's if you have it). */
  readonly norms?: readonly NormRow[];
  /** The day whose caps apply (default: the plan's date; without a plan, the caps in force now). */
  readonly date?: string;
  /** The allocated amount in đồng (default: the plan's `funding.allocatedVnd`). */
  readonly allocation?: number;
  /**
   * Where the estimate sits on the sheet it was read from (the sheet engine's `estimateLocator`): findings
   * then point at cells, and differences below half the table's money unit are rounding.
   */
  readonly locator?: EstimateLocator;
}

/**
 * Checks an estimate (built or read from a sheet): NaN or infinite values, arithmetic, legal caps, the
 * plan's quotas and counts, and the allocation. Never throws. With a locator, findings point at cells (rate at
 * the rate cell, counts at the persons or quantity cell, amounts, subtotal and total at theirs), else at a
 * path into the estimate ("sections.0.lines.5.rate"). Always `ok`, with the estimate checked as its value.
 */
export function checkEstimate(
  estimate: Estimate,
  plan: Plan | undefined,
  options: CheckEstimateOptions = {},
): Result<Estimate> {
  const { locator } = options;
  // The lines are listed once for all the checks below.
  const lines = allLines(estimate);
  const findings = [...checkNumbers(estimate, locator, lines), ...checkArithmetic(estimate, locator, lines)];
  const norms = options.norms ?? defaultNorms;
  const date = capDate(plan, options.date);
  const jurisdiction = plan?.issuer.jurisdiction ?? "VN";
  // Each line is classified once: the plan counts below read the same classes.
  const classes = new Map<EstimateLine, LineClass>();
  const capsOf = capChecker({ norms, date, jurisdiction });
  const classify = entryClassifier();
  for (const entry of lines) {
    const line = entry.line;
    const lineKind = classify(entry);
    if (plan) classes.set(line, lineKind);
    if (line.rate === null || !Number.isFinite(line.rate) || lineKind.normId === undefined) continue;
    const caps = capsOf(lineKind.normId, venueTierOf(line, plan));
    if (caps)
      findings.push(
        ...caps(
          line.rate,
          locate(locator, { line: entry, field: "rate" }, () => `${entry.path}.rate`),
        ),
      );
  }
  if (plan) {
    const counted = checkPlanCounts(estimate, plan, locator, (line) => classes.get(line) ?? {}, lines);
    for (const finding of counted) findings.push(finding);
  }
  const allocation = options.allocation ?? plan?.funding.allocatedVnd;
  if (allocation !== undefined && Number.isFinite(allocation)) {
    // The computed total (the sections as written), not a total cell that may itself be wrong (that is
    // total.mismatch). A sum past any number (values near 1e308) has no figure to report (computed is null).
    const total = estimate.amount.computed;
    if (total !== null && total > Math.floor(allocation)) {
      const at = locate(locator, { total: true }, "amount");
      findings.push(makeFinding("budget.over_allocation", { total, allocated: allocation }, at));
    }
  }
  return success(estimate, findings);
}
