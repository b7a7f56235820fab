import { planSchema } from "./planSchema.js";

// One schema check per plan object: the add-in's custom functions recalculate often with the same plan.
const verdicts = new WeakMap<object, boolean>();

/**
 * True when a value has the shape parsePlan gives (checked against the plan schema once per object, then
 * remembered), for the public entry points to turn a wrong plan into a finding instead of a TypeError.
 */
export function isParsedPlan(plan: unknown): boolean {
  if (plan === null || typeof plan !== "object") return false;
  const known = verdicts.get(plan);
  if (known !== undefined) return known;
  let ok = false;
  try {
    ok = planSchema.safeParse(plan).success;
  } catch {
    ok = false;
  }
  verdicts.set(plan, ok);
  return ok;
}
