import { checkSheet, fillSheet, isError, type CellEdit, type Finding } from "@hgcs/core";
import type { Command } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";
import { readOptionalPlanFile } from "../input/readJsonFile.js";
import { findingLines } from "../output/checkReport.js";
import { editLines } from "../output/editLines.js";
import { displayText } from "../output/displayText.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { applyEdits } from "../xlsx/applyEdits.js";
import { loadForWriting, refuseWriteBack } from "../xlsx/loadForWriting.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";
import { fixList, needsFindings, parseFixTargets } from "./fixTargets.js";
import { refuseOutput } from "../output/refuseOutput.js";

type FillArgs = Extract<Command, { name: "fill" }>;

/**
 * `hgcs fill in.xlsx -o out.xlsx`: read → fillSheet per sheet → apply the edits to a copy of the
 * workbook → write, then list every written cell. Exit 0 when nothing wrong is left, 1 when error
 * findings remain that fill did not answer, 2 when the input is unusable or the output refused.
 */
export async function fillCommand(args: FillArgs, ctx: Context): Promise<number> {
  const targets = parseFixTargets(args.fix);
  if (!targets.ok) return stop(ctx, targets.problem);
  const refused = await refuseOutput(args.output, [args.input], args.force);
  if (refused) return stop(ctx, refused);

  const read = await readOptionalPlanFile(args.plan, ctx.locale);
  if (!read.ok) return stop(ctx, read.problem);
  const plan = read.value;
  const opened = await openWorkbook(args.input, ctx, args.sheet, { forWriting: true });
  if (!opened.ok) return stop(ctx, opened.problem);
  const tooBig = refuseWriteBack(opened.value);
  if (tooBig) return stop(ctx, tooBig);

  const options = { ...(plan ? { plan } : {}), ...(args.date ? { date: args.date } : {}) };
  const edits: CellEdit[] = [];
  const left: Finding[] = [];
  const filled: string[] = [];
  for (const grid of opened.value.grids) {
    // Cells named on the command line become the ids of the findings at those cells.
    const known = needsFindings(targets.value) ? checkSheet(grid, options) : undefined;
    if (known && !known.ok) continue;
    const fix = fixList(targets.value, grid.sheet, known?.findings ?? []);
    const result = fillSheet(grid, { ...options, ...(fix.length > 0 ? { fix } : {}) });
    if (!result.ok) continue;
    filled.push(grid.sheet);
    for (const e of result.value.edits) edits.push(e);
    for (const f of result.value.unresolved) left.push(f);
  }
  if (filled.length === 0) return stop(ctx, { kind: "table.none", file: args.input, sheets: opened.value.sheetNames });

  const sheetList = filled.map(displayText).join(", ");
  if (edits.length === 0) {
    ctx.io.stdout(ctx.messages.fill.nothing({ file: displayText(args.input), sheet: sheetList }) + "\n");
  } else {
    const workbook = await loadForWriting(opened.value);
    if (!workbook.ok) return stop(ctx, workbook.problem);
    applyEdits(workbook.value, edits);
    const bytes = new Uint8Array(await workbook.value.xlsx.writeBuffer());
    const written = await writeOutputFile(args.output, bytes, { force: args.force, inputs: [args.input] });
    if (!written.ok) return stop(ctx, written.problem);
    const count = String(edits.length);
    if (opened.value.unkept.length > 0) {
      const parts = opened.value.unkept.map((p) => ctx.messages.fill.partNames[p]).join(", ");
      ctx.io.stderr(ctx.messages.fill.unkept({ file: displayText(args.output), parts }) + "\n");
    }
    ctx.io.stdout(
      [
        ctx.messages.fill.wrote({ file: displayText(args.output), sheet: sheetList, count }),
        ...editLines(edits, ctx.messages),
      ].join("\n") + "\n",
    );
  }

  if (left.length > 0) {
    const lines = findingLines(left, ctx.messages, ctx.locale, "  ");
    ctx.io.stdout([ctx.messages.fill.notFixed({ count: String(left.length) }), ...lines].join("\n") + "\n");
  }
  return left.some(isError) ? exitCodes.findings : exitCodes.ok;
}
