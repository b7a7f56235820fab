import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Locale } from "@hgcs/core";
import { fail, ok, type Problem, type Result } from "./problems.js";
import { consolidateArgs, consolidateOptions, type ConsolidateArgs } from "./commands/consolidate.js";
import { distributeArgs, distributeOptions, type DistributeArgs } from "./commands/distribute.js";
import { listsArgs, listsOptions, type ListsArgs } from "./commands/lists.js";
import { scheduleArgs, scheduleOptions, type ScheduleArgs } from "./commands/schedule.js";

export type OutputFormat = "text" | "json";

/** A parsed command line. */
export type Command =
  | {
      readonly name: "check";
      /** One workbook (checked as ever), or several files and folders (a batch). */
      readonly inputs: readonly string[];
      readonly sheet?: string;
      readonly plan?: string;
      readonly date?: string;
      readonly format: OutputFormat;
      /** No progress bar on the terminal. */
      readonly quiet: boolean;
      /** The Excel findings report to write (--report), and whether it may replace a file (--force). */
      readonly report?: string;
      readonly force: boolean;
    }
  | {
      readonly name: "fill";
      readonly input: string;
      readonly output: string;
      /** "all", cell addresses ("G17", "Dự toán!G17") or finding ids ("amount.mismatch@Dự toán!G17"). */
      readonly fix: readonly string[];
      readonly sheet?: string;
      readonly plan?: string;
      readonly date?: string;
      readonly force: boolean;
    }
  | {
      readonly name: "new";
      readonly plan: string;
      readonly prices?: string;
      readonly output: string;
      readonly date?: string;
      readonly force: boolean;
    }
  | {
      readonly name: "words";
      readonly number: string;
      readonly le: boolean;
      readonly ngan: boolean;
      readonly bon: boolean;
      readonly ti: boolean;
      readonly chan: boolean;
    }
  | ListsArgs
  | ConsolidateArgs
  | DistributeArgs
  | ScheduleArgs
  | { readonly name: "help" }
  | { readonly name: "version" };

export interface Invocation {
  /** The message language, known even when the rest of the line is wrong. */
  readonly locale: Locale;
  readonly command: Result<Command>;
}

const common = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

const optionsOf = {
  check: {
    ...common,
    sheet: { type: "string" },
    plan: { type: "string" },
    date: { type: "string" },
    format: { type: "string" },
    quiet: { type: "boolean", short: "q" },
    report: { type: "string" },
    force: { type: "boolean" },
  },
  fill: {
    ...common,
    output: { type: "string", short: "o" },
    fix: { type: "string", multiple: true },
    sheet: { type: "string" },
    plan: { type: "string" },
    date: { type: "string" },
    force: { type: "boolean" },
  },
  new: {
    ...common,
    plan: { type: "string" },
    prices: { type: "string" },
    output: { type: "string", short: "o" },
    date: { type: "string" },
    force: { type: "boolean" },
  },
  words: {
    ...common,
    le: { type: "boolean" },
    ngan: { type: "boolean" },
    bon: { type: "boolean" },
    ti: { type: "boolean" },
    chan: { type: "boolean" },
  },
  lists: { ...common, ...listsOptions },
  consolidate: { ...common, ...consolidateOptions },
  distribute: { ...common, ...distributeOptions },
  schedule: { ...common, ...scheduleOptions },
} as const satisfies Record<string, ParseArgsConfig["options"]>;

type CommandName = keyof typeof optionsOf;

/** Parses `hgcs <command> …` (argv without node and the script). */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const langArg = findLang(argv);
  const locale: Locale = langArg === "en" ? "en" : "vi";
  const command = parseCommand(argv, langArg);
  return { locale, command };
}

