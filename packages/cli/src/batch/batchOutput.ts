import { isOverCap, type Locale } from "@hgcs/core";
import { groupDigits } from "@hgcs/core/money";
import { describeProblem, type CliMessages } from "../messages/index.js";
import { checkReportJson, type CheckReport } from "../output/checkReport.js";
import { displayText } from "../output/displayText.js";
import { severityCounts } from "../output/severityCounts.js";
import type { WorkbookCheck } from "./checkWorkbook.js";
import { findingsBySheet } from "./findingsBySheet.js";

type Row = Exclude<WorkbookCheck, { kind: "generated" }>;

/** A row as the report writer and the JSON lines take it: a file that could not be used carries its error. */
export function rowReport(row: Row, messages: CliMessages): CheckReport {
  if (row.kind === "checked") return row.report;
  const error = { code: row.problem.kind, message: describeProblem(row.problem, messages) };
  return { file: row.file, sheets: [], findings: row.findings, error };
}

/** The summary lines of a row: one per sheet holding a table (unit, total, counts, plan), or why it failed. */
export function summaryLines(row: Row, messages: CliMessages, locale: Locale): string[] {
  const m = messages.batch;
  const file = displayText(row.kind === "checked" ? row.report.file : row.file);
  if (row.kind === "failed") return [m.failedLine({ file, message: describeProblem(row.problem, messages) })];
  const { report } = row;
  const plan = report.plan === undefined ? m.noPlan : m.plan({ file: displayText(report.plan) });
  return findingsBySheet(report).map(({ sheet, findings: own }) => {
    const counts = severityCounts(own);
    return m.sheetLine({
      file,
      unit: sheet.unit === undefined ? m.noUnit : displayText(sheet.unit),
      sheet: displayText(sheet.name),
      total: sheet.totalDong === undefined ? m.noTotal : m.total({ amount: groupDigits(sheet.totalDong, locale) }),
      errors: counts.error,
      warnings: counts.warning,
      overCap: own.filter(isOverCap).length,
      plan,
    });
  });
}

/**
 * One JSON Lines document: `{ file, sheets, findings }` as `--format json` prints one workbook, compact,
 * each sheet with its unit and total, the plan applied (null for none), and `error` for a file not checked.
 */
export function jsonLine(row: Row, messages: CliMessages, locale: Locale): string {
  const report = rowReport(row, messages);
  const doc = checkReportJson(report, locale);
  const extra = new Map(report.sheets.map((s) => [s.name, s]));
  const sheets = doc.sheets.map((s) => {
    const more = extra.get(s.name);
    return {
      ...s,
      ...(more?.unit === undefined ? {} : { unit: more.unit }),
      ...(more?.totalDong === undefined ? {} : { totalDong: more.totalDong }),
    };
  });
  return JSON.stringify({
    ...doc,
    sheets,
    plan: report.plan ?? null,
    ...(report.error ? { error: report.error } : {}),
  });
}

/**
 * A progress bar for stderr, fitted to the terminal's width: "[#####·····] 12/160 ✓ don-vi/xa-an-cu.xlsx" —
 * the count done and the file finished last (the pool checks several at once, so no one file is "the" file
 * being checked).
 */
export function progressLine(done: number, total: number, last: string | undefined, columns: number): string {
  const counter = ` ${done}/${total} `;
  const width = Math.max(10, Math.min(30, columns - counter.length - 20));
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const bar = `[${"#".repeat(filled)}${"·".repeat(width - filled)}]${counter}`;
  if (last === undefined) return bar.trimEnd();
  const room = Math.max(0, columns - bar.length - 3);
  const name = displayText(last);
  if (name.length <= room) return `${bar}✓ ${name}`;
  return room < 2 ? bar.trimEnd() : `${bar}✓ …${name.slice(name.length - room + 1)}`;
}
