import { foldText } from "../text/normalize.js";
import { conferencesOf } from "../plan/conferenceInstances.js";
import type { ConferenceSeries, Plan, VenueTier } from "../plan/planSchema.js";
import type { EstimateLine } from "./estimate.js";

/**
 * How a meal line says which venue tier its conferences are of, when a series' conferences are of several
 * tiers (a provincial conference held at a commune): "Hỗ trợ tiền ăn … (họp tại xã)".
 */
export const venueTierWords: Readonly<Record<VenueTier, string>> = {
  central_city: "họp tại thành phố trực thuộc trung ương",
  province: "họp tại tỉnh",
  commune: "họp tại xã",
};

const foldedTierWords = (Object.entries(venueTierWords) as [VenueTier, string][]).map(
  ([tier, words]) => [tier, ` ${fold(words)} `] as const,
);

function fold(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The venue tier a line's text names with `venueTierWords`, if any. */
export function venueTierNamedIn(content: string): VenueTier | undefined {
  const folded = ` ${fold(content)} `;
  return foldedTierWords.find(([, words]) => folded.includes(words))?.[0];
}

/** The one venue tier of these series' conferences (each listed one's own, else its series'); undefined with several. */
export function venueTierOfSeries(series: readonly ConferenceSeries[]): VenueTier | undefined {
  const tiers = new Set(series.flatMap((s) => conferencesOf(s).map((c) => c.venueTier)));
  return tiers.size === 1 ? [...tiers][0] : undefined;
}

/**
 * The venue tier a line's meal cap depends on: the tier of the conferences of the line's series (each listed
 * conference's own tier, else the series'), else of the whole plan, when they are all of one tier; with
 * several, the tier the line's text names, when it is one of them. Otherwise none is given and findCap
 * answers with the loosest cap.
 */
export function venueTierOf(line: EstimateLine, plan: Plan | undefined): VenueTier | undefined {
  if (!plan) return undefined;
  const ref = line.planRef?.conferenceSeries;
  const series = ref ? plan.conferences.filter((s) => s.id === ref) : plan.conferences;
  const one = venueTierOfSeries(series);
  if (one !== undefined) return one;
  const named = venueTierNamedIn(line.content);
  const tiers = new Set(series.flatMap((s) => conferencesOf(s).map((c) => c.venueTier)));
  return named !== undefined && tiers.has(named) ? named : undefined;
}
