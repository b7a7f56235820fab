import { checkDistributionSheet, distributeMaterial, formatFinding, isError, renderDistribution } from "@hgcs/core";
import { copiesToShare, parseWeightsCsv, type WeightRow } from "@hgcs/core/distribution";
import { groupDigits } from "@hgcs/core/money";
import { excel } from "../xlsx/excel.js";
import type { OutputFormat } from "../args.js";
import { exitCodes, type Context } from "../context.js";
import { displayText } from "../output/displayText.js";
import { readPlanFile, readTextFile } from "../input/readJsonFile.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { fail, ok, type Result } from "../problems.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";
import { writeRendered } from "../xlsx/writeRendered.js";
import {
  checkEachSheet,
  findingsJson,
  formatOption,
  printCheckedSheets,
  printJson,
  printNotes,
  stopAs,
  type ParsedOptions,
} from "./sheetReport.js";

/** `hgcs distribute …` and `hgcs distribute check …` */
export type DistributeArgs =
  | {
      readonly name: "distribute";
      readonly action: "new";
      readonly plan: string;
      readonly weights: string;
      readonly output: string;
      readonly material?: string;
      readonly force: boolean;
      readonly format: OutputFormat;
    }
  | {
      readonly name: "distribute";
      readonly action: "check";
      readonly input: string;
      readonly plan?: string;
      readonly weights?: string;
      readonly material?: string;
      readonly sheet?: string;
      readonly format: OutputFormat;
    };

/** The options `hgcs distribute` takes (besides --lang and --help). */
export const distributeOptions = {
  plan: { type: "string" },
  weights: { type: "string" },
  output: { type: "string", short: "o" },
  material: { type: "string" },
  sheet: { type: "string" },
  force: { type: "boolean" },
  format: { type: "string" },
} as const;

/** Reads `hgcs distribute --plan p --weights w.csv -o out.xlsx` / `hgcs distribute check <file.xlsx> [--plan p] [--weights w.csv]`. */
export function distributeArgs(o: ParsedOptions): Result<DistributeArgs> {
  const [first, input, extra] = o.positionals;
  const given = (key: "plan" | "weights" | "material" | "sheet") => {
    const v = o.str(key);
    return v === undefined ? {} : { [key]: v };
  };
  const format = formatOption(o.str("format"));
  if (!format.ok) return format;
  if (first === "check") {
    if (input === undefined) return fail({ kind: "args.missing", what: "input" });
    if (extra !== undefined) return fail({ kind: "args.unexpected", value: extra });
    return ok({
      name: "distribute",
      action: "check",
      input,
      format: format.value,
      ...given("plan"),
      ...given("weights"),
      ...given("material"),
      ...given("sheet"),
    });
  }
  if (first !== undefined) return fail({ kind: "args.unexpected", value: first });
  const plan = o.str("plan");
  const weights = o.str("weights");
  const output = o.str("output");
  if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
  if (weights === undefined) return fail({ kind: "args.missing", what: "weights" });
  if (output === undefined) return fail({ kind: "args.missing", what: "output" });
  return ok({
    name: "distribute",
    action: "new",
    plan,
    weights,
    output,
    force: o.flag("force"),
    format: format.value,
    ...given("material"),
  });
}

/** Runs `hgcs distribute` (allocate and write the sheet) or `hgcs distribute check`. */
export async function distributeCommand(args: DistributeArgs, ctx: Context): Promise<number> {
  return args.action === "new" ? distributeNew(args, ctx) : distributeCheck(args, ctx);
}

