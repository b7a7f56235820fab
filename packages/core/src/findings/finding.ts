import type { FindingCode, FindingParams } from "./codes.js";

/** How bad a finding is. */
export type Severity = "error" | "warning" | "info";

/** Text given in both user languages, for a parameter that is itself prose (a legal basis, a unit). */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** A message parameter: money and counts are numbers (formatted late, per locale), prose is text. */
export type FindingParam = string | number | LocalizedText;

/** Where a finding points: a sheet cell, or a path into a JSON document such as a plan. */
export interface FindingLocation {
  readonly sheet?: string;
  /** A1 address on the sheet, e.g. "G17". */
  readonly cell?: string;
  /** JSON path, e.g. "conferences.0.quotaGroups.0.persons". */
  readonly path?: string;
}

/**
 * A problem found in user data. Problems are data, never exceptions; text is rendered late.
 * A union over the codes: testing `finding.code === "amount.mismatch"` narrows `finding.params` to that
 * code's params (`Finding<"amount.mismatch">` is that member alone).
 */
export type Finding<C extends FindingCode = FindingCode> = {
  readonly [K in C]: {
    readonly code: K;
    readonly severity: Severity;
    readonly at?: FindingLocation;
    readonly params: FindingParams<K>;
  };
}[C];

/**
 * A param read by name, whatever the code: for readers that go by a template's `{name}` or list findings of
 * several codes. Knowing the code, test `finding.code` instead and read `finding.params` typed.
 */
export function paramOf(finding: Finding, name: string): FindingParam | undefined {
  const params: Readonly<Record<string, FindingParam | undefined>> = finding.params;
  return params[name];
}

/** A stable id for a finding ("amount.mismatch@Dự toán!G17"), used to ask fill to fix it. */
export function findingId(finding: Finding): string {
  const where = finding.at?.cell
    ? `${finding.at.sheet ?? ""}!${finding.at.cell}`
    : (finding.at?.path ?? finding.at?.sheet ?? "");
  return `${finding.code}@${where}`;
}

/** True when the finding is an error (not a warning or info). */
export function isError(finding: Finding): boolean {
  return finding.severity === "error";
}

/** True when the finding says a rate is over its legal maximum (a line over its cap, as summaries count them). */
export function isOverCap(finding: Finding): boolean {
  return finding.code === "rate.over_cap";
}
