import type { Finding } from "../findings/finding.js";
import { parseWithSchema } from "../plan/parseWithSchema.js";
import { normsTableSchema, periodsOverlap, sameSlot, type NormRow } from "./normRow.js";

/**
 * Validates a norms table read from JSON (a province's or a user's own). Never throws: problems are
 * `norms.invalid` findings with the JSON path of the bad value.
 */
export function parseNormsTable(json: unknown): { norms?: NormRow[]; findings: Finding[] } {
  const { value, findings } = parseWithSchema(normsTableSchema, json, "norms.invalid");
  return value ? { norms: value, findings } : { findings };
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
