import { parseCommandLine } from "./args.js";
import { exitCodes, stop, type Context, type Io } from "./context.js";
import { maxBytesFrom } from "./input/readWorkbookFile.js";
import { maxCellsFrom } from "./ooxml/readWorkbook.js";
import { cliMessages } from "./messages/index.js";
import { firstLine } from "./errorText.js";

/** The CLI's version, put in by the build (tsup `define`); "dev" when run from source. */
declare const __HGCS_VERSION__: string | undefined;
const version = typeof __HGCS_VERSION__ === "string" ? __HGCS_VERSION__ : "dev";

/**
 * Runs one `hgcs` command line and returns its exit code. Never throws: a problem with the input is a
 * message and code 2; a bug in hgcs is a one-line message and code 3 (the stack only with HGCS_DEBUG=1).
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { locale, command } = parseCommandLine(argv);
  const ctx: Context = {
    io,
    locale,
    messages: cliMessages(locale),
    maxBytes: maxBytesFrom(io.env),
    maxCells: maxCellsFrom(io.env),
  };
  if (!command.ok) {
    const code = stop(ctx, command.problem);
    io.stderr(`\n${ctx.messages.usage}\n`);
    return code;
  }
  try {
    // Each command is loaded when it runs: `hgcs check` never loads ExcelJS (half a second), which the
    // writing commands need.
    switch (command.value.name) {
      case "help":
        io.stdout(ctx.messages.usage + "\n");
        return exitCodes.ok;
      case "version":
        io.stdout(`hgcs ${version}\n`);
        return exitCodes.ok;
      case "check":
        return await (await import("./commands/check.js")).checkCommand(command.value, ctx);
      case "fill":
        return await (await import("./commands/fill.js")).fillCommand(command.value, ctx);
      case "new":
        return await (await import("./commands/new.js")).newCommand(command.value, ctx);
      case "lists":
        return await (await import("./commands/lists.js")).listsCommand(command.value, ctx);
      case "consolidate":
        return await (await import("./commands/consolidate.js")).consolidateCommand(command.value, ctx);
      case "distribute":
        return await (await import("./commands/distribute.js")).distributeCommand(command.value, ctx);
      case "schedule":
        return await (await import("./commands/schedule.js")).scheduleCommand(command.value, ctx);
      case "words":
        return (await import("./commands/words.js")).wordsCommand(command.value, ctx);
    }
  } catch (e) {
    io.stderr(ctx.messages.internalError(firstLine(e)) + "\n");
    if (io.env.HGCS_DEBUG) io.stderr(`${e instanceof Error ? e.stack : String(e)}\n`);
    return exitCodes.internal;
  }
}
