import { lineClass } from "../budget/classifyLine.js";
import type { Estimate } from "../budget/estimate.js";
import { amountValue } from "../budget/computeAmounts.js";
import type { LineKind } from "../budget/lineKind.js";
import { allLines } from "../budget/lineProduct.js";
import type { ConferenceSeries } from "../plan/planSchema.js";

/** What a support list pays: meal and travel support of the delegates not paid from the state budget. */
const supportKinds: ReadonlySet<LineKind> = new Set(["meal_support", "travel_support"]);

/**
 * What one conference's support list may total at most: the estimate's meal- and travel-support lines for
 * the series (those tied to it by planRef, else all such lines) shared equally over its conferences.
 * Undefined when the estimate has no such line.
 */
export function supportLimit(estimate: Estimate, series: ConferenceSeries): number | undefined {
  const support = [...allLines(estimate)]
    .map(({ line }) => line)
    .filter((line) => {
      const kind = lineClass(line).kind;
      return kind !== undefined && supportKinds.has(kind);
    });
  if (support.length === 0) return undefined;
  const tied = support.filter((line) => line.planRef?.conferenceSeries === series.id);
  const lines = tied.length > 0 ? tied : support;
  const total = lines.reduce((sum, line) => sum + (amountValue(line.amount) ?? 0), 0);
  return Math.floor(total / series.count);
}
