import { formatFinding, type Finding, type FindingParam, type Locale } from "@hgcs/core";
import { groupDigits } from "@hgcs/core/money";
import { fromA1 } from "@hgcs/core/sheet";
import type { CliMessages } from "../messages/index.js";

/** A sheet the check looked at, with the table core found on it (undefined: none). */
export interface CheckedSheet {
  readonly name: string;
  readonly table?: { readonly range: string; readonly scale: number };
}

/** What `hgcs check` found in one file. */
export interface CheckReport {
  readonly file: string;
  readonly sheets: readonly CheckedSheet[];
  readonly findings: readonly Finding[];
}

/** One finding as `--format json` prints it: the rendered message beside the stable code and params. */
export interface JsonFinding {
  readonly code: string;
  readonly severity: Finding["severity"];
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  readonly params: Readonly<Record<string, FindingParam>>;
}

/** The `--format json` document. `error` is present only when the input was unusable (exit 2). */
export interface JsonCheckReport {
  readonly file: string;
  readonly sheets: readonly { readonly name: string; readonly table: unknown }[];
  readonly findings: readonly JsonFinding[];
  readonly error?: { readonly code: string; readonly message: string };
}

/** The JSON document: sheets holding a table, and every finding on them, messages in `locale`. */
export function checkReportJson(report: CheckReport, locale: Locale): JsonCheckReport {
  return {
    file: report.file,
    sheets: report.sheets.filter((s) => s.table).map((s) => ({ name: s.name, table: s.table ?? null })),
    findings: sortFindings(report.findings).map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.at?.sheet ?? null,
      cell: f.at?.cell ?? null,
      message: formatFinding(f, locale),
      params: f.params,
    })),
  };
}

/** The text report: per sheet a heading, then one line per finding (cell, severity, message), then counts. */
export function checkReportText(report: CheckReport, messages: CliMessages, locale: Locale): string {
  const lines = [report.file];
  for (const sheet of report.sheets) {
    if (!sheet.table) {
      lines.push(`  ${messages.check.noTableInSheet({ sheet: sheet.name })}`);
      continue;
    }
    const scale = messages.check.scale({ scale: sheet.table.scale });
    lines.push(`  ${messages.check.sheetHeading({ sheet: sheet.name, range: sheet.table.range, scale })}`);
    const own = sortFindings(report.findings.filter((f) => (f.at?.sheet ?? sheet.name) === sheet.name));
    if (own.length === 0) lines.push(`    ${messages.check.clean}`);
    lines.push(...findingLines(own, messages, locale, "    "));
    if (own.length > 0) lines.push(`    ${summaryLine(own, messages, locale)}`);
  }
  return lines.join("\n");
}

/** One aligned line per finding: cell, severity, message ("—" for a finding about the whole sheet). */
export function findingLines(
  findings: readonly Finding[],
  messages: CliMessages,
  locale: Locale,
  indent: string,
): string[] {
  const cellWidth = Math.max(4, ...findings.map((f) => (f.at?.cell ?? "—").length));
  const severityWidth = Math.max(...Object.values(messages.severity).map((s) => s.length));
  return findings.map((f) => {
    const cell = (f.at?.cell ?? "—").padEnd(cellWidth);
    const severity = messages.severity[f.severity].padEnd(severityWidth);
    return `${indent}${cell}  ${severity}  ${formatFinding(f, locale)}`;
  });
}

/** "2 lỗi, 1 cảnh báo, 0 thông tin." */
export function summaryLine(findings: readonly Finding[], messages: CliMessages, locale: Locale): string {
  const count = (s: Finding["severity"]) => groupDigits(findings.filter((f) => f.severity === s).length, locale);
  return messages.check.summary({ errors: count("error"), warnings: count("warning"), infos: count("info") });
}

// Reading order on the sheet: by row, then column; findings without a cell first (they concern the sheet).
function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): [number, number] => {
    const at = f.at?.cell ? fromA1(f.at.cell) : undefined;
    return at ? [at.row, at.col] : [-1, -1];
  };
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.f);
}
