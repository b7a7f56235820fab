import { severityOf, type Finding, type FindingCode, type FindingLocation } from "@hgcs/core/findings";

/** A finding as core gives one (the code's severity), for tests of what the CLI does with findings. */
export function finding(code: FindingCode, params: Finding["params"], at: FindingLocation): Finding {
  return { code, severity: severityOf(code), at, params };
}
