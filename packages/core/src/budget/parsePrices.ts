import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { placeIssue } from "../plan/describeIssue.js";
import { pricesSchema, type Prices } from "./prices.js";

/**
 * Validates a price list read from JSON. Never throws: problems are `prices.invalid` findings with the
 * JSON path of the bad value, e.g. "conference.mealPerPersonDay".
 */
export function parsePrices(json: unknown): { prices?: Prices; findings: Finding[] } {
  const result = pricesSchema.safeParse(json);
  if (result.success) return { prices: result.data, findings: [] };
  const findings = result.error.issues.map((issue) => {
    const { at, problem } = placeIssue(issue, json);
    return makeFinding("prices.invalid", { problem }, at);
  });
  return { findings };
}
