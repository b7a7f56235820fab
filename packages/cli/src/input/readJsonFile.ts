import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
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
import { firstLine } from "../errorText.js";

/** The largest plan, price list or weights file read: such files are kilobytes. */
const maxTextBytes = 16 * 1024 * 1024;

/**
 * Reads a UTF-8 text file; a missing or unreadable file is a problem, not an exception. A pipe is read
 * (`--plan <(…)`), up to 16 MB; a directory or a device (/dev/zero) is refused before any read.
 */
export async function readTextFile(file: string): Promise<Result<string>> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) {
    return info.code === "ENOENT" || info.code === "ENOTDIR"
      ? fail({ kind: "file.missing", file })
      : fail({ kind: "file.unreadable", file, detail: info.code ?? info.message });
  }
  if (info.isDirectory()) return fail({ kind: "file.not_a_file", file, what: "directory" });
  if (!info.isFile() && !info.isFIFO()) return fail({ kind: "file.not_a_file", file, what: "special" });
  if (info.size > maxTextBytes) return fail({ kind: "file.too_large", file, bytes: info.size, limit: maxTextBytes });
  try {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of createReadStream(file)) {
      const bytes = chunk as Buffer;
      size += bytes.length;
      if (size > maxTextBytes) return fail({ kind: "file.too_large", file, bytes: size, limit: maxTextBytes });
      chunks.push(bytes);
    }
    return ok(Buffer.concat(chunks).toString("utf8"));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail({ kind: "file.unreadable", file, detail: err.code ?? err.message });
  }
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

/** The plan of an optional --plan: none when not given, else as readPlanFile reads it. */
export function readOptionalPlanFile(file: string | undefined, locale: Locale): Promise<Result<Plan | undefined>> {
  return file === undefined ? Promise.resolve(ok(undefined)) : readPlanFile(file, locale);
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
