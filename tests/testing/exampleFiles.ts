import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Own paths rather than tests/testing/fixtures.ts, which loads the xlsx reader these tests do not need.
/** examples/thanh-hoa-2024, where plan.json and plan.schema.json live. */
export const exampleDir = fileURLToPath(new URL("../../examples/thanh-hoa-2024/", import.meta.url));

/** Unvalidated plan JSON that tests may break on purpose. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PlanJson = Record<string, any>;

/** The example plan, parsed from JSON but not validated (a fresh, mutable copy each call). */
export function examplePlanJson(): PlanJson {
  return JSON.parse(readFileSync(`${exampleDir}plan.json`, "utf8")) as PlanJson;
}
