import type { Plan, VenueTier } from "../plan/planSchema.js";
import type { EstimateLine } from "./estimate.js";

/**
 * The venue tier a line's meal cap depends on: the line's own series, else the plan's only tier. With several
 * tiers and no link, none is given and findCap answers with the loosest cap.
 */
export function venueTierOf(line: EstimateLine, plan: Plan | undefined): VenueTier | undefined {
  if (!plan) return undefined;
  const ref = line.planRef?.conferenceSeries;
  const series = ref ? plan.conferences.filter((s) => s.id === ref) : plan.conferences;
  const tiers = new Set(series.map((s) => s.venueTier));
  return tiers.size === 1 ? [...tiers][0] : undefined;
}
