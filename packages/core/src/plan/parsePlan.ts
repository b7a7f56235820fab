import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { describeIssue, type SchemaIssue } from "./describeIssue.js";
import { planSchema, type Plan } from "./planSchema.js";
import { countFields, validatePlan } from "./validatePlan.js";

/** A parsed plan, or why not. `plan` is set whenever the structure is valid, even if cross-checks fail. */
export interface ParsePlanResult {
  readonly plan?: Plan;
  readonly findings: Finding[];
}

/**
 * Reads a plan from parsed JSON. Never throws: a malformed document gives `plan.invalid` (or
 * `plan.not_positive` for a bad count) findings whose `at.path` points into the JSON, e.g.
 * "conferences.0.quotaGroups.0.persons"; a well-formed one is cross-checked by `validatePlan`.
 */
export function parsePlan(json: unknown): ParsePlanResult {
  try {
    const result = planSchema.safeParse(json);
    if (!result.success) return { findings: result.error.issues.map((issue) => issueFinding(issue, json)) };
    return { plan: result.data, findings: validatePlan(result.data) };
  } catch {
    // Only exotic objects (throwing getters, proxies) get here; JSON never does.
    return { findings: [makeFinding("plan.invalid", { problem: { vi: "không đọc được dữ liệu", en: "the data cannot be read" } })] };
  }
}

/** The dotted JSON path of a schema issue: ["conferences", 0, "count"] → "conferences.0.count". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function issueFinding(issue: SchemaIssue, json: unknown): Finding {
  const path = issuePath(issue.path);
  const value = valueAt(json, issue.path);
  const at = path === "" ? undefined : { path };
  const field = issue.path[issue.path.length - 1];
  const badCount =
    typeof value === "number" &&
    (countFields as readonly PropertyKey[]).includes(field ?? "") &&
    (issue.code === "too_small" || (issue.code === "invalid_type" && issue.expected === "int"));
  if (badCount) return makeFinding("plan.not_positive", { value: String(value) }, at);
  return makeFinding("plan.invalid", { problem: describeIssue(issue, value) }, at);
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let here = json;
  for (const key of path) {
    if (here === null || typeof here !== "object" || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}
