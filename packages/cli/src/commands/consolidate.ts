import { realpath } from "node:fs/promises";
import { consolidateEstimates, isError, renderConsolidation } from "@hgcs/core";
import type { ConsolidationUnit } from "@hgcs/core/consolidation";
import { groupDigits } from "@hgcs/core/money";
import { checkBatchFile, type BatchSettings } from "../batch/checkBatchFile.js";
import type { SheetEstimate } from "../batch/checkWorkbook.js";
import { inputRoot, unitLabel } from "../batch/unitLabel.js";
import { exitCodes, stop, type Context } from "../context.js";
import { listWorkbooks } from "../input/listWorkbooks.js";
import { readOptionalPlanFile } from "../input/readJsonFile.js";
import { readWorkbookFile } from "../input/readWorkbookFile.js";
import { cliMessages, describeProblem } from "../messages/index.js";
import { workbookKeywords } from "../ooxml/workbookKeywords.js";
import { findingLines } from "../output/checkReport.js";
import { displayText } from "../output/displayText.js";
import { generatedKeywords, isGeneratedByHgcs } from "../output/generatedMarker.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { fail, ok, type Problem, type Result } from "../problems.js";
import { excel } from "../xlsx/excel.js";
import { writeRendered } from "../xlsx/writeRendered.js";
import type { ParsedOptions } from "./sheetReport.js";

/** `hgcs consolidate <folder|files…> -o tong-hop.xlsx [--plan plan.json] [--date YYYY-MM-DD] [--force]`. */
export interface ConsolidateArgs {
  readonly name: "consolidate";
  readonly inputs: readonly string[];
  readonly output: string;
  readonly plan?: string;
  /** The consolidation's date: its date line (blanks without it), and the date the units' sheets are checked at. */
  readonly date?: string;
  readonly force: boolean;
}

export const consolidateOptions = {
  output: { type: "string", short: "o" },
  plan: { type: "string" },
  date: { type: "string" },
  force: { type: "boolean" },
} as const;

/** Reads `hgcs consolidate <folder|files…> -o tong-hop.xlsx [--plan plan.json] [--date …] [--force]`. */
export function consolidateArgs(o: ParsedOptions): Result<ConsolidateArgs> {
  if (o.positionals.length === 0) return fail({ kind: "args.missing", what: "input" });
  const output = o.str("output");
  if (output === undefined) return fail({ kind: "args.missing", what: "output" });
  const plan = o.str("plan");
  return ok({
    name: "consolidate",
    inputs: [...o.positionals],
    output,
    force: o.flag("force"),
    ...(plan === undefined ? {} : { plan }),
    ...(o.date === undefined ? {} : { date: o.date }),
  });
}

/**
 * `hgcs consolidate`: every workbook of the inputs read and checked exactly as `hgcs check` on a folder does
 * (checkBatchFile: .xlsm/.xlsb refused, the unit's own plan beside it, the province plan only for its issuer's
 * sheet) → each visible sheet with an estimate table, named by unitLabel → one consolidateEstimates →
 * renderConsolidation → a workbook marked as hgcs's. A file that cannot be read, or a hidden sheet, is said on
 * stderr and listed in the workbook's note; it never stops the others. Exit 0 written, 1 written with an error
 * (a unit over its allotment, a file left out), 2 nothing to consolidate or the output refused.
 */
