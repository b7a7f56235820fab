import { isError, type Finding, type Grid, type Locale, type Plan } from "@hgcs/core";
import { type ConferenceSeries } from "@hgcs/core/plan";
import type { OutputFormat } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";
import { describeProblem } from "../messages/index.js";
import { findingLines, jsonOf, sortFindings, summaryLine, type JsonFinding } from "../output/checkReport.js";
import { fail, ok, type Problem, type Result } from "../problems.js";
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

/**
 * Each sheet of a workbook through one check (a list's, a distribution's, a schedule's); the problem
 * sheet.no_list when no sheet holds what the check looks for.
 */
export function checkEachSheet(
  opened: { readonly grids: readonly Grid[]; readonly sheetNames: readonly string[] },
  file: string,
  what: "lists" | "distribution" | "schedule",
  check: (grid: Grid) => { readonly ok: boolean; readonly findings: readonly Finding[] },
): Result<SheetResult[]> {
  const results = opened.grids.map((grid): SheetResult => {
    const checked = check(grid);
    return { sheet: grid.sheet, found: checked.ok, findings: checked.ok ? checked.findings : [] };
  });
  return results.some((r) => r.found)
    ? ok(results)
    : fail({ kind: "sheet.no_list", file, sheets: opened.sheetNames, what });
}

/**
 * Prints checked sheets and returns the exit code (1 with any error finding): as text, after the
 * command's heading lines, or as one JSON document `{ file, …about, sheets, findings }`.
 */
export function printCheckedSheets(
  ctx: Context,
  format: OutputFormat,
  file: string,
  results: readonly SheetResult[],
  heading: { readonly text: readonly string[]; readonly json: Readonly<Record<string, unknown>> },
): number {
  if (format === "text") {
    if (heading.text.length > 0) ctx.io.stdout(heading.text.join("\n") + "\n");
    return printSheetResults(ctx, file, results);
  }
  const { sheets, findings } = sheetResultsJson(file, results, ctx.locale);
  printJson(ctx, { file, ...heading.json, sheets, findings });
  return findingsExit(results.flatMap((r) => r.findings));
}

/** A checked workbook as `--format json` gives it: the sheets holding a list, and their findings. */
export interface JsonSheetResults {
  readonly file: string;
  readonly sheets: readonly { readonly name: string }[];
  readonly findings: readonly JsonFinding[];
}

/** The sheet results as data: sheets in workbook order, each sheet's findings in reading order, messages in `locale`. */
export function sheetResultsJson(file: string, results: readonly SheetResult[], locale: Locale): JsonSheetResults {
  const found = results.filter((r) => r.found);
  return {
    file,
    sheets: found.map((r) => ({ name: r.sheet })),
    findings: found.flatMap((r) => findingsJson(r.findings, locale)),
  };
}

/** Findings as the JSON documents give them, in reading order. */
export function findingsJson(findings: readonly Finding[], locale: Locale): JsonFinding[] {
  return sortFindings(findings).map(jsonOf(locale));
}

/** The exit code for some findings: 1 with any error, else 0. */
export function findingsExit(findings: readonly Finding[]): number {
  return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
}

/** Prints one JSON document, and nothing else, on stdout. */
export function printJson(ctx: Context, doc: unknown): void {
  ctx.io.stdout(JSON.stringify(doc, null, 2) + "\n");
}

/**
 * Stops the command on a problem (exit 2): as text on stderr, or with `--format json` as a document
 * `{ "error": { code, message } }` on stdout, as `hgcs check` does.
 */
export function stopAs(ctx: Context, format: OutputFormat, problem: Problem): number {
  if (format !== "json") return stop(ctx, problem);
  printJson(ctx, { error: { code: problem.kind, message: describeProblem(problem, ctx.messages) } });
  return exitCodes.unusable;
}

/** `--format text|json`: text unless told. */
export function formatOption(value: string | undefined): Result<OutputFormat> {
  const format = value ?? "text";
  return format === "text" || format === "json"
    ? ok(format)
    : fail({ kind: "args.bad_value", option: "--format", value: format, allowed: "text, json" });
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
