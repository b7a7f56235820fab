import type { Finding } from "../findings/finding.js";
import { parseWithSchema } from "../plan/parseWithSchema.js";
import { pricesSchema, type Prices } from "./prices.js";

/**
 * Validates a price list read from JSON. Never throws: problems are `prices.invalid` findings with the
 * JSON path of the bad value, e.g. "conference.mealPerPersonDay".
 */
export function parsePrices(json: unknown): { prices?: Prices; findings: Finding[] } {
  const { value, findings } = parseWithSchema(pricesSchema, json, "prices.invalid");
  return value ? { prices: value, findings } : { findings };
}
