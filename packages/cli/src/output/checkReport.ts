import { formatFinding, type Finding, type FindingParam, type Locale, type Severity } from "@hgcs/core";
import { groupDigits } from "@hgcs/core/money";
import { fromA1 } from "@hgcs/core/sheet";
import type { CliMessages } from "../messages/index.js";
import { displayText, widest } from "./displayText.js";
import { severityCounts } from "./severityCounts.js";

/** A sheet the check looked at, with the table core found on it (undefined: none). */
export interface CheckedSheet {
  readonly name: string;
  readonly table?: { readonly range: string; readonly scale: number };
  /** The sheet is hidden in the workbook ("hidden" or "veryHidden"): checked, and said to be hidden. */
  readonly hidden?: boolean;
  /** The office the sheet belongs to, from its title block (core's readUnitName), when it names one. */
  readonly unit?: string;
  /** The table's grand total as written, in đồng (the sheet's scale applied), when it has one. */
  readonly totalDong?: number;
}

/** What `hgcs check` found in one file. */
export interface CheckReport {
  readonly file: string;
  readonly sheets: readonly CheckedSheet[];
  readonly findings: readonly Finding[];
  /** Set when the file could not be used (unreadable, not an .xlsx, no table): why, in the chosen language. */
  readonly error?: { readonly code: string; readonly message: string };
  /** The plan file the workbook was checked against, when one was applied. */
  readonly plan?: string;
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
  readonly sheets: readonly { readonly name: string; readonly table: unknown; readonly hidden?: boolean }[];
  readonly findings: readonly JsonFinding[];
  readonly error?: { readonly code: string; readonly message: string };
}

/** The JSON document: sheets holding a table, and every finding on them, messages in `locale`. */
export function checkReportJson(report: CheckReport, locale: Locale): JsonCheckReport {
  return {
    file: report.file,
    sheets: tableSheets(report),
    findings: sortFindings(report.findings).map(jsonOf(locale)),
  };
}

function tableSheets(report: CheckReport): JsonCheckReport["sheets"] {
  return report.sheets
    .filter((s) => s.table)
    .map((s) => ({ name: s.name, table: s.table ?? null, ...(s.hidden ? { hidden: true } : {}) }));
}

/** One finding as the JSON documents print it (check's, and those of lists, distribute and schedule). */
export const jsonOf =
  (locale: Locale) =>
  (f: Finding): JsonFinding => ({
    code: f.code,
    severity: f.severity,
    sheet: f.at?.sheet ?? null,
    cell: f.at?.cell ?? null,
    message: formatFinding(f, locale),
    params: f.params,
  });

const indented = (json: string, spaces: string) => json.replace(/\n/g, `\n${spaces}`);

/**
 * checkReportJson as text, exactly as JSON.stringify(…, null, 2) spells it, one finding at a time: a sheet
 * of hundreds of thousands of findings is never one document in memory.
 */
export function* checkReportJsonChunks(report: CheckReport, locale: Locale): Generator<string> {
  const sheets = indented(JSON.stringify(tableSheets(report), null, 2), "  ");
  yield `{\n  "file": ${JSON.stringify(report.file)},\n  "sheets": ${sheets},\n  "findings": `;
  const sorted = sortFindings(report.findings);
  if (sorted.length === 0) {
    yield "[]\n}";
    return;
  }
  yield "[\n";
  const json = jsonOf(locale);
  for (let i = 0; i < sorted.length; i++) {
    const comma = i < sorted.length - 1 ? "," : "";
    yield `    ${indented(JSON.stringify(json(sorted[i] as Finding), null, 2), "    ")}${comma}\n`;
  }
  yield "  ]\n}";
}

/** The text report: per sheet a heading, then one line per finding (cell, severity, message), then counts. */
export function checkReportText(report: CheckReport, messages: CliMessages, locale: Locale): string {
  return [...checkReportLines(report, messages, locale)].join("\n");
}

/** checkReportText line by line, so a long report can be written as it is made. */
export function* checkReportLines(report: CheckReport, messages: CliMessages, locale: Locale): Generator<string> {
  yield displayText(report.file);
  for (const sheet of report.sheets) {
    const name = displayText(sheet.name);
    const hidden = sheet.hidden === true ? messages.check.hidden : "";
    if (!sheet.table) {
      yield `  ${messages.check.noTableInSheet({ sheet: name, hidden })}`;
      continue;
    }
    const scale = messages.check.scale({ scale: sheet.table.scale });
    yield `  ${messages.check.sheetHeading({ sheet: name, hidden, range: sheet.table.range, scale })}`;
    const own = sortFindings(report.findings.filter((f) => (f.at?.sheet ?? sheet.name) === sheet.name));
    if (own.length === 0) yield `    ${messages.check.clean}`;
    yield* eachFindingLine(own, messages, locale, "    ");
    if (own.length > 0) yield `    ${summaryLine(own, messages, locale)}`;
  }
}

// A message longer than this (a words line of thousands of words) is cut in a text report; JSON keeps it whole.
const longestMessage = 400;

function shortened(text: string): string {
  return text.length <= longestMessage ? text : `${text.slice(0, longestMessage)}…`;
}

/** One aligned line per finding: cell, severity, message ("—" for a finding about the whole sheet). */
export function findingLines(
  findings: readonly Finding[],
  messages: CliMessages,
  locale: Locale,
  indent: string,
): string[] {
  return [...eachFindingLine(findings, messages, locale, indent)];
}

/** findingLines one at a time. */
export function* eachFindingLine(
  findings: readonly Finding[],
  messages: CliMessages,
  locale: Locale,
  indent: string,
): Generator<string> {
  const cellWidth = widest(
    findings.map((f) => (f.at?.cell ?? "—").length),
    4,
  );
  const severityWidth = widest(Object.values(messages.severity).map((s) => s.length));
  for (const f of findings) {
    const cell = displayText(f.at?.cell ?? "—").padEnd(cellWidth);
    const severity = messages.severity[f.severity].padEnd(severityWidth);
    yield `${indent}${cell}  ${severity}  ${shortened(displayText(formatFinding(f, locale)))}`;
  }
}

/** "2 lỗi, 1 cảnh báo, 0 thông tin." */
export function summaryLine(findings: readonly Finding[], messages: CliMessages, locale: Locale): string {
  const c = severityCounts(findings);
  const count = (s: Severity) => groupDigits(c[s], locale);
  return messages.check.summary({ errors: count("error"), warnings: count("warning"), infos: count("info") });
}

/** Reading order on the sheet: by row, then column; findings without a cell first (they concern the sheet). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding): [number, number] => {
    const at = f.at?.cell ? fromA1(f.at.cell) : undefined;
    return at ? [at.row, at.col] : [-1, -1];
  };
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.i - b.i)
    .map((x) => x.f);
}
