import type { Finding } from "../findings/finding.js";
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

/** A plan material's distribution over receiving units. */
export interface PlanDistribution {
  readonly share?: CopiesToShare;
  readonly allocations?: Allocation[];
  readonly findings: Finding[];
}

/**
 * The copies of a material (by id; the first leaflet, else the first material, by default) to share
 * out. The plan may say the issuer keeps copies without a number: then all copies are shared and an
 * info finding says so.
 */
export function copiesToShare(plan: Plan, materialId?: string): { share?: CopiesToShare; findings: Finding[] } {
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
    return {
      findings: [
        makeFinding("plan.unknown_reference", { ref, kind: { vi: "tài liệu", en: "material" } }, { path: "materials" }),
      ],
    };
  }
  const path = `materials.${index}`;
  const kept = material.keptByIssuer ?? 0;
  if (kept > material.copies) {
    return {
      findings: [
        makeFinding("plan.kept_exceeds_copies", { kept, copies: material.copies }, { path: `${path}.keptByIssuer` }),
      ],
    };
  }
  const findings =
    material.keptByIssuer === undefined && material.keepsCopies === true
      ? [makeFinding("distribution.kept_unknown", { copies: material.copies }, { path: `${path}.keptByIssuer` })]
      : [];
  return { share: { material, index, copies: material.copies, kept, toShare: material.copies - kept }, findings };
}

/** Allocates a plan material's copies (less those kept) over the weighted units by largest remainder. */
export function distributeMaterial(plan: Plan, weights: readonly WeightRow[], materialId?: string): PlanDistribution {
  const { share, findings } = copiesToShare(plan, materialId);
  if (!share) return { findings };
  const allocations = allocateLargestRemainder(share.toShare, weights);
  if (!allocations) {
    return { share, findings: [...findings, makeFinding("distribution.no_weight", { copies: share.toShare })] };
  }
  return { share, allocations, findings };
}
