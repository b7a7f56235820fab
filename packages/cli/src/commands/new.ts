import {
  estimateFromPlan,
  formatFinding,
  isError,
  parsePrices,
  renderEstimate,
  type Locale,
  type Prices,
} from "@hgcs/core";
import { groupDigits } from "@hgcs/core/money";
import { excel } from "../xlsx/excel.js";
import type { Command } from "../args.js";
import { exitCodes, stop, type Context } from "../context.js";
import { displayText } from "../output/displayText.js";
import { readPlanFile, readPricesFile } from "../input/readJsonFile.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { ok, type Result } from "../problems.js";
import { writeRendered } from "../xlsx/writeRendered.js";

type NewArgs = Extract<Command, { name: "new" }>;

/**
 * `hgcs new --plan plan.json [--prices prices.json] -o estimate.xlsx`: plan (+ prices) → estimateFromPlan
 * → renderEstimate → a finished workbook. Exit 0 when written, 1 when written but the estimate has error
 * findings (e.g. a price above a verified cap), 2 when an input is unusable or the output refused.
 */
export async function newCommand(args: NewArgs, ctx: Context): Promise<number> {
  const refused = await refuseOutput(args.output, [args.plan, ...(args.prices ? [args.prices] : [])], args.force);
  if (refused) return stop(ctx, refused);
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stop(ctx, plan.problem);
  const prices = await readPrices(args.prices, ctx.locale);
  if (!prices.ok) return stop(ctx, prices.problem);

  const { estimate, findings } = estimateFromPlan(plan.value, prices.value, args.date ? { date: args.date } : {});
  const rendered = renderEstimate(estimate, plan.value);
  const wb = new (await excel()).Workbook();
  wb.creator = "hgcs";
  writeRendered(wb, rendered);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const written = await writeOutputFile(args.output, bytes, { force: args.force, inputs: [args.plan] });
  if (!written.ok) return stop(ctx, written.problem);

  const drawn = rendered.estimate;
  const lines = drawn.sections.reduce((n, s) => n + s.lines.length, 0);
  const out = [
    ctx.messages.create.wrote({
      file: displayText(args.output),
      sections: groupDigits(drawn.sections.length, ctx.locale),
      lines: groupDigits(lines, ctx.locale),
      total: groupDigits(drawn.amount.declared ?? 0, ctx.locale),
    }),
  ];
  if (findings.length > 0) {
    out.push(ctx.messages.create.notes);
    for (const f of findings) out.push(`  ${ctx.messages.severity[f.severity]}: ${formatFinding(f, ctx.locale)}`);
  }
  ctx.io.stdout(out.join("\n") + "\n");
  return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
}

// Without --prices every line is drawn with a blank rate (core says which prices are missing).
function readPrices(file: string | undefined, locale: Locale): Promise<Result<Prices>> {
  return file === undefined ? Promise.resolve(ok(noPrices())) : readPricesFile(file, locale);
}

/** The empty price list (every rate blank); core accepts `{}` as a price list. */
function noPrices(): Prices {
  const parsed = parsePrices({});
  if (!parsed.ok) throw new Error("core refused the empty price list");
  return parsed.value;
}
