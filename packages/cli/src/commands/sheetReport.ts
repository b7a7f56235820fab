import { isError, type Finding, type Plan } from "@hgcs/core";
import { type ConferenceSeries } from "@hgcs/core/plan";
import type { Context } from "../context.js";
import { findingLines, summaryLine } from "../output/checkReport.js";
import { fail, ok, type Result } from "../problems.js";
import { displayText } from "../output/displayText.js";

/** What one sheet of a checked list/distribution workbook gave: its findings, or that it holds no table. */
export interface SheetResult {
  readonly sheet: string;
  readonly found: boolean;
  readonly findings: readonly Finding[];
}

/**
 * Prints the findings per sheet (cell, severity, message, then counts) for the list and distribution
 * checks, and returns the exit code: 1 with any error finding, else 0.
 */
export function printSheetResults(ctx: Context, file: string, results: readonly SheetResult[]): number {
  const m = ctx.messages.sheets;
  const lines = [displayText(file)];
  for (const r of results) {
    if (!r.found) {
      lines.push(`  ${m.noTable({ sheet: displayText(r.sheet) })}`);
      continue;
    }
    lines.push(`  ${m.sheetHeading({ sheet: displayText(r.sheet) })}`);
    if (r.findings.length === 0) lines.push(`    ${ctx.messages.check.clean}`);
    for (const line of findingLines(r.findings, ctx.messages, ctx.locale, "    ")) lines.push(line);
    if (r.findings.length > 0) lines.push(`    ${summaryLine(r.findings, ctx.messages, ctx.locale)}`);
  }
  ctx.io.stdout(lines.join("\n") + "\n");
  return results.some((r) => r.findings.some(isError)) ? 1 : 0;
}

/** Prints findings that go with a written file or a proposal ("Lưu ý:" then one line each). */
export function printNotes(ctx: Context, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  ctx.io.stdout(
    [ctx.messages.sheets.notes, ...findingLines(findings, ctx.messages, ctx.locale, "  ")].join("\n") + "\n",
  );
}

/** The conference series a command works on: the one named by --series, else the plan's first. */
export function pickSeries(plan: Plan, file: string, id: string | undefined): Result<ConferenceSeries> {
  const series = id === undefined ? plan.conferences[0] : plan.conferences.find((s) => s.id === id);
  return series
    ? ok(series)
    : fail({ kind: "plan.no_series", file, series: id ?? "", available: plan.conferences.map((s) => s.id) });
}

/** The options of a command line as the argument parser hands them to a command's own reader. */
export interface ParsedOptions {
  readonly positionals: readonly string[];
  readonly str: (key: string) => string | undefined;
  readonly flag: (key: string) => boolean;
  /** --date, already checked to be a real YYYY-MM-DD date. */
  readonly date?: string;
}

/** A whole number option (--rate, --min-gap): digits, optionally grouped ("150.000"). */
export function wholeNumberOption(option: string, value: string | undefined): Result<number | undefined> {
  if (value === undefined) return ok(undefined);
  const digits = value.trim().replace(/[.,\s](?=\d{3}(\D|$))/g, "");
  return /^\d+$/.test(digits) && Number.isSafeInteger(Number(digits))
    ? ok(Number(digits))
    : fail({ kind: "args.bad_value", option, value, allowed: "0, 1, 2, …" });
}
