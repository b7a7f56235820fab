import { randomBytes } from "node:crypto";
import { realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fail, ok, type Problem, type Result } from "../problems.js";
import { firstLine } from "../xlsx/loadWorkbook.js";
import { refuseOutput } from "./refuseOutput.js";

export interface WriteOptions {
  /** Allow replacing an existing file (and the input itself). */
  readonly force: boolean;
  /** Files this command read; the output must not be one of them unless forced. */
  readonly inputs: readonly string[];
}

/**
 * Writes a finished workbook. Without --force it never replaces anything: not the input, not any
 * existing file (the exclusive "wx" open makes that race-free). With --force it writes a temporary file
 * beside the target and renames it over, so an interrupted write cannot leave half a workbook.
 */
export async function writeOutputFile(file: string, bytes: Uint8Array, options: WriteOptions): Promise<Result<void>> {
  if (!options.force) {
    const refused = await refuseOutput(file, options.inputs, false);
    if (refused) return fail(refused);
    try {
      await writeFile(file, bytes, { flag: "wx" });
      return ok(undefined);
    } catch (e) {
      return fail(writeProblem(file, e));
    }
  }
  const target = await realpath(file).catch(() => resolve(file));
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    await rename(temp, target);
    return ok(undefined);
  } catch (e) {
    await rm(temp, { force: true });
    return fail(writeProblem(file, e));
  }
}

function writeProblem(file: string, e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EEXIST") return { kind: "output.exists", file };
  return { kind: "output.write_failed", file, detail: code ?? firstLine(e) };
}
