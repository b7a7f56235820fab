import type { Result } from "../findings/result.js";
import { parseWithSchema } from "../plan/parseWithSchema.js";
import { pricesSchema, type Prices } from "./prices.js";

/**
 * Validates a price list read from JSON. Never throws: problems are `prices.invalid` findings with the
 * JSON path of the bad value, e.g. "conference.mealPerPersonDay". `ok` with the prices when they are valid.
 */
export function parsePrices(json: unknown): Result<Prices> {
  return parseWithSchema(pricesSchema, json, "prices.invalid");
}
