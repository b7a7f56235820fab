// @hgcs/core/budget — the estimate as data: its types, price lists, building an estimate from a plan and
// checking one against the plan and the legal caps.
export type {
  AdjustmentBasis,
  AdjustmentDraft,
  AdjustmentKind,
  Amount,
  Estimate,
  EstimateAdjustment,
  EstimateDraft,
  EstimateGroup,
  EstimateLine,
  EstimateSection,
  Factor,
  FactorKind,
  GroupDraft,
  LineDraft,
  LineFields,
  SectionDraft,
} from "./estimate.js";
export { amountValue, computeAmounts } from "./computeAmounts.js";
export type { EstimateFigure, EstimateLocator } from "./locate.js";
export type { LineEntry } from "./lineProduct.js";
export type { LineClass, LineConfidence, LineKind, QuotaBasis } from "./lineKind.js";
export { classifyLine, lineClass } from "./classifyLine.js";
export type { ConferencePrices, MaterialPrices, Prices, PricesInput } from "./prices.js";
export { parsePrices } from "./parsePrices.js";
export type { EstimateFromPlanOptions } from "./estimateFromPlan.js";
export { estimateFromPlan } from "./estimateFromPlan.js";
export type { CheckEstimateOptions } from "./checkEstimate.js";
export { checkEstimate } from "./checkEstimate.js";
export type { CategorizedLine, SpendingCategory } from "./spendingCategory.js";
export {
  categorizedLines,
  spendingByCategory,
  spendingCategories,
  spendingCategoryNames,
  spendingCategoryOf,
} from "./spendingCategory.js";
export type {
  CategoryShare,
  EstimateSummary,
  RateAgainstCap,
  SectionSubtotal,
  SummarizeEstimateOptions,
} from "./summarizeEstimate.js";
export { summarizeEstimate } from "./summarizeEstimate.js";
