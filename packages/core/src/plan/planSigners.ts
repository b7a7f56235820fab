import type { Plan, Signer } from "./planSchema.js";

/** Every signer of the plan: its `signers`, else its one `signer`. */
export function planSigners(plan: Pick<Plan, "signer" | "signers">): readonly Signer[] {
  if (plan.signers !== undefined && plan.signers.length > 0) return plan.signers;
  return plan.signer ? [plan.signer] : [];
}

/**
 * Who signs the plan's sheets for the issuer: the signer of the issuing office in a joint plan (the first
 * without another office named), else the first signer. The schema guarantees there is one.
 */
export function leadSigner(plan: Pick<Plan, "signer" | "signers" | "issuer">): Signer {
  const all = planSigners(plan);
  const own = all.find((s) => s.agency === undefined || s.agency === plan.issuer.agency);
  return own ?? all[0] ?? { title: "Thủ trưởng đơn vị" };
}
