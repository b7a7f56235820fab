import { checkScheduleSheet, proposeSchedule, renderSchedule } from "@hgcs/core";
import { formatShortDate } from "@hgcs/core/dates";
import { conferencePlace, conferencesOf, type ConferenceSeries } from "@hgcs/core/plan";
import { checkSchedule, defaultMinGap, effectiveGap, scheduleWindow, weekdayName } from "@hgcs/core/schedule";
import { excel } from "../xlsx/excel.js";
import type { OutputFormat } from "../args.js";
import { type Context } from "../context.js";
import { displayText } from "../output/displayText.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { refuseOutput } from "../output/refuseOutput.js";
import { writeOutputFile } from "../output/writeOutputFile.js";
import { fail, ok, type Result } from "../problems.js";
import { openWorkbook } from "../xlsx/openWorkbook.js";
import { writeRendered } from "../xlsx/writeRendered.js";
import {
  checkEachSheet,
  findingsExit,
  findingsJson,
  formatOption,
  pickSeries,
  printCheckedSheets,
  printJson,
  printNotes,
  stopAs,
  wholeNumberOption,
  type ParsedOptions,
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
      readonly format: OutputFormat;
    }
  | {
      readonly name: "schedule";
      readonly action: "check";
      readonly input: string;
      readonly plan: string;
      readonly minGap?: number;
      readonly series?: string;
      readonly sheet?: string;
      readonly format: OutputFormat;
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
  format: { type: "string" },
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
  const format = formatOption(o.str("format"));
  if (!format.ok) return format;
  if (first === "check") {
    if (input === undefined) return fail({ kind: "args.missing", what: "input" });
    if (extra !== undefined) return fail({ kind: "args.unexpected", value: extra });
    if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
    // Checking writes nothing: an output file named here would silently not appear.
    if (o.str("output") !== undefined) return fail({ kind: "args.unexpected", value: "-o" });
    return ok({
      name: "schedule",
      action: "check",
      input,
      plan,
      format: format.value,
      ...gap,
      ...given("series"),
      ...given("sheet"),
    });
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
    format: format.value,
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
  const json = args.format === "json";
  if (args.action === "propose" && args.output !== undefined) {
    const refused = await refuseOutput(args.output, [args.plan], args.force);
    if (refused) return stopAs(ctx, args.format, refused);
  }
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stopAs(ctx, args.format, plan.problem);
  const series = pickSeries(plan.value, args.plan, args.series);
  if (!series.ok) return stopAs(ctx, args.format, series.problem);
  const s = series.value;
  const options = args.minGap === undefined ? {} : { minGap: args.minGap };
  const m = ctx.messages.sheets;
  if (args.action === "check") {
    const opened = await openWorkbook(args.input, ctx, args.sheet);
    if (!opened.ok) return stopAs(ctx, args.format, opened.problem);
    const results = checkEachSheet(opened.value, args.input, "schedule", (grid) =>
      checkScheduleSheet(grid, s, options),
    );
    if (!results.ok) return stopAs(ctx, args.format, results.problem);
    return printCheckedSheets(ctx, args.format, args.input, results.value, {
      text: [m.scheduleChecked(heading(s, args.minGap))],
      json: { series: seriesJson(s, args.minGap) },
    });
  }
  if (args.check) {
    const { findings } = checkSchedule(
      args.check.map((value) => ({ value })),
      s,
      options,
    );
    if (json) {
      printJson(ctx, {
        series: seriesJson(s, args.minGap),
        dates: args.check,
        findings: findingsJson(findings, ctx.locale),
      });
      return findingsExit(findings);
    }
    ctx.io.stdout(
      m.scheduleChecked(heading(s, args.minGap)) +
        "\n" +
        (findings.length === 0 ? `  ${ctx.messages.check.clean}\n` : ""),
    );
    printNotes(ctx, findings);
    return findingsExit(findings);
  }
  const { conferences, findings } = proposeSchedule(s, options);
  const places = conferencesOf(s).map(conferencePlace);
  const proposed = conferences.map((c) => {
    const place = places[c.number - 1];
    return {
      number: c.number,
      days: c.days.map((date) => ({ date, weekday: weekdayName(date)[ctx.locale] })),
      ...(place === undefined ? {} : { place }),
    };
  });
  if (!json) {
    const lines = proposed.map((c) =>
      m.scheduleLine({
        number: String(c.number),
        days: c.days.map((d) => `${d.weekday} ${formatShortDate(d.date)}`).join(", "),
        ...(c.place === undefined ? {} : { place: c.place }),
      }),
    );
    ctx.io.stdout([m.scheduleHeading(heading(s, args.minGap)), ...lines].join("\n") + "\n");
  }
  // A proposal that does not fit is not written: the notes say why.
  const write = args.output !== undefined && conferences.length > 0 ? args.output : undefined;
  if (write !== undefined) {
    const wb = new (await excel()).Workbook();
    wb.creator = "hgcs";
    writeRendered(wb, renderSchedule(plan.value, { series: s, conferences }));
    const written = await writeOutputFile(write, new Uint8Array(await wb.xlsx.writeBuffer()), {
      force: args.force,
      inputs: [args.plan],
    });
    if (!written.ok) return stopAs(ctx, args.format, written.problem);
    if (!json) ctx.io.stdout(m.scheduleWrote({ file: displayText(write), count: String(conferences.length) }) + "\n");
  }
  if (json) {
    printJson(ctx, {
      series: seriesJson(s, args.minGap),
      conferences: proposed,
      written: write ?? null,
      findings: findingsJson(findings, ctx.locale),
    });
  } else printNotes(ctx, findings);
  return findingsExit(findings);
}

// The series as the JSON documents describe it: what the text headings say, as data.
function seriesJson(s: ConferenceSeries, minGap: number | undefined) {
  const window = scheduleWindow(s.window);
  return {
    id: s.id,
    title: s.title,
    count: s.count,
    window: { from: window.from, to: window.to, label: window.label },
    minGap: effectiveGap(s, minGap ?? defaultMinGap),
  };
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
