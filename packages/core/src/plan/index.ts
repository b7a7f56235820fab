// @hgcs/core/plan — the annual plan: its types, parsing and cross-checks, its summary and JSON Schema.
export type {
  Activity,
  ConferenceSeries,
  DocumentRef,
  Material,
  Plan,
  PlanInput,
  QuotaGroup,
  Responsibility,
  TimeFrame,
  VenueTier,
} from "./planSchema.js";
export type { ParsePlanResult } from "./parsePlan.js";
export { parsePlan } from "./parsePlan.js";
export { validatePlan } from "./validatePlan.js";
export type { ConferenceSummary, MaterialSummary, PlanSummary, QuotaGroupSummary } from "./summarizePlan.js";
export { groupPersonDays, summarizePlan } from "./summarizePlan.js";
export { planJsonSchema } from "./planJsonSchema.js";
export { formatTimeFrame } from "./formatTimeFrame.js";
