import { classifyLine } from "../budget/classifyLine.js";
import type { Estimate } from "../budget/estimate.js";
import { amountValue } from "../budget/computeAmounts.js";
import { allLines } from "../budget/lineProduct.js";
import type { ConferenceSeries } from "../plan/planSchema.js";
import { supportNormId } from "./checkConferenceList.js";

/**
 * What one conference's support list may total at most: the estimate's meal-support lines for the
 * series (those tied to it by planRef, else all meal-support lines) shared equally over its
 * conferences. Undefined when the estimate has no such line.
 */
export function supportLimit(estimate: Estimate, series: ConferenceSeries): number | undefined {
  const meal = [...allLines(estimate)]
    .map(({ line }) => line)
    .filter((line) => (line.normId ?? classifyLine(line.content, line.unit).normId) === supportNormId);
  if (meal.length === 0) return undefined;
  const tied = meal.filter((line) => line.planRef?.conferenceSeries === series.id);
  const lines = tied.length > 0 ? tied : meal;
  const total = lines.reduce((sum, line) => sum + (amountValue(line.amount) ?? 0), 0);
  return Math.floor(total / series.count);
}
