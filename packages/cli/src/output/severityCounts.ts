import type { Finding, Severity } from "@hgcs/core";

/** How many findings there are of each severity: what every summary line and summary row counts. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
