import { severityOf, type FindingCode, type FindingParams, type ParamlessCode } from "./codes.js";
import type { Finding, FindingLocation, FindingParam } from "./finding.js";

/**
 * The params that fit every code of `C`: those of the code when `C` is one code, and for a union of codes
 * (a helper handed "norms.invalid" | "prices.invalid") only params all of them declare alike.
 */
type ParamsOfEvery<C extends FindingCode> = (
  C extends FindingCode ? (params: FindingParams<C>) => void : never
) extends (params: infer P) => void
  ? P
  : never;

/**
 * Builds a finding with the code's default severity. The params are those the catalogue declares for the
 * code (see {@link FindingParams}): a missing, misspelt or extra one, or one of the wrong kind, does not compile.
 * Codes without params may leave them out.
 */
export function makeFinding<C extends ParamlessCode>(
  code: C,
  params?: FindingParams<C>,
  at?: FindingLocation,
): Finding<C>;
export function makeFinding<C extends FindingCode>(code: C, params: ParamsOfEvery<C>, at?: FindingLocation): Finding<C>;
export function makeFinding(
  code: FindingCode,
  params: Readonly<Record<string, FindingParam>> = {},
  at?: FindingLocation,
): Finding {
  // The overloads tie params to code; here they are apart, so TypeScript cannot see that they fit.
  const finding = at ? { code, severity: severityOf(code), at, params } : { code, severity: severityOf(code), params };
  return finding as Finding;
}
