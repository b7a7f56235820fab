import type { Finding } from "@hgcs/core";
import type { CheckReport, CheckedSheet } from "../output/checkReport.js";

/** A sheet holding a table, with the findings counted on its summary row. */
export interface SheetFindings {
  readonly sheet: CheckedSheet;
  readonly findings: readonly Finding[];
}

/**
 * The findings of a checked file shared out over its table sheets, as the summary lines and the report's
 * summary rows count them: each finding once, on its own sheet's row; a finding about no sheet in particular,
 * or about a sheet without a table, on the file's first table sheet's row. Empty for a file with no table.
 */
export function findingsBySheet(report: Pick<CheckReport, "sheets" | "findings">): SheetFindings[] {
  const tables = report.sheets.filter((s) => s.table);
  const own = tables.map((): Finding[] => []);
  for (const f of report.findings) {
    const at = tables.findIndex((s) => s.name === f.at?.sheet);
    own[Math.max(at, 0)]?.push(f);
  }
  return tables.map((sheet, i) => ({ sheet, findings: own[i] ?? [] }));
}