async function distributeNew(args: Extract<DistributeArgs, { action: "new" }>, ctx: Context): Promise<number> {
  const refused = await refuseOutput(args.output, [args.plan, args.weights], args.force);
  if (refused) return stopAs(ctx, args.format, refused);
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stopAs(ctx, args.format, plan.problem);
  const weights = await readWeights(args.weights, ctx);
  if (!weights.ok) return stopAs(ctx, args.format, weights.problem);
  if (plan.value.materials.length === 0) return stopAs(ctx, args.format, noMaterials(args.plan));
  const distributed = distributeMaterial(plan.value, weights.value, args.material);
  const { findings } = distributed;
  if (!distributed.ok) {
    if (args.format === "json") printJson(ctx, { written: null, findings: findingsJson(findings, ctx.locale) });
    else printNotes(ctx, findings);
    return exitCodes.findings;
  }
  const { share, allocations } = distributed.value;
  const wb = new (await excel()).Workbook();
  wb.creator = "hgcs";
  writeRendered(wb, renderDistribution(plan.value, share, allocations));
  const written = await writeOutputFile(args.output, new Uint8Array(await wb.xlsx.writeBuffer()), {
    force: args.force,
    inputs: [args.plan, args.weights],
  });
  if (!written.ok) return stopAs(ctx, args.format, written.problem);
  if (args.format === "json") {
    printJson(ctx, {
      written: args.output,
      copies: share.toShare,
      allocations: allocations.map((a) => ({ unit: a.unit, weight: a.weight, copies: a.count })),
      findings: findingsJson(findings, ctx.locale),
    });
    return exitCodes.ok;
  }
  ctx.io.stdout(
    ctx.messages.sheets.distributeWrote({
      file: displayText(args.output),
      copies: groupDigits(share.toShare, ctx.locale),
      units: groupDigits(allocations.length, ctx.locale),
    }) + "\n",
  );
  printNotes(ctx, findings);
  return exitCodes.ok;
}

async function distributeCheck(args: Extract<DistributeArgs, { action: "check" }>, ctx: Context): Promise<number> {
  let expected: number | undefined;
  if (args.plan !== undefined) {
    const plan = await readPlanFile(args.plan, ctx.locale);
    if (!plan.ok) return stopAs(ctx, args.format, plan.problem);
    if (plan.value.materials.length === 0) return stopAs(ctx, args.format, noMaterials(args.plan));
    const shared = copiesToShare(plan.value, args.material);
    if (!shared.ok) {
      if (args.format === "json") {
        printJson(ctx, { file: args.input, sheets: [], findings: findingsJson(shared.findings, ctx.locale) });
      } else printNotes(ctx, shared.findings);
      return exitCodes.findings;
    }
    expected = shared.value.toShare;
  }
  let weights: WeightRow[] | undefined;
  if (args.weights !== undefined) {
    const read = await readWeights(args.weights, ctx);
    if (!read.ok) return stopAs(ctx, args.format, read.problem);
    weights = read.value;
  }
  const opened = await openWorkbook(args.input, ctx, args.sheet);
  if (!opened.ok) return stopAs(ctx, args.format, opened.problem);
  const options = { ...(expected === undefined ? {} : { expected }), ...(weights ? { weights } : {}) };
  const results = checkEachSheet(opened.value, args.input, "distribution", (grid) =>
    checkDistributionSheet(grid, options),
  );
  if (!results.ok) return stopAs(ctx, args.format, results.problem);
  // The copies the plan leaves to share, when --plan gave them.
  return printCheckedSheets(ctx, args.format, args.input, results.value, {
    text: [],
    json: expected === undefined ? {} : { expected },
  });
}

// The weights CSV through core's parser; any error in it stops the command with every line named.
async function readWeights(file: string, ctx: Context): Promise<Result<WeightRow[]>> {
  const text = await readTextFile(file);
  if (!text.ok) return text;
  const { rows, findings } = parseWeightsCsv(text.value);
  const errors = findings.filter(isError);
  if (errors.length > 0)
    return fail({ kind: "weights.invalid", file, problems: errors.map((f) => formatFinding(f, ctx.locale)) });
  return ok(rows);
}

/** A plan without materials: the user named no material, so "no material with id “”" would be no answer. */
function noMaterials(file: string) {
  return { kind: "plan.no_materials", file } as const;
}
