// The schedule section: proposed dates and a check of dates typed in the pane. Core calls only, no Excel.
import { proposeSchedule, type Finding } from "@hgcs/core";
import { type ConferenceSeries } from "@hgcs/core/plan";
import { checkSchedule, type ProposedConference } from "@hgcs/core/schedule";

/** Core's proposal for a series (working days in its window, at least `minGap` days apart). */
export function proposeDates(
  series: ConferenceSeries,
  minGap: number | undefined,
): { conferences: readonly ProposedConference[]; findings: readonly Finding[] } {
  return proposeSchedule(series, minGap === undefined ? {} : { minGap });
}

/**
 * Checks the dates typed in the pane, one conference's first day per line (blank lines skipped); each
 * finding points at its line (`line:N`, as the weights' findings do).
 */
export function checkTypedDates(
  series: ConferenceSeries,
  text: string,
  minGap: number | undefined,
): readonly Finding[] {
  const entries = text
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ value: line.trim(), at: { path: `line:${i + 1}` } }))
    .filter((e) => e.value !== "");
  return checkSchedule(entries, series, minGap === undefined ? {} : { minGap }).findings;
}
