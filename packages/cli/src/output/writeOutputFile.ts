import { randomBytes } from "node:crypto";
import { link, open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fail, ok, type Problem, type Result } from "../problems.js";
import { firstLine } from "../errorText.js";
import { refuseOutput } from "./refuseOutput.js";
import { forgetTemporary, registerTemporary, removeLeftovers } from "./temporaries.js";

export interface WriteOptions {
  /** Allow replacing an existing file (and the input itself). */
  readonly force: boolean;
  /** Files this command read; the output must not be one of them unless forced. */
  readonly inputs: readonly string[];
}

/**
 * Writes a finished workbook atomically: the bytes go to a temporary file in the target's folder, flushed
 * to disk, and only a complete file is published — without --force by a hard link, which fails if the
 * target appeared meanwhile (nothing is ever overwritten), with --force by a rename over the target. After
 * a kill at any moment the target is absent or complete. Temporaries are removed on exit and on
 * SIGINT/SIGTERM/SIGHUP; those a killed run (SIGKILL, power loss) left behind are removed by the next write
 * into the same folder. A target that exists and is not a regular file is refused even with --force.
 */
export async function writeOutputFile(file: string, bytes: Uint8Array, options: WriteOptions): Promise<Result<void>> {
  const refused = await refuseOutput(file, options.inputs, options.force);
  if (refused) return fail(refused);
  // With --force a link is replaced where it points, as editors do; without, the name itself is published.
  const target = options.force ? await realpath(file).catch(() => resolve(file)) : resolve(file);
  const folder = dirname(target);
  await removeLeftovers(folder);
  const temp = join(folder, `.${basename(target)}.hgcs-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  registerTemporary(temp);
  try {
    const handle = await open(temp, "wx", 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) await rename(temp, target);
    else await publishNew(temp, target);
    return ok(undefined);
  } catch (e) {
    return fail(writeProblem(file, e));
  } finally {
    await rm(temp, { force: true });
    forgetTemporary(temp);
  }
}

/** Links the complete temporary file at the target name; EEXIST when the target exists by now. */
async function publishNew(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A file system without hard links (FAT, some network shares): rename, after a last look.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP") throw e;
    const there = await stat(target).then(
      () => true,
      () => false,
    );
    if (there) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    await rename(temp, target);
  }
}

function writeProblem(file: string, e: unknown): Problem {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EEXIST") return { kind: "output.exists", file };
  return { kind: "output.write_failed", file, detail: code ?? firstLine(e) };
}
