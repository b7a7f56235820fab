import { success, type Result } from "../findings/result.js";
import { defaultNorms } from "./defaultNorms.js";
import { provinceRaiseFindings } from "./provinceRaise.js";
import { parseWithSchema } from "../plan/parseWithSchema.js";
import { normsTableSchema, periodsOverlap, sameSlot, type NormRow } from "./normRow.js";

/**
 * Validates a norms table read from JSON (a province's or a user's own). Never throws: problems are
 * `norms.invalid` findings with the JSON path of the bad value. `ok` with the rows when the table is valid;
 * a province row above a national TT 56/2023 maximum (of `national`, the built-in table by default) is a
 * `norms.raises_cap` finding, and findCap answers with the national maximum for it.
 */
export function parseNormsTable(json: unknown, national: readonly NormRow[] = defaultNorms): Result<NormRow[]> {
  const parsed = parseWithSchema(normsTableSchema, json, "norms.invalid");
  if (!parsed.ok) return parsed;
  const raises = provinceRaiseFindings(parsed.value, [...national, ...parsed.value]);
  return raises.length > 0 ? success(parsed.value, [...parsed.findings, ...raises]) : parsed;
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
