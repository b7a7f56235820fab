import { planDay } from "../plan/localGovernment.js";
import type { Plan } from "../plan/planSchema.js";

// With no date and no plan, a far day selects the rows in force now (those without an end).
const LATEST = "9999-12-31";

/** The day whose caps apply: the one given, else the plan document's date (or month, or year). */
export function capDate(plan: Plan | undefined, date: string | undefined): string {
  if (date !== undefined) return date;
  if (!plan) return LATEST;
  return planDay(plan);
}
