import { checkSheet, isError, type Finding, type Plan } from "@hgcs/core";
import type { Command } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { describeProblem } from "../messages/index.js";
import { checkReportJson, checkReportJsonChunks, checkReportLines, type CheckedSheet } from "../output/checkReport.js";
import type { Problem } from "../problems.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";

type CheckArgs = Extract<Command, { name: "check" }>;

/** `hgcs check`: read → checkSheet per sheet → print. Exit 0 clean, 1 error findings, 2 unusable input. */
export async function checkCommand(args: CheckArgs, ctx: Context): Promise<number> {
  const unusable = (problem: Problem, findings: readonly Finding[] = []) => {
    if (args.format !== "json") return stop(ctx, problem);
    const doc = checkReportJson({ file: args.input, sheets: [], findings }, ctx.locale);
    const error = { code: problem.kind, message: describeProblem(problem, ctx.messages) };
    ctx.io.stdout(JSON.stringify({ ...doc, error }, null, 2) + "\n");
    return exitCodes.unusable;
  };

  let plan: Plan | undefined;
  if (args.plan !== undefined) {
    const read = await readPlanFile(args.plan, ctx.locale);
    if (!read.ok) return unusable(read.problem);
    plan = read.value;
  }
  const opened = await openWorkbook(args.input, ctx, args.sheet);
  if (!opened.ok) return unusable(opened.problem);

  const sheets: CheckedSheet[] = [];
  const findings: Finding[] = [];
  const notFound: Finding[] = [];
  for (const grid of opened.value.grids) {
    const result = checkSheet(grid, { ...(plan ? { plan } : {}), ...(args.date ? { date: args.date } : {}) });
    if (result.ok) {
      sheets.push({
        name: grid.sheet,
        table: result.value.table,
        ...(opened.value.hiddenSheets.has(grid.sheet) ? { hidden: true } : {}),
      });
      for (const f of result.findings) findings.push(f);
    } else {
      sheets.push({ name: grid.sheet, ...(opened.value.hiddenSheets.has(grid.sheet) ? { hidden: true } : {}) });
      for (const f of result.findings) notFound.push(f);
    }
  }
  if (!sheets.some((s) => s.table)) {
    return unusable({ kind: "table.none", file: args.input, sheets: opened.value.sheetNames }, notFound);
  }

  const report = { file: args.input, sheets, findings };
  if (args.format === "json") writeInChunks(ctx, checkReportJsonChunks(report, ctx.locale), "", "\n");
  else writeInChunks(ctx, checkReportLines(report, ctx.messages, ctx.locale), "\n", "\n");
  return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
}

/** Writes pieces of a report joined by `separator`, in writes of about 64 KB (never the whole report at once). */
function writeInChunks(ctx: Context, pieces: Iterable<string>, separator: string, end: string): void {
  let buffer = "";
  let first = true;
  for (const piece of pieces) {
    buffer += first ? piece : separator + piece;
    first = false;
    if (buffer.length > 65_536) {
      ctx.io.stdout(buffer);
      buffer = "";
    }
  }
  ctx.io.stdout(buffer + end);
}
