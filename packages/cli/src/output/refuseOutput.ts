import { realpath, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Problem } from "../problems.js";
import { removeLeftovers } from "./temporaries.js";

/**
 * Refuses an output before any work is done: an .xlsm name (the written workbook keeps no macros), a
 * target that exists and is not a regular file (a directory, a FIFO, /dev/null — even with --force), and,
 * unless --force, the input itself or any existing file. (The write repeats the checks atomically; this
 * one only spares the user a wasted run.)
 */
export async function refuseOutput(
  output: string,
  inputs: readonly string[],
  force: boolean,
): Promise<Problem | undefined> {
  if (/\.xlsm$/i.test(output)) return { kind: "output.macros", file: output };
  // The next run into a folder clears what a killed one left there.
  await removeLeftovers(dirname(resolve(output)));
  const info = await stat(output).catch(() => undefined);
  if (info && !info.isFile()) return { kind: "output.not_a_file", file: output };
  if (force) return undefined;
  const target = await realpath(output).catch(() => resolve(output));
  for (const input of inputs) {
    if ((await realpath(input).catch(() => resolve(input))) === target)
      return { kind: "output.is_input", file: output };
  }
  return info ? { kind: "output.exists", file: output } : undefined;
}
