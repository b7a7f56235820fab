import {
  severityOf,
  type Finding,
  type FindingCode,
  type FindingLocation,
  type FindingParams,
} from "@hgcs/core/findings";

/** A finding as core gives one (the code's severity, params typed per code), for tests of what the CLI does with findings. */
export function finding<C extends FindingCode>(code: C, params: FindingParams<C>, at: FindingLocation): Finding<C> {
  return { code, severity: severityOf(code), at, params } as Finding<C>;
}
