import { en } from "./en.js";
import type { Problem } from "../problems.js";
import type { CliMessages, Locale } from "./types.js";
import { displayText } from "../output/displayText.js";
import { vi } from "./vi.js";

export type { CliMessages, ProblemMessages } from "./types.js";

const catalogues: Readonly<Record<Locale, CliMessages>> = { vi, en };

/** The CLI's messages in a language (Vietnamese unless told otherwise). */
export function cliMessages(locale: Locale = "vi"): CliMessages {
  return catalogues[locale];
}

/**
 * The message for a problem that stops a command. Names and details from the input (files, sheets, the
 * reader's complaint) are shown escaped (displayText), so none can start a line of its own.
 */
export function describeProblem(problem: Problem, messages: CliMessages): string {
  const render = messages.problems[problem.kind] as (p: Problem) => string;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(problem)) {
    fields[key] =
      key === "kind"
        ? value
        : typeof value === "string"
          ? key === "file"
            ? displayText(value)
            : shown(value)
          : Array.isArray(value)
            ? value.map((v: unknown) => (typeof v === "string" ? shown(v) : v))
            : value;
  }
  return render(fields as Problem);
}

// A name from the input as a message shows it: escaped, and cut when absurdly long (a 5.000-character sheet name).
function shown(text: string): string {
  const escaped = displayText(text);
  return escaped.length <= 160 ? escaped : `${escaped.slice(0, 160)}…`;
}
