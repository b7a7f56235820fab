import type { Finding } from "../findings/finding.js";
import { failure, success, type Result } from "../findings/result.js";
import { makeFinding } from "../findings/makeFinding.js";
import { placeIssue, type SchemaIssue } from "./describeIssue.js";
import { planSchema, type Plan } from "./planSchema.js";
import { unknownKeyFindings } from "./unknownKeyFindings.js";
import { countFields, validatePlan } from "./validatePlan.js";

/** A parsed plan, or why not: `ok` whenever the structure is valid, even if cross-checks fail. */
export type ParsePlanResult = Result<Plan>;

/**
 * Reads a plan from parsed JSON. Never throws: a malformed document gives `plan.invalid` (or
 * `plan.not_positive` for a bad count) findings whose `at.path` points into the JSON, e.g.
 * "conferences.0.quotaGroups.0.persons", and no plan; a well-formed one is `ok` and cross-checked by
 * `validatePlan` (its findings are the result's), after a `plan.unknown_key` warning for each key the format
 * does not know (the plan is still returned).
 */
export function parsePlan(json: unknown): ParsePlanResult {
  try {
    const result = planSchema.safeParse(json);
    if (!result.success) return failure(result.error.issues.map((issue) => issueFinding(issue, json)));
    const checked = validatePlan(result.data);
    const unknown = unknownKeyFindings(json, result.data, "plan.unknown_key");
    return unknown.length === 0 ? checked : success(result.data, [...unknown, ...checked.findings]);
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; JSON never does.
    return failure([
      makeFinding("plan.invalid", { problem: { vi: "không đọc được dữ liệu", en: "the data cannot be read" } }),
    ]);
  }
}

function issueFinding(issue: SchemaIssue, json: unknown): Finding {
  const { at, value, problem } = placeIssue(issue, json);
  const field = issue.path[issue.path.length - 1];
  const badCount =
    typeof value === "number" &&
    (countFields as readonly PropertyKey[]).includes(field ?? "") &&
    (issue.code === "too_small" ||
      issue.code === "not_multiple_of" ||
      (issue.code === "invalid_type" && issue.expected === "int"));
  if (badCount) return makeFinding("plan.not_positive", { value: String(value) }, at);
  return makeFinding("plan.invalid", { problem }, at);
}
