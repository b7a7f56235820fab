import type { VenueTier } from "../plan/planSchema.js";
import { defaultNorms } from "./defaultNorms.js";
import type { NormRow } from "./normRow.js";
import { raisedNationalCap } from "./provinceRaise.js";

/** What decides which cap is in force: the day of spending, where, and the venue tier for meals. */
export interface CapQuery {
  /** ISO date, "yyyy-MM-dd". */
  readonly date: string;
  /** "VN" or a province key such as "thanh-hoa". */
  readonly jurisdiction: string;
  readonly venueTier?: VenueTier;
  readonly region?: NormRow["region"];
}

/**
 * The cap row in force for a norm id (or a row key) on a day. A province's row overrides the national
 * one, except where it would raise a TT 56/2023 maximum (the national row answers then); old rows
 * answer for old dates. When tiers differ and none is asked for, the loosest cap is
 * returned, so a rate above it is over the cap whatever the tier.
 */
export function findCap(id: string, query: CapQuery, norms: readonly NormRow[] = defaultNorms): NormRow | undefined {
  const inForce = norms.filter(
    (row) =>
      (row.id === id || row.key === id) &&
      row.effectiveFrom <= query.date &&
      (row.effectiveTo === undefined || query.date <= row.effectiveTo) &&
      matches(row.venueTier, query.venueTier) &&
      matches(row.region, query.region),
  );
  const national = inForce.filter((row) => row.jurisdiction === "VN");
  const local = inForce
    .filter((row) => row.jurisdiction === query.jurisdiction && row.jurisdiction !== "VN")
    .map((row) => raisedNationalCap(row, national) ?? row);
  return loosest(local.length > 0 ? local : national);
}

function matches<T>(rowValue: T | undefined, asked: T | undefined): boolean {
  return rowValue === undefined || asked === undefined || rowValue === asked;
}

// A row without a figure (by invoice, or not known) is looser than any figure.
function loosest(rows: readonly NormRow[]): NormRow | undefined {
  let best: NormRow | undefined;
  for (const row of rows) {
    if (!best) best = row;
    else if (best.maxVnd !== null && (row.maxVnd === null || row.maxVnd > best.maxVnd)) best = row;
  }
  return best;
}
