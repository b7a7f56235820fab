import { checkConferenceList, checkSheet, conferenceLists, type Plan } from "@hgcs/core";
import { supportLimit } from "@hgcs/core/lists";
import { groupDigits } from "@hgcs/core/money";
import { type ConferenceSeries } from "@hgcs/core/plan";
import { excel } from "../xlsx/excel.js";
import type { OutputFormat } from "../args.js";
import { exitCodes, type Context } from "../context.js";
import { displayText } from "../output/displayText.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { fail, ok, type Result } from "../problems.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";
import { writeRendered } from "../xlsx/writeRendered.js";
import {
  checkEachSheet,
  formatOption,
  pickSeries,
  printCheckedSheets,
  printJson,
  stopAs,
  wholeNumberOption,
  type ParsedOptions,
} from "./sheetReport.js";

/** `hgcs lists new|check …` */
export type ListsArgs =
  | {
      readonly name: "lists";
      readonly action: "new";
      readonly plan: string;
      readonly output: string;
      readonly date?: string;
      readonly force: boolean;
      readonly format: OutputFormat;
    }
  | {
      readonly name: "lists";
      readonly action: "check";
      readonly input: string;
      readonly plan: string;
      readonly sheet?: string;
      readonly series?: string;
      readonly rate?: number;
      readonly estimate?: string;
      readonly date?: string;
      readonly format: OutputFormat;
    };

/** The options `hgcs lists` takes (besides --lang and --help). */
export const listsOptions = {
  plan: { type: "string" },
  output: { type: "string", short: "o" },
  date: { type: "string" },
  force: { type: "boolean" },
  sheet: { type: "string" },
  series: { type: "string" },
  rate: { type: "string" },
  estimate: { type: "string" },
  format: { type: "string" },
} as const;

/** Reads `hgcs lists new --plan p -o out.xlsx` / `hgcs lists check <file.xlsx> --plan p [--sheet S] [--series ID] [--rate N] [--estimate e.xlsx]`. */
export function listsArgs(o: ParsedOptions): Result<ListsArgs> {
  const [action, input, extra] = o.positionals;
  const plan = o.str("plan");
  const date = o.date === undefined ? {} : { date: o.date };
  if (action !== "new" && action !== "check") {
    return action === undefined
      ? fail({ kind: "args.missing", what: "action" })
      : fail({ kind: "args.bad_value", option: "lists", value: action, allowed: "new, check" });
  }
  if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
  const format = formatOption(o.str("format"));
  if (!format.ok) return format;
  if (action === "new") {
    if (input !== undefined) return fail({ kind: "args.unexpected", value: input });
    const output = o.str("output");
    if (output === undefined) return fail({ kind: "args.missing", what: "output" });
    return ok({ name: "lists", action, plan, output, force: o.flag("force"), format: format.value, ...date });
  }
  if (input === undefined) return fail({ kind: "args.missing", what: "input" });
  if (extra !== undefined) return fail({ kind: "args.unexpected", value: extra });
  const rate = wholeNumberOption("--rate", o.str("rate"));
  if (!rate.ok) return rate;
  const optional = (key: "sheet" | "series" | "estimate") => {
    const v = o.str(key);
    return v === undefined ? {} : { [key]: v };
  };
  return ok({
    name: "lists",
    action,
    input,
    plan,
    format: format.value,
    ...optional("sheet"),
    ...optional("series"),
    ...optional("estimate"),
    ...(rate.value === undefined ? {} : { rate: rate.value }),
    ...date,
  });
}

/** Runs `hgcs lists new|check`. */
export async function listsCommand(args: ListsArgs, ctx: Context): Promise<number> {
  return args.action === "new" ? listsNew(args, ctx) : listsCheck(args, ctx);
}

// A workbook with the blank delegate list and support list of every conference of the plan.
async function listsNew(args: Extract<ListsArgs, { action: "new" }>, ctx: Context): Promise<number> {
  const refused = await refuseOutput(args.output, [args.plan], args.force);
  if (refused) return stopAs(ctx, args.format, refused);
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stopAs(ctx, args.format, plan.problem);
  if (plan.value.conferences.length === 0)
    return stopAs(ctx, args.format, { kind: "plan.no_series", file: args.plan, series: "", available: [] });
  const lists = conferenceLists(plan.value, args.date === undefined ? {} : { date: args.date });
  const wb = new (await excel()).Workbook();
  wb.creator = "hgcs";
  for (const l of lists) {
    writeRendered(wb, l.delegates);
    writeRendered(wb, l.support);
  }
  const written = await writeOutputFile(args.output, new Uint8Array(await wb.xlsx.writeBuffer()), {
    force: args.force,
    inputs: [args.plan],
  });
  if (!written.ok) return stopAs(ctx, args.format, written.problem);
  if (args.format === "json") {
    printJson(ctx, { written: args.output, conferences: lists.length, sheets: wb.worksheets.map((w) => w.name) });
    return exitCodes.ok;
  }
  ctx.io.stdout(
    ctx.messages.sheets.listsWrote({
      file: displayText(args.output),
      conferences: String(lists.length),
      sheets: String(lists.length * 2),
    }) + "\n",
  );
  return exitCodes.ok;
}

async function listsCheck(args: Extract<ListsArgs, { action: "check" }>, ctx: Context): Promise<number> {
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stopAs(ctx, args.format, plan.problem);
  const series = pickSeries(plan.value, args.plan, args.series);
  if (!series.ok) return stopAs(ctx, args.format, series.problem);
  const limit =
    args.estimate === undefined ? ok(undefined) : await estimateLimit(args.estimate, plan.value, series.value, ctx);
  if (!limit.ok) return stopAs(ctx, args.format, limit.problem);
  const opened = await openWorkbook(args.input, ctx, args.sheet);
  if (!opened.ok) return stopAs(ctx, args.format, opened.problem);
  const options = {
    ...(args.date === undefined ? {} : { date: args.date }),
    ...(args.rate === undefined ? {} : { rate: args.rate }),
    ...(limit.value === undefined ? {} : { limit: limit.value }),
  };
  const results = checkEachSheet(opened.value, args.input, "lists", (grid) =>
    checkConferenceList(grid, plan.value, series.value, options),
  );
  if (!results.ok) return stopAs(ctx, args.format, results.problem);
  const limitLine =
    limit.value === undefined ? [] : [ctx.messages.sheets.limit({ limit: groupDigits(limit.value, ctx.locale) })];
  return printCheckedSheets(ctx, args.format, args.input, results.value, {
    text: limitLine,
    // The estimate's support money for one conference, when --estimate gave it.
    json: limit.value === undefined ? {} : { limit: limit.value },
  });
}

// The estimate's meal- and travel-support money for one conference (its lines shared over the series).
async function estimateLimit(
  file: string,
  plan: Plan,
  series: ConferenceSeries,
  ctx: Context,
): Promise<Result<number | undefined>> {
  const opened = await openWorkbook(file, ctx);
  if (!opened.ok) return opened;
  for (const grid of opened.value.grids) {
    const checked = checkSheet(grid, { plan });
    if (checked.ok) return ok(supportLimit(checked.value.estimate, series));
  }
  return fail({ kind: "table.none", file, sheets: opened.value.sheetNames });
}
