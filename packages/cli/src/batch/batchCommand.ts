import { readdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isError } from "@hgcs/core";
import type { Command } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";
import { listWorkbooks } from "../input/listWorkbooks.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { checkReportLines } from "../output/checkReport.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { displayText } from "../output/displayText.js";
import { groupDigits } from "@hgcs/core/money";
import type { BatchSettings } from "./checkBatchFile.js";
import type { WorkbookCheck } from "./checkWorkbook.js";
import { jsonLine, progressLine, rowReport, summaryLines } from "./batchOutput.js";
import { checkFiles, poolSize } from "./pool.js";
import { inputRoot, unitLabel } from "./unitLabel.js";

type CheckArgs = Extract<Command, { name: "check" }>;
type Row = Exclude<WorkbookCheck, { kind: "generated" }>;

/**
 * `hgcs check` on a folder or several files: every workbook checked as one would be (in worker threads), a
 * summary line per file as results arrive in input order — or one JSON line per file —, then the findings
 * per file. Exit 0 when no file has an error, 1 when one has an error or could not be checked, 2 when the
 * arguments are wrong or no input could be read at all.
 */
export async function batchCommand(args: CheckArgs, ctx: Context): Promise<number> {
  const json = args.format === "json";
  let sharedPlan: BatchSettings["sharedPlan"];
  if (args.plan !== undefined) {
    const read = await readPlanFile(args.plan, ctx.locale);
    if (!read.ok) return stop(ctx, read.problem);
    sharedPlan = { plan: read.value, file: args.plan };
  }
  // A report that cannot be written is said before the batch, not after it.
  const refused = args.report === undefined ? undefined : await refuseOutput(args.report, [], args.force);
  if (refused) return stop(ctx, refused);
  const listed = await listWorkbooks(args.inputs);
  if (listed.files.length === 0 && listed.problems.length === 0) {
    return stop(ctx, { kind: "batch.no_workbooks", inputs: args.inputs });
  }
  const settings: BatchSettings = {
    locale: ctx.locale,
    planFiles: await planFilesBeside(listed.files),
    limits: { maxBytes: ctx.maxBytes, maxCells: ctx.maxCells },
    ...(args.sheet === undefined ? {} : { sheet: args.sheet }),
    ...(args.date === undefined ? {} : { date: args.date }),
    ...(sharedPlan ? { sharedPlan } : {}),
  };

  const rows: Row[] = [];
  let skipped = 0;
  const emit = (found: Row) => {
    const row = withUnitLabels(found, args.inputs);
    rows.push(row);
    ctx.io.stdout(
      json
        ? jsonLine(row, ctx.messages, ctx.locale) + "\n"
        : summaryLines(row, ctx.messages, ctx.locale).join("\n") + "\n",
    );
  };
  // An input that could not be listed has its line where it was given, among the files' lines.
  let said = 0;
  const sayProblemsUpTo = (filesDone: number) => {
    for (; said < listed.problems.length && (listed.problemsAfter[said] ?? 0) <= filesDone; said++) {
      const problem = listed.problems[said] as (typeof listed.problems)[number];
      emit({ kind: "failed", file: inputOf(problem), problem, findings: [] });
    }
  };

  const progress = progressBar(ctx, args.quiet, listed.files.length);
  let done = 0;
  sayProblemsUpTo(0);
  progress.draw(0, undefined);
  const size = poolSize(ctx.io.env, listed.files.length);
  try {
    for await (const row of checkFiles(listed.files, settings, { size })) {
      progress.clear();
      if (row.kind === "generated") skipped++;
      else emit(row);
      sayProblemsUpTo(++done);
      progress.draw(done, listed.files[done - 1]);
    }
  } finally {
    progress.clear();
  }
  sayProblemsUpTo(Infinity);

  const checked = rows.filter((r) => r.kind === "checked").length;
  if (!json) writeClosing(ctx, rows, skipped, sharedPlan);
  if (args.report !== undefined) {
    // Loaded only for a report: the report writer needs ExcelJS.
    const { writeFindingsReport } = await import("../output/findingsReport.js");
    const reports = rows.map((r) => rowReport(r, ctx.messages));
    const options = { path: args.report, force: args.force, locale: ctx.locale, messages: ctx.messages };
    const written = await writeFindingsReport(reports, options);
    if (!written.ok) return stop(ctx, written.problem);
    // JSON Lines keep stdout to the documents.
    const said = ctx.messages.batch.reportWritten({ file: displayText(args.report) }) + "\n";
    if (json) ctx.io.stderr(said);
    else ctx.io.stdout(said);
  }
  if (rows.length === 0) return stop(ctx, { kind: "batch.no_workbooks", inputs: args.inputs });
  if (checked === 0) return exitCodes.unusable;
  const bad = rows.some((r) => r.kind === "failed" || r.report.findings.some(isError));
  return bad ? exitCodes.findings : exitCodes.ok;
}

