import { readFile } from "node:fs/promises";
import {
  formatFinding,
  isError,
  parsePlan,
  parsePrices,
  type Finding,
  type Locale,
  type Plan,
  type Prices,
} from "@hgcs/core";
import { fail, ok, type Result } from "../problems.js";
import { firstLine } from "../xlsx/loadWorkbook.js";

/** Reads a UTF-8 text file; a missing or unreadable file is a problem, not an exception. */
export async function readTextFile(file: string): Promise<Result<string>> {
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => e);
  if (!(text instanceof Error)) return ok(text);
  if (text.code === "ENOENT") return fail({ kind: "file.missing", file });
  if (text.code === "EISDIR") return fail({ kind: "file.not_a_file", file });
  return fail({ kind: "file.unreadable", file, detail: text.code ?? text.message });
}

/** Reads and parses a JSON file; a missing file or bad JSON is a problem, not an exception. */
export async function readJsonFile(file: string): Promise<Result<unknown>> {
  const text = await readTextFile(file);
  if (!text.ok) return text;
  try {
    return ok(JSON.parse(text.value.replace(/^\uFEFF/, "")) as unknown);
  } catch (e) {
    return fail({ kind: "json.invalid", file, detail: firstLine(e) });
  }
}

/** Reads a plan file through core's parsePlan; its error findings, with their JSON paths, become the problem. */
export async function readPlanFile(file: string, locale: Locale): Promise<Result<Plan>> {
  const json = await readJsonFile(file);
  if (!json.ok) return json;
  const parsed = parsePlan(json.value);
  const errors = parsed.findings.filter(isError);
  if (!parsed.ok || errors.length > 0)
    return fail({ kind: "plan.invalid", file, problems: problemLines(errors, locale) });
  return ok(parsed.value);
}

/** Reads a price list through core's parsePrices, like readPlanFile. */
export async function readPricesFile(file: string, locale: Locale): Promise<Result<Prices>> {
  const json = await readJsonFile(file);
  if (!json.ok) return json;
  const parsed = parsePrices(json.value);
  if (!parsed.ok) return fail({ kind: "prices.invalid", file, problems: problemLines(parsed.findings, locale) });
  return ok(parsed.value);
}

// "conferences.0.count: message" per finding.
function problemLines(findings: readonly Finding[], locale: Locale): string[] {
  return findings.map((f) => `${f.at?.path ? `${f.at.path}: ` : ""}${formatFinding(f, locale)}`);
}
