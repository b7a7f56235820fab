import { en } from "./en.js";
import type { Problem } from "../problems.js";
import type { CliMessages, Locale } from "./types.js";
import { vi } from "./vi.js";

export type { CliMessages, ProblemMessages } from "./types.js";

const catalogues: Readonly<Record<Locale, CliMessages>> = { vi, en };

/** The CLI's messages in a language (Vietnamese unless told otherwise). */
export function cliMessages(locale: Locale = "vi"): CliMessages {
  return catalogues[locale];
}

/** The message for a problem that stops a command. */
export function describeProblem(problem: Problem, messages: CliMessages): string {
  const render = messages.problems[problem.kind] as (p: Problem) => string;
  return render(problem);
}
