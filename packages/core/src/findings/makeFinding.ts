import { severityOf, type FindingCode } from "./codes.js";
import type { Finding, FindingLocation, FindingParam } from "./finding.js";

/** Builds a finding with the code's default severity. */
export function makeFinding(
  code: FindingCode,
  params: Readonly<Record<string, FindingParam>> = {},
  at?: FindingLocation,
): Finding {
  return at ? { code, severity: severityOf(code), at, params } : { code, severity: severityOf(code), params };
}
