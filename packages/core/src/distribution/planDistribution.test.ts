import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { planSchema } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { copiesToShare, distributeMaterial } from "./planDistribution.js";

const withMaterial = (patch: Record<string, unknown>) => {
  const input = samplePlanInput();
  return planSchema.parse({ ...input, materials: input.materials?.map((m) => ({ ...m, ...patch })) });
};
const weights = [
  { unit: "Huyện A", weight: 27, line: 1 },
  { unit: "Huyện B", weight: 20, line: 2 },
  { unit: "Huyện C", weight: 13, line: 3 },
];

describe("distributeMaterial", () => {
  it("shares the plan's copies less those kept, summing exactly", () => {
    const distributed = distributeMaterial(withMaterial({ keptByIssuer: 1000 }), weights);
    expect(distributed.findings).toEqual([]);
    const { share, allocations } = valueOf(distributed);
    expect(share).toMatchObject({ copies: 25000, kept: 1000, toShare: 24000 });
    expect(allocations.map((a) => a.count)).toEqual([10800, 8000, 5200]);
  });

  it("says so when the plan keeps copies without a number, and shares all of them", () => {
    const distributed = distributeMaterial(withMaterial({ keepsCopies: true }), weights);
    expect(valueOf(distributed).share.toShare).toBe(25000);
    expect(distributed.findings.map((f) => [f.code, f.at?.path])).toEqual([
      ["distribution.kept_unknown", "materials.0.keptByIssuer"],
    ]);
  });

  it("reports an unknown material, kept above copies, and all-zero weights", () => {
    expect(copiesToShare(withMaterial({}), "khong-co").findings.map((f) => f.code)).toEqual(["plan.unknown_reference"]);
    expect(copiesToShare(withMaterial({ keptByIssuer: 30000 })).findings.map((f) => f.code)).toEqual([
      "plan.kept_exceeds_copies",
    ]);
    const zero = distributeMaterial(withMaterial({}), [{ unit: "A", weight: 0, line: 1 }]);
    expect(zero.ok).toBe(false);
    expect(zero.findings.map((f) => [f.code, f.params])).toEqual([["distribution.no_weight", { copies: 25000 }]]);
  });

  it("picks a material by id", () => {
    expect(valueOf(copiesToShare(withMaterial({}), "to-gap")).material.id).toBe("to-gap");
  });
});
