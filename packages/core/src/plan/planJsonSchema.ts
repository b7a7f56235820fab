import { z } from "zod";
import { planSchema } from "./planSchema.js";

/**
 * The JSON Schema (draft 2020-12) of a plan file as written, before defaults — what editors validate
 * against. Committed as examples/thanh-hoa-2024/plan.schema.json; a test keeps the two in sync.
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planSchema, { io: "input" }) as Record<string, unknown>;
}