/**
 * A checked workbook with every table sheet named: by its title block, else by unitLabel (its path in the folder
 * given), so that the lines, the JSON Lines and the report name a unit as the consolidation does.
 */
function withUnitLabels(row: Row, inputs: readonly string[]): Row {
  if (row.kind !== "checked") return row;
  const { file } = row.report;
  const sheets = row.report.sheets.map((s) =>
    s.table && s.unit === undefined ? { ...s, unit: unitLabel(file, inputRoot(file, inputs)) } : s,
  );
  return { ...row, report: { ...row.report, sheets } };
}

/** The closing lines of the text output: the counts, what the shared plan applied to, then the findings per file. */
function writeClosing(ctx: Context, rows: readonly Row[], skipped: number, sharedPlan: BatchSettings["sharedPlan"]) {
  const m = ctx.messages.batch;
  const count = (n: number) => groupDigits(n, ctx.locale);
  const checked = rows.filter((r) => r.kind === "checked");
  const withErrors = checked.filter((r) => r.report.findings.some(isError)).length;
  const lines = [
    "",
    m.totals({
      files: count(rows.length),
      clean: count(checked.length - withErrors),
      withErrors: count(withErrors),
      unreadable: count(rows.length - checked.length),
      skipped,
    }),
  ];
  if (sharedPlan) {
    const applied = checked.filter((r) => r.report.plan === sharedPlan.file).length;
    const { agency, parentAgency } = sharedPlan.plan.issuer;
    const unit = displayText(`${agency}, ${parentAgency}`);
    lines.push(m.sharedPlan({ file: displayText(sharedPlan.file), unit, count: applied }));
  }
  ctx.io.stdout(lines.join("\n") + "\n");
  if (checked.length === 0) return;
  ctx.io.stdout(`\n${m.findingsHeading}\n`);
  for (const row of checked) {
    ctx.io.stdout([...checkReportLines(row.report, ctx.messages, ctx.locale)].join("\n") + "\n\n");
  }
}

/** The plan files in the folders of the workbooks: one listing per folder instead of a look per workbook. */
async function planFilesBeside(files: readonly string[]): Promise<Set<string>> {
  const plans = new Set<string>();
  for (const folder of new Set(files.map((f) => dirname(f)))) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) if (name.endsWith(".plan.json")) plans.add(join(folder, name));
  }
  return plans;
}

/** The input a listing problem is about (every kind listWorkbooks gives names its file). */
function inputOf(problem: { readonly kind: string; readonly file?: string }): string {
  return problem.file ?? "";
}

/** A progress bar on stderr, only on a terminal and without --quiet; cleared before stdout is written. */
function progressBar(ctx: Context, quiet: boolean, total: number) {
  const columns = ctx.io.stderrColumns;
  const on = columns !== undefined && !quiet && total > 1;
  let shown = false;
  return {
    /** `last`: the file finished last, the one the count has just taken in (none before the first). */
    draw(done: number, last: string | undefined) {
      if (!on || done >= total) return;
      ctx.io.stderr(`\r${progressLine(done, total, last, columns)}\x1b[K`);
      shown = true;
    },
    clear() {
      if (shown) ctx.io.stderr("\r\x1b[K");
      shown = false;
    },
  };
}
