// The consolidated estimate: the estimates of a plan's units added up by spending category, each against its allotment.
export type {
  CategoryAmounts,
  ConsolidatedUnit,
  Consolidation,
  ConsolidationUnit,
  UnclassifiedSpending,
} from "./consolidation.js";
export { consolidateEstimates } from "./consolidateEstimates.js";
