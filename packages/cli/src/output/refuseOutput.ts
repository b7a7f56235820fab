import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Problem } from "../problems.js";

/**
 * Refuses an output before any work is done: the input itself, or any existing file, unless --force.
 * (The write repeats the check atomically; this one only spares the user a wasted run.)
 */
export async function refuseOutput(
  output: string,
  inputs: readonly string[],
  force: boolean,
): Promise<Problem | undefined> {
  if (force) return undefined;
  const target = await realpath(output).catch(() => resolve(output));
  for (const input of inputs) {
    if ((await realpath(input).catch(() => resolve(input))) === target)
      return { kind: "output.is_input", file: output };
  }
  const exists = await stat(output).then(
    () => true,
    () => false,
  );
  return exists ? { kind: "output.exists", file: output } : undefined;
}
