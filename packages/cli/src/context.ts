import type { Locale } from "@hgcs/core";
import { describeProblem, type CliMessages } from "./messages/index.js";
import type { Problem } from "./problems.js";

/** Where a command writes and what it may read from its environment (the process in bin.ts, fakes in tests). */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The terminal's width when stderr is a terminal (a progress bar may be drawn there); unset otherwise. */
  readonly stderrColumns?: number;
}

/** Exit codes: 0 no error findings, 1 error findings, 2 unusable input, 3 a bug in hgcs. */
export const exitCodes = { ok: 0, findings: 1, unusable: 2, internal: 3 } as const;

/** What every command gets: io, the language and its messages, the input size limit. */
export interface Context {
  readonly io: Io;
  readonly locale: Locale;
  readonly messages: CliMessages;
  readonly maxBytes: number;
  /** The most cells read from one sheet (HGCS_MAX_CELLS, default DEFAULT_MAX_CELLS). */
  readonly maxCells: number;
}

/** Prints a problem that stops the command (on stderr) and returns exit code 2. */
export function stop(ctx: Context, problem: Problem): number {
  ctx.io.stderr(ctx.messages.stopped(describeProblem(problem, ctx.messages)) + "\n");
  return exitCodes.unusable;
}
