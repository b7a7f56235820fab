import type { Finding, FindingLocation, LocalizedText } from "../findings/finding.js";
import { groupDigits } from "../findings/formatFinding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { citeBasis } from "../norms/citation.js";
import { findCap } from "../norms/findCap.js";
import { legalMaximum } from "../norms/legalMaximum.js";
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
  const { venueTier, ...rest } = context;
  return capChecker(rest)(normId, venueTier)?.(rate, at) ?? [];
}

/** The findings of one rate against a cap already looked up. */
export type CapCheck = (rate: number, at: FindingLocation | undefined) => Finding[];

/**
 * capFindings for many lines: each norm id and venue tier is looked up (and its basis cited) once,
 * for the checker's lifetime. Undefined when no cap row is in force for the norm.
 */
export function capChecker(
  context: Omit<CapContext, "venueTier">,
): (normId: string, venueTier?: VenueTier) => CapCheck | undefined {
  const known = new Map<string, CapCheck | undefined>();
  return (normId, venueTier) => {
    const key = venueTier === undefined ? normId : `${normId}|${venueTier}`;
    if (known.has(key)) return known.get(key);
    const query = { date: context.date, jurisdiction: context.jurisdiction };
    const row = findCap(normId, venueTier ? { ...query, venueTier } : query, context.norms);
    const check = row ? capCheck(row) : undefined;
    known.set(key, check);
    return check;
  };
}

function capCheck(row: NormRow): CapCheck {
  const basis = citeBasis(row.basis);
  if (row.status !== "verified") {
    const cap = capText(row);
    return (rate, at) => [makeFinding("rate.cap_unverified", { rate, cap, basis }, at)];
  }
  const max = legalMaximum(row);
  return (rate, at) =>
    max !== undefined && rate > max
      ? [makeFinding("rate.over_cap", { rate, cap: max, unit: row.unit, basis }, at)]
      : [];
}

/**
 * "mức tối đa tham khảo 150.000 đ/người/ngày"; without a maximum, the reported figure and what is
 * uncertain about it — or that there is no figure.
 */
function capText(row: NormRow): LocalizedText {
  if (row.maxVnd === null && row.advisory) {
    const { vnd, note } = row.advisory;
    return {
      vi: `chưa có mức tối đa; con số tham khảo ${groupDigits(vnd, "vi")} đ (${note.vi})`,
      en: `no maximum figure; ${groupDigits(vnd, "en")} VND for reference (${note.en})`,
    };
  }
  if (row.maxVnd === null) return { vi: "chưa có con số mức tối đa", en: "no maximum figure yet" };
  return {
    vi: `mức tối đa tham khảo ${groupDigits(row.maxVnd, "vi")} đ/${row.unit.vi}`,
    en: `advisory maximum ${groupDigits(row.maxVnd, "en")} VND/${row.unit.en}`,
  };
}