function parseCommand(argv: readonly string[], langArg: string | undefined): Result<Command> {
  if (langArg !== undefined && langArg !== "vi" && langArg !== "en") {
    return fail({ kind: "args.bad_value", option: "--lang", value: langArg, allowed: "vi, en" });
  }
  const [first, ...rest] = argv;
  if (first === undefined || first === "help" || first === "--help" || first === "-h") return ok({ name: "help" });
  if (first === "--version" || first === "-v" || first === "version") return ok({ name: "version" });
  if (!isCommandName(first)) {
    return first.startsWith("-")
      ? argv.length === 2 && first === "--lang"
        ? ok({ name: "help" })
        : fail({ kind: "args.unknown_option", option: first.split("=")[0] ?? first })
      : fail({ kind: "args.unknown_command", command: first });
  }
  const args = first === "words" ? negativeNumbersAsPositionals(rest) : rest;
  let parsed;
  try {
    parsed = parseArgs({ args, options: optionsOf[first], allowPositionals: true, strict: true });
  } catch (e) {
    return fail(argsProblem(e));
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  if (v.help === true) return ok({ name: "help" });
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  const flag = (k: string) => v[k] === true;
  const positionals = parsed.positionals;

  const date = str("date");
  if (date !== undefined && !isIsoDate(date)) {
    return fail({ kind: "args.bad_value", option: "--date", value: date, allowed: "YYYY-MM-DD" });
  }
  const optional = <K extends string>(key: K, value: string | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;

  switch (first) {
    case "check": {
      if (positionals.length === 0) return fail({ kind: "args.missing", what: "input" });
      const format = str("format") ?? "text";
      if (format !== "text" && format !== "json") {
        return fail({ kind: "args.bad_value", option: "--format", value: format, allowed: "text, json" });
      }
      return ok({
        name: "check",
        inputs: positionals,
        format,
        quiet: flag("quiet"),
        force: flag("force"),
        ...optional("sheet", str("sheet")),
        ...optional("plan", str("plan")),
        ...optional("date", date),
        ...optional("report", str("report")),
      });
    }
    case "fill": {
      const [input, ...extra] = positionals;
      if (input === undefined) return fail({ kind: "args.missing", what: "input" });
      const fix = (v.fix as string[] | undefined) ?? [];
      // `--fix G17 G19`: further cells after --fix arrive as positionals.
      if (extra.length > 0 && fix.length === 0) return fail({ kind: "args.unexpected", value: extra[0] ?? "" });
      const output = str("output");
      if (output === undefined) return fail({ kind: "args.missing", what: "output" });
      return ok({
        name: "fill",
        input,
        output,
        fix: [...fix, ...extra]
          .flatMap((f) => f.split(","))
          .map((f) => f.trim())
          .filter((f) => f !== ""),
        force: flag("force"),
        ...optional("sheet", str("sheet")),
        ...optional("plan", str("plan")),
        ...optional("date", date),
      });
    }
    case "new": {
      if (positionals[0] !== undefined) return fail({ kind: "args.unexpected", value: positionals[0] });
      const plan = str("plan");
      if (plan === undefined) return fail({ kind: "args.missing", what: "plan" });
      const output = str("output");
      if (output === undefined) return fail({ kind: "args.missing", what: "output" });
      return ok({
        name: "new",
        plan,
        output,
        force: flag("force"),
        ...optional("prices", str("prices")),
        ...optional("date", date),
      });
    }
    case "lists":
      return listsArgs({ positionals, str, flag, ...optional("date", date) });
    case "consolidate":
      return consolidateArgs({ positionals, str, flag, ...optional("date", date) });
    case "distribute":
      return distributeArgs({ positionals, str, flag });
    case "schedule":
      return scheduleArgs({
        positionals,
        str,
        flag,
        list: (k) => (Array.isArray(v[k]) ? (v[k] as string[]) : undefined),
      });
    case "words": {
      const [number, extra] = positionals;
      if (number === undefined) return fail({ kind: "args.missing", what: "number" });
      if (extra !== undefined) return fail({ kind: "args.unexpected", value: extra });
      return ok({
        name: "words",
        number,
        le: flag("le"),
        ngan: flag("ngan"),
        bon: flag("bon"),
        ti: flag("ti"),
        chan: flag("chan"),
      });
    }
  }
}

function isCommandName(s: string): s is CommandName {
  return Object.hasOwn(optionsOf, s);
}

// --lang as "--lang en" or "--lang=en", wherever it stands.
function findLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") return undefined;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

// "hgcs words -5" means the number −5, not an option "-5".
function negativeNumbersAsPositionals(args: readonly string[]): string[] {
  // After "--" everything is a positional already ("hgcs words -- -5").
  if (args.includes("--")) return [...args];
  const numbers = args.filter((a) => /^-\d[\d.,]*$/.test(a));
  return numbers.length === 0 ? [...args] : [...args.filter((a) => !numbers.includes(a)), "--", ...numbers];
}

// node:util's parse errors carry a code and the option in quotes; we only keep the option.
function argsProblem(e: unknown): Problem {
  const err = e as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(err.message ?? "")?.[1] ?? "";
  const option = /--?[\w-]+/.exec(quoted)?.[0] ?? quoted;
  switch (err.code) {
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return { kind: "args.missing_value", option: /--[\w-]+/.exec(quoted)?.[0] ?? option };
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return { kind: "args.unexpected", value: quoted };
    default:
      return { kind: "args.unknown_option", option };
  }
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}
