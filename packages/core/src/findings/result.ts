import type { Finding } from "./finding.js";

/**
 * What every parse and check of core returns, after valibot's `safeParse`: `ok` says that a value exists
 * (a table was found on the sheet, the plan parsed) — never that nothing is wrong. The findings are there
 * either way: what stopped the value when `ok` is false, what was found in it when `ok` is true.
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly findings: readonly Finding[] };

/** A result with a value, and the findings about it. */
export function success<T>(value: T, findings: readonly Finding[]): Result<T> {
  return { ok: true, value, findings };
}

/** A result without a value: the findings say why. */
export function failure<T = never>(findings: readonly Finding[]): Result<T> {
  return { ok: false, findings };
}
