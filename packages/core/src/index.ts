// The root of @hgcs/core: the verbs an adapter calls (parse, estimate, check, fill, render, words, format) and the
// types they take and give. Each domain's whole public surface is a subpath (@hgcs/core/words, /plan, /budget,
// /norms, /sheet, /lists, /schedule, /distribution, /dates, /money, /text, /findings); the helpers behind them
// stay internal. Explicit named exports only; packages/core/api-report.md lists every entry's names.

// findings and the Result of every parse and check
export type {
  Finding,
  FindingCode,
  FindingLocation,
  FindingParam,
  Locale,
  LocalizedText,
  Result,
  Severity,
} from "./findings/index.js";
export { findingId, formatFinding, isError, isOverCap } from "./findings/index.js";

// the plain grid the sheet verbs read and the edits they give
export type { Cell, CellEdit, CellError, CellValue, Grid, MergedRange } from "./sheet/index.js";

// plan
export type { Allotment, Plan, PlanInput, PlanSummary } from "./plan/index.js";
export { parsePlan, summarizePlan, validatePlan } from "./plan/index.js";

// legal caps
export type { CapQuery, NormRow, NormsTable } from "./norms/index.js";
export { defaultNorms, findCap } from "./norms/index.js";

// estimate
export type { CheckEstimateOptions, Estimate, EstimateFromPlanOptions, Prices, PricesInput } from "./budget/index.js";
export { checkEstimate, estimateFromPlan, parsePrices } from "./budget/index.js";

// estimate sheets
export type {
  EstimatePlacement,
  EstimateTable,
  FillOptions,
  RenderedEstimate,
  RenderedSheet,
  RenderOptions,
  SheetCheck,
  SheetCheckOptions,
  SheetFill,
  SheetKind,
  SheetKindResult,
  SheetLayout,
} from "./sheet/index.js";
export type { UnitName } from "./sheet/index.js";
export { checkSheet, detectSheetKind, fillSheet, readUnitName, renderEstimate } from "./sheet/index.js";

// the consolidated estimate of a plan's units
export type {
  Consolidation,
  ConsolidationRenderOptions,
  ConsolidationUnit,
  RenderedConsolidation,
} from "./consolidation/index.js";
export { consolidateEstimates, renderConsolidation } from "./consolidation/index.js";

// the plan's other sheets
export type { ConferenceList, ConferenceListOptions, ConferenceListSheets } from "./lists/index.js";
export { checkConferenceList, conferenceLists } from "./lists/index.js";
export type { DistributionCheckOptions, DistributionSheet, PlanDistribution } from "./distribution/index.js";
export { checkDistributionSheet, distributeMaterial, renderDistribution } from "./distribution/index.js";
export type { ScheduleOptions, ScheduleProposal, ScheduleSheet } from "./schedule/index.js";
export { checkScheduleSheet, proposeSchedule, renderSchedule } from "./schedule/index.js";

// Vietnamese number words
export type { ParsedWords, WordsLineOptions, WordsOptions } from "./words/index.js";
export { parseVietnameseWords, toVietnameseWords, wordsLine } from "./words/index.js";
