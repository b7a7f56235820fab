import { stat } from "node:fs/promises";
import { isError, type Finding, type Plan } from "@hgcs/core";
import { batchCommand } from "../batch/batchCommand.js";
import { checkWorkbook } from "../batch/checkWorkbook.js";
import type { Command } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { describeProblem } from "../messages/index.js";
import { checkReportJson, checkReportJsonChunks, checkReportLines } from "../output/checkReport.js";
import type { Problem } from "../problems.js";

type CheckArgs = Extract<Command, { name: "check" }>;

/**
 * `hgcs check`: one workbook — read → checkSheet per sheet → print; exit 0 clean, 1 error findings, 2 unusable
 * input —, or a batch (a folder, several files, or a findings report asked for).
 */
export async function checkCommand(args: CheckArgs, ctx: Context): Promise<number> {
  const [input, ...more] = args.inputs;
  if (input === undefined || more.length > 0 || args.report !== undefined || (await isFolder(input))) {
    return batchCommand(args, ctx);
  }
  return checkOne(input, args, ctx);
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

async function checkOne(input: string, args: CheckArgs, ctx: Context): Promise<number> {
  const unusable = (problem: Problem, findings: readonly Finding[] = []) => {
    if (args.format !== "json") return stop(ctx, problem);
    const doc = checkReportJson({ file: input, sheets: [], findings }, ctx.locale);
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
  const checked = await checkWorkbook(input, {
    limits: ctx,
    ...(args.sheet === undefined ? {} : { sheet: args.sheet }),
    ...(args.date === undefined ? {} : { date: args.date }),
    ...(plan && args.plan !== undefined ? { plans: { always: { plan, file: args.plan } } } : {}),
  });
  if (checked.kind !== "checked") {
    return checked.kind === "failed" ? unusable(checked.problem, checked.findings) : exitCodes.ok;
  }
  const report = checked.report;
  if (args.format === "json") writeInChunks(ctx, checkReportJsonChunks(report, ctx.locale), "", "\n");
  else writeInChunks(ctx, checkReportLines(report, ctx.messages, ctx.locale), "\n", "\n");
  return report.findings.some(isError) ? exitCodes.findings : exitCodes.ok;
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
