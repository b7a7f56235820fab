// What the user typed or chose in the sections (series, weights, minimum gap), read from the page and kept in
// the session, which the ribbon commands share.
import type { Plan } from "@hgcs/core";
import type { ConferenceSeries } from "@hgcs/core/plan";
import type { CheckInput } from "../controller/kindChecks.js";
import { seriesOf } from "../controller/kindChecks.js";
import { session } from "../controller/session.js";
import { field } from "./dom.js";

export const weightsText = (): string => field<HTMLTextAreaElement>("weights").value;

export const typedDates = (): string => field<HTMLTextAreaElement>("typedDates").value;

/** The minimum days between conferences typed, or undefined (core's default) when not a positive number. */
export function minGap(): number | undefined {
  const n = Number.parseInt(field<HTMLInputElement>("minGap").value, 10);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The plan and the series chosen in a picker. A list or schedule needs both; drawing passes the sample plan
 * as a fallback, as new-sheet does. Throws the pane's message when there is none.
 */
export function withSeries(
  picker: string,
  needsSeries: string,
  plan: Plan | undefined = session.plan,
): { plan: Plan; series: ConferenceSeries } {
  const series = seriesOf(plan, field<HTMLSelectElement>(picker).value);
  if (!plan || !series) throw new Error(needsSeries);
  return { plan, series };
}

/** Keeps the pane's inputs in the session and gives what a check compares with. */
export function checkInput(): CheckInput {
  session.listSeries = field<HTMLSelectElement>("listSeries").value;
  session.weightsText = weightsText();
  session.scheduleSeries = field<HTMLSelectElement>("scheduleSeries").value;
  session.minGap = minGap();
  return session.checkInput();
}
