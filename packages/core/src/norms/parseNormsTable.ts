import type { Result } from "../findings/result.js";
import { parseWithSchema } from "../plan/parseWithSchema.js";
import { normsTableSchema, periodsOverlap, sameSlot, type NormRow } from "./normRow.js";

/**
 * Validates a norms table read from JSON (a province's or a user's own). Never throws: problems are
 * `norms.invalid` findings with the JSON path of the bad value. `ok` with the rows when the table is valid.
 */
export function parseNormsTable(json: unknown): Result<NormRow[]> {
  return parseWithSchema(normsTableSchema, json, "norms.invalid");
}

/**
 * Merges an extra table into a base one: an extra row replaces the base row of the same key, or the
 * base rows it would compete with for the same period (same id, jurisdiction and tier); other rows are
 * added. A province row keeps its own jurisdiction, so it overrides the national row in `findCap`.
 */
export function mergeNorms(base: readonly NormRow[], extra: readonly NormRow[]): NormRow[] {
  const replaced = (row: NormRow): boolean =>
    extra.some((e) => e.key === row.key || (sameSlot(e, row) && periodsOverlap(e, row)));
  return [...base.filter((row) => !replaced(row)), ...extra];
}
