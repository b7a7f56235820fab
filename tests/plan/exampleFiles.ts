import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Own paths rather than tests/support/fixtures.ts, which loads the xlsx reader these tests do not need.
/** examples/thanh-hoa-2024, where plan.json and plan.schema.json live. */
export const exampleDir = fileURLToPath(new URL("../../examples/thanh-hoa-2024/", import.meta.url));

/** The example plan, parsed from JSON but not validated (a fresh, mutable copy each call). */
export function examplePlanJson(): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(`${exampleDir}plan.json`, "utf8")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
