// The consolidated estimate: the estimates of a plan's units added up by spending category, each against its allotment.
export type {
  CategoryAmounts,
  ConsolidatedUnit,
  Consolidation,
  ConsolidationUnit,
  UnclassifiedSpending,
} from "./consolidation.js";
export { consolidateEstimates } from "./consolidateEstimates.js";
export type { ConsolidationRenderOptions, RenderedConsolidation } from "./renderConsolidation.js";
export { renderConsolidation } from "./renderConsolidation.js";
export type { UnitNameMatch } from "./matchUnitName.js";
export { matchUnitName } from "./matchUnitName.js";
