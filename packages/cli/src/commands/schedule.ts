import { checkScheduleSheet, isError, proposeSchedule, renderSchedule } from "@hgcs/core";
import { formatShortDate } from "@hgcs/core/dates";
import { conferencePlace, conferencesOf, type ConferenceSeries } from "@hgcs/core/plan";
import { checkSchedule, defaultMinGap, effectiveGap, scheduleWindow, weekdayName } from "@hgcs/core/schedule";
import ExcelJS from "exceljs";
import { exitCodes, stop, type Context } from "../context.js";
import { displayText } from "../output/displayText.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { fail, ok, type Result } from "../problems.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";
import { writeRendered } from "../xlsx/writeRendered.js";
import {
  pickSeries,
  printNotes,
  printSheetResults,
  wholeNumberOption,
  type ParsedOptions,
  type SheetResult,
} from "./sheetReport.js";

/** `hgcs schedule --plan p [--min-gap N] [--series ID] [--check DATE,…] [-o out.xlsx]` and `hgcs schedule check <file.xlsx> --plan p …` */
export type ScheduleArgs =
  | {
      readonly name: "schedule";
      readonly action: "propose";
      readonly plan: string;
      readonly minGap?: number;
      readonly series?: string;
      /** Dates someone typed, to check instead of proposing. */
      readonly check?: readonly string[];
      /** Where to write the proposed schedule as a sheet. */
      readonly output?: string;
      readonly force: boolean;
    }
  | {
      readonly name: "schedule";
      readonly action: "check";
      readonly input: string;
      readonly plan: string;
      readonly minGap?: number;
      readonly series?: string;
      readonly sheet?: string;
    };

/** The options `hgcs schedule` takes (besides --lang and --help). */
export const scheduleOptions = {
  plan: { type: "string" },
  "min-gap": { type: "string" },
  series: { type: "string" },
  check: { type: "string", multiple: true },
  output: { type: "string", short: "o" },
  sheet: { type: "string" },
  force: { type: "boolean" },
} as const;

/** Reads the `hgcs schedule` command line. */
export function scheduleArgs(
  o: ParsedOptions & { readonly list: (key: string) => readonly string[] | undefined },
): Result<ScheduleArgs> {
  const [first, input, extra] = o.positionals;
  const plan = o.str("plan");
  const minGap = wholeNumberOption("--min-gap", o.str("min-gap"));
  if (!minGap.ok) return minGap;
  const given = (key: "series" | "sheet" | "output") => {
    const v = o.str(key);
    return v === undefined ? {} : { [key]: v };
  };
  const gap = minGap.value === undefined ? {} : { minGap: minGap.value };
  if (first === "check") {
    if (input === undefined) return fail({ kind: "args.missing", what: "input" });
    if (extra !== undefined) return fail({ kind: "args.unexpected", value: extra });
    if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
    // Checking writes nothing: an output file named here would silently not appear.
    if (o.str("output") !== undefined) return fail({ kind: "args.unexpected", value: "-o" });
    return ok({ name: "schedule", action: "check", input, plan, ...gap, ...given("series"), ...given("sheet") });
  }
  if (first !== undefined) return fail({ kind: "args.unexpected", value: first });
  if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
  // "--check 16/04/2024,16/05/2024" or the option repeated; spaces and ";" separate too.
  const check = o
    .list("check")
    ?.flatMap((v) => v.split(/[,;\s]+/))
    .filter((v) => v !== "");
  if (check !== undefined && o.str("output") !== undefined) return fail({ kind: "args.unexpected", value: "-o" });
  return ok({
    name: "schedule",
    action: "propose",
    plan,
    force: o.flag("force"),
    ...gap,
    ...given("series"),
    ...given("output"),
    ...(check === undefined ? {} : { check }),
  });
}

/**
 * Proposes dates for a conference series (and writes them as a sheet with -o), checks typed ones, or checks
 * the schedule kept in a workbook. Exit 1 when the dates cannot fit or have errors.
 */
export async function scheduleCommand(args: ScheduleArgs, ctx: Context): Promise<number> {
  if (args.action === "propose" && args.output !== undefined) {
    const refused = await refuseOutput(args.output, [args.plan], args.force);
    if (refused) return stop(ctx, refused);
  }
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stop(ctx, plan.problem);
  const series = pickSeries(plan.value, args.plan, args.series);
  if (!series.ok) return stop(ctx, series.problem);
  const s = series.value;
  const options = args.minGap === undefined ? {} : { minGap: args.minGap };
  const m = ctx.messages.sheets;
  if (args.action === "check") {
    const opened = await openWorkbook(args.input, ctx, args.sheet);
    if (!opened.ok) return stop(ctx, opened.problem);
    const results: SheetResult[] = opened.value.grids.map((grid) => {
      const checked = checkScheduleSheet(grid, s, options);
      return { sheet: grid.sheet, found: checked.ok, findings: checked.ok ? checked.findings : [] };
    });
    if (!results.some((r) => r.found)) {
      return stop(ctx, { kind: "sheet.no_list", file: args.input, sheets: opened.value.sheetNames, what: "schedule" });
    }
    ctx.io.stdout(m.scheduleChecked(heading(s, args.minGap)) + "\n");
    return printSheetResults(ctx, args.input, results);
  }
  if (args.check) {
    const { findings } = checkSchedule(
      args.check.map((value) => ({ value })),
      s,
      options,
    );
    ctx.io.stdout(
      m.scheduleChecked(heading(s, args.minGap)) +
        "\n" +
        (findings.length === 0 ? `  ${ctx.messages.check.clean}\n` : ""),
    );
    printNotes(ctx, findings);
    return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
  }
  const { conferences, findings } = proposeSchedule(s, options);
  const places = conferencesOf(s).map(conferencePlace);
  const lines = conferences.map((c) => {
    const place = places[c.number - 1];
    return m.scheduleLine({
      number: String(c.number),
      days: c.days.map((d) => `${weekdayName(d)[ctx.locale]} ${formatShortDate(d)}`).join(", "),
      ...(place === undefined ? {} : { place }),
    });
  });
  ctx.io.stdout([m.scheduleHeading(heading(s, args.minGap)), ...lines].join("\n") + "\n");
  // A proposal that does not fit is not written: the notes say why.
  if (args.output !== undefined && conferences.length > 0) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "hgcs";
    writeRendered(wb, renderSchedule(plan.value, { series: s, conferences }));
    const written = await writeOutputFile(args.output, new Uint8Array(await wb.xlsx.writeBuffer()), {
      force: args.force,
      inputs: [args.plan],
    });
    if (!written.ok) return stop(ctx, written.problem);
    ctx.io.stdout(m.scheduleWrote({ file: displayText(args.output), count: String(conferences.length) }) + "\n");
  }
  printNotes(ctx, findings);
  return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
}

// The series, its count, window and effective gap, as the headings name them.
function heading(
  s: ConferenceSeries,
  minGap: number | undefined,
): { series: string; count: string; window: string; minGap: string } {
  return {
    series: s.title,
    count: String(s.count),
    window: scheduleWindow(s.window).label,
    minGap: String(effectiveGap(s, minGap ?? defaultMinGap)),
  };
}
