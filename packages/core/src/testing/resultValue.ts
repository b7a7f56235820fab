import type { Result } from "../findings/result.js";

/** The value of a result a test expects to be `ok`; throws, naming the findings, when it is not. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got: ${result.findings.map((f) => f.code).join(", ") || "none"}`);
  return result.value;
}
