// @hgcs/core/plan — the annual plan: its types, parsing and cross-checks, its summary and JSON Schema.
export type {
  Activity,
  Allotment,
  ConferenceInstance,
  ConferenceSeries,
  DocumentRef,
  FundingSource,
  Issuer,
  IssuerLevel,
  Material,
  OnlineSite,
  Plan,
  PlanInput,
  QuotaGroup,
  Responsibility,
  Signer,
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
export type { ResolvedConference, ResolvedSite } from "./conferenceInstances.js";
export { calendarDaysOf, conferencePlace, conferencesOf, sessionsOf } from "./conferenceInstances.js";
export { leadSigner, planSigners } from "./planSigners.js";
export { issuerNames, sameUnit, unitKey } from "./sameUnit.js";
