import { checkSchedule, defaultMinGap, effectiveGap, formatShortDate, isError, proposeSchedule, scheduleWindow, weekdayName } from "@hgcs/core";
import { exitCodes, stop, type Context } from "../context.js";
import { readPlanFile } from "../input/readJsonFile.js";
import { fail, ok, type Result } from "../problems.js";
import { pickSeries, printNotes, wholeNumberOption, type ParsedOptions } from "./sheetReport.js";

/** `hgcs schedule --plan p [--min-gap N] [--series ID] [--check DATE,DATE,…]` */
export interface ScheduleArgs {
  readonly name: "schedule";
  readonly plan: string;
  readonly minGap?: number;
  readonly series?: string;
  /** Dates someone typed, to check instead of proposing. */
  readonly check?: readonly string[];
}

/** The options `hgcs schedule` takes (besides --lang and --help). */
export const scheduleOptions = {
  plan: { type: "string" },
  "min-gap": { type: "string" },
  series: { type: "string" },
  check: { type: "string", multiple: true },
} as const;

/** Reads the `hgcs schedule` command line. */
export function scheduleArgs(o: ParsedOptions & { readonly list: (key: string) => readonly string[] | undefined }): Result<ScheduleArgs> {
  const [extra] = o.positionals;
  if (extra !== undefined) return fail({ kind: "args.unexpected", value: extra });
  const plan = o.str("plan");
  if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
  const minGap = wholeNumberOption("--min-gap", o.str("min-gap"));
  if (!minGap.ok) return minGap;
  const series = o.str("series");
  // "--check 16/04/2024,16/05/2024" or the option repeated; spaces and ";" separate too.
  const check = o.list("check")?.flatMap((v) => v.split(/[,;\s]+/)).filter((v) => v !== "");
  return ok({
    name: "schedule",
    plan,
    ...(minGap.value === undefined ? {} : { minGap: minGap.value }),
    ...(series === undefined ? {} : { series }),
    ...(check === undefined ? {} : { check }),
  });
}

/** Proposes dates for a conference series, or checks typed ones. Exit 1 when it cannot fit or the dates have errors. */
export async function scheduleCommand(args: ScheduleArgs, ctx: Context): Promise<number> {
  const plan = await readPlanFile(args.plan, ctx.locale);
  if (!plan.ok) return stop(ctx, plan.problem);
  const series = pickSeries(plan.value, args.plan, args.series);
  if (!series.ok) return stop(ctx, series.problem);
  const s = series.value;
  const options = args.minGap === undefined ? {} : { minGap: args.minGap };
  const m = ctx.messages.sheets;
  const heading = {
    series: s.title,
    count: String(s.count),
    window: scheduleWindow(s.window).label,
    minGap: String(effectiveGap(s, args.minGap ?? defaultMinGap)),
  };
  if (args.check) {
    const { findings } = checkSchedule(
      args.check.map((value) => ({ value })),
      s,
      options,
    );
    ctx.io.stdout(m.scheduleChecked(heading) + "\n" + (findings.length === 0 ? `  ${ctx.messages.check.clean}\n` : ""));
    printNotes(ctx, findings);
    return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
  }
  const { conferences, findings } = proposeSchedule(s, options);
  const lines = conferences.map((c) =>
    m.scheduleLine({
      number: String(c.number),
      days: c.days.map((d) => `${weekdayName(d)[ctx.locale]} ${formatShortDate(d)}`).join(", "),
    }),
  );
  ctx.io.stdout([m.scheduleHeading(heading), ...lines].join("\n") + "\n");
  printNotes(ctx, findings);
  return findings.some(isError) ? exitCodes.findings : exitCodes.ok;
}
