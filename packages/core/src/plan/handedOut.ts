import type { Material, Plan } from "./planSchema.js";

/** The conference series (ids) a material is handed out at, as one list whether the plan names one or several. */
export function handedOutAtOf(material: Pick<Material, "handedOutAt">): readonly string[] {
  const at = material.handedOutAt;
  return at === undefined ? [] : typeof at === "string" ? [at] : at;
}

/** The materials handed out to the delegates of a conference series: they are that series' documents. */
export function materialsHandedOutAt(plan: Pick<Plan, "materials">, seriesId: string): Material[] {
  return plan.materials.filter((m) => handedOutAtOf(m).includes(seriesId));
}
