// @hgcs/core/distribution — sharing a material's copies (leaflets) among units by weight: the allocation, the
// weights file, drawing the distribution sheet and checking one.
export type { Allocation, WeightedUnit } from "./allocate.js";
export { allocateLargestRemainder } from "./allocate.js";
export type { WeightRow } from "./parseWeights.js";
export { parseWeightsCsv } from "./parseWeights.js";
export type { CopiesToShare, PlanDistribution } from "./planDistribution.js";
export { copiesToShare, distributeMaterial } from "./planDistribution.js";
export { renderDistribution } from "./renderDistribution.js";
export type {
  DistributionCheckOptions,
  DistributionRole,
  DistributionRow,
  DistributionSheet,
} from "./checkDistribution.js";
export { checkDistributionSheet, distributionRole } from "./checkDistribution.js";
