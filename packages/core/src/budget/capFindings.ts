import type { Finding, FindingLocation, LocalizedText } from "../findings/finding.js";
import { groupDigits } from "../findings/formatFinding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { citeBasis } from "../norms/citation.js";
import { findCap } from "../norms/findCap.js";
import type { NormRow } from "../norms/normRow.js";
import type { VenueTier } from "../plan/planSchema.js";

/** What decides the cap of a line: the table, the day, the place and the venue tier. */
export interface CapContext {
  readonly norms: readonly NormRow[];
  readonly date: string;
  readonly jurisdiction: string;
  readonly venueTier?: VenueTier;
}

/**
 * The cap findings of one rate: `rate.over_cap` above a verified cap (the rate is reported, never
 * clipped); `rate.cap_unverified` (info, the figure as advice) when the cap is secondary or unverified.
 */
export function capFindings(
  rate: number | null,
  normId: string | undefined,
  context: CapContext,
  at: FindingLocation | undefined,
): Finding[] {
  if (rate === null || normId === undefined) return [];
  const query = { date: context.date, jurisdiction: context.jurisdiction };
  const row = findCap(normId, context.venueTier ? { ...query, venueTier: context.venueTier } : query, context.norms);
  if (!row) return [];
  const basis = citeBasis(row.basis);
  if (row.status !== "verified") {
    return [makeFinding("rate.cap_unverified", { rate, cap: capText(row), basis }, at)];
  }
  if (row.maxVnd !== null && rate > row.maxVnd) {
    return [makeFinding("rate.over_cap", { rate, cap: row.maxVnd, unit: row.unit, basis }, at)];
  }
  return [];
}

/** "40.000 đ/đại biểu/ngày" — or, without a figure, that there is none yet. */
function capText(row: NormRow): LocalizedText {
  if (row.maxVnd === null) return { vi: "chưa có con số", en: "no figure yet" };
  return {
    vi: `${groupDigits(row.maxVnd, "vi")} đ/${row.unit.vi}`,
    en: `${groupDigits(row.maxVnd, "en")} VND/${row.unit.en}`,
  };
}