export async function consolidateCommand(args: ConsolidateArgs, ctx: Context): Promise<number> {
  const m = ctx.messages.consolidate;
  const listed = await listWorkbooks(args.inputs);
  const output = await realpath(args.output).catch(() => undefined);
  const files: string[] = [];
  for (const file of listed.files) {
    if ((await realpath(file).catch(() => file)) !== output) files.push(file);
    // The output among the inputs: an earlier consolidation is replaced (with --force); a unit's workbook never is.
    else if (!(await writtenByHgcs(file, ctx))) return stop(ctx, { kind: "output.is_input", file: args.output });
  }
  const refused = await refuseOutput(args.output, [...files, ...(args.plan ? [args.plan] : [])], args.force);
  if (refused) return stop(ctx, refused);
  const planned = await readOptionalPlanFile(args.plan, ctx.locale);
  if (!planned.ok) return stop(ctx, planned.problem);
  const plan = planned.value;

  const settings: BatchSettings = {
    locale: ctx.locale,
    limits: ctx,
    keepEstimates: true,
    ...(args.date === undefined ? {} : { date: args.date }),
    ...(plan && args.plan !== undefined ? { sharedPlan: { plan, file: args.plan } } : {}),
  };
  const left: Problem[] = [...listed.problems];
  const units: ConsolidationUnit[] = [];
  const skipped: string[] = [];
  const hidden: { file: string; sheet: string }[] = [];
  for (const file of files) {
    const read = await checkBatchFile(file, settings);
    if (read.kind === "failed") left.push(read.problem);
    else if (read.kind === "generated") skipped.push(file);
    else {
      for (const s of read.estimates ?? []) {
        // A hidden sheet is often last year's estimate kept for reference: adding it would count the unit twice.
        if (s.hidden) hidden.push({ file, sheet: s.sheet });
        else units.push(unitOf(file, args.inputs, s));
      }
    }
  }
  for (const problem of left) ctx.io.stderr(`${m.leftOut(describeProblem(problem, ctx.messages))}\n`);
  for (const file of skipped) ctx.io.stderr(`${m.skipped({ file: displayText(file) })}\n`);
  for (const h of hidden)
    ctx.io.stderr(`${m.hiddenLeftOut({ file: displayText(h.file), sheet: displayText(h.sheet) })}\n`);

  const consolidated = consolidateEstimates(units, plan);
  if (!consolidated.ok) {
    ctx.io.stderr(findingLines(consolidated.findings, ctx.messages, ctx.locale, "").join("\n") + "\n");
    return exitCodes.unusable;
  }
  // The sheet is a Vietnamese document whatever the terminal's language.
  const sheetMessages = cliMessages("vi");
  const sm = sheetMessages.consolidate;
  const notes = [
    ...(left.length === 0 ? [] : [sm.leftOutNote, ...left.map((p) => `- ${describeProblem(p, sheetMessages)}`)]),
    ...(hidden.length === 0 ? [] : [sm.hiddenNote, ...hidden.map((h) => `- ${sm.hiddenSheet(h)}`)]),
  ];
  const rendered = renderConsolidation(consolidated.value, {
    ...(plan ? { plan } : {}),
    ...(args.date === undefined ? {} : { date: args.date }),
    findings: consolidated.findings,
    notes,
  });
  const wb = new (await excel()).Workbook();
  wb.creator = "hgcs";
  wb.keywords = generatedKeywords.consolidation;
  writeRendered(wb, rendered);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const written = await writeOutputFile(args.output, bytes, { force: args.force, inputs: files });
  if (!written.ok) return stop(ctx, written.problem);

  const { units: rows, totals } = consolidated.value;
  const money = (n: number) => groupDigits(n, ctx.locale);
  const out = [
    m.wrote({ file: displayText(args.output), units: money(rows.length), total: money(totals.submitted) }),
    ...rows.map((u) =>
      m.unitLine({
        unit: displayText(u.unit),
        file: displayText(u.file),
        sheet: displayText(u.sheet),
        total: money(u.submitted),
        ...(u.recomputed === u.submitted ? {} : { recomputed: money(u.recomputed) }),
        errors: u.errors,
      }),
    ),
  ];
  if (rendered.findings.length > 0) {
    out.push(ctx.messages.sheets.notes, ...findingLines(rendered.findings, ctx.messages, ctx.locale, "  "));
  }
  ctx.io.stdout(out.join("\n") + "\n");
  return left.length > 0 || rendered.findings.some(isError) ? exitCodes.findings : exitCodes.ok;
}

async function writtenByHgcs(file: string, ctx: Context): Promise<boolean> {
  const bytes = await readWorkbookFile(file, ctx.maxBytes);
  return bytes.ok && isGeneratedByHgcs(workbookKeywords(bytes.value));
}

/** A sheet's estimate as a unit of the consolidation, named as every output names it. */
function unitOf(file: string, inputs: readonly string[], s: SheetEstimate): ConsolidationUnit {
  return {
    unit: unitLabel(file, inputRoot(file, inputs), s.unit),
    ...(s.unit === undefined ? { unnamed: true } : {}),
    file,
    sheet: s.sheet,
    estimate: s.estimate,
    findings: s.findings,
  };
}
