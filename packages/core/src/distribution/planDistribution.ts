import { failure, success, type Result } from "../findings/result.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Material, Plan } from "../plan/planSchema.js";
import { allocateLargestRemainder, type Allocation } from "./allocate.js";
import type { WeightRow } from "./parseWeights.js";

/** A material's copies to hand out: the printed copies less those the issuer keeps. */
export interface CopiesToShare {
  readonly material: Material;
  /** Index of the material in the plan (for JSON paths). */
  readonly index: number;
  readonly copies: number;
  readonly kept: number;
  readonly toShare: number;
}

/** A plan material's distribution over receiving units: the copies shared and each unit's count. */
export interface PlanDistribution {
  readonly share: CopiesToShare;
  readonly allocations: readonly Allocation[];
}

/**
 * The copies of a material (by id; the first leaflet, else the first material, by default) to share
 * out. The plan may say the issuer keeps copies without a number: then all copies are shared and an
 * info finding says so. Not `ok` for an unknown material or more copies kept than printed.
 */
export function copiesToShare(plan: Plan, materialId?: string): Result<CopiesToShare> {
  const index =
    materialId === undefined
      ? Math.max(
          plan.materials.findIndex((m) => m.kind === "leaflet"),
          0,
        )
      : plan.materials.findIndex((m) => m.id === materialId);
  const material = plan.materials[index];
  if (!material) {
    const ref = materialId ?? "";
    return failure([
      makeFinding("plan.unknown_reference", { ref, kind: { vi: "tài liệu", en: "material" } }, { path: "materials" }),
    ]);
  }
  const path = `materials.${index}`;
  const kept = material.keptByIssuer ?? 0;
  if (kept > material.copies) {
    return failure([
      makeFinding("plan.kept_exceeds_copies", { kept, copies: material.copies }, { path: `${path}.keptByIssuer` }),
    ]);
  }
  const findings =
    material.keptByIssuer === undefined && material.keepsCopies === true
      ? [makeFinding("distribution.kept_unknown", { copies: material.copies }, { path: `${path}.keptByIssuer` })]
      : [];
  return success({ material, index, copies: material.copies, kept, toShare: material.copies - kept }, findings);
}

/**
 * Allocates a plan material's copies (less those kept) over the weighted units by largest remainder. Not
 * `ok` when copiesToShare is not, or when no unit has a weight (`distribution.no_weight`).
 */
export function distributeMaterial(
  plan: Plan,
  weights: readonly WeightRow[],
  materialId?: string,
): Result<PlanDistribution> {
  const shared = copiesToShare(plan, materialId);
  if (!shared.ok) return shared;
  const share = shared.value;
  const allocations = allocateLargestRemainder(share.toShare, weights);
  if (!allocations) {
    return failure([...shared.findings, makeFinding("distribution.no_weight", { copies: share.toShare })]);
  }
  return success({ share, allocations }, shared.findings);
}
