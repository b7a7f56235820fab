import { unlinkSync } from "node:fs";
import { readdir, unlink } from "node:fs/promises";
import { join } from "node:path";

// The temporary files this process is writing: removed on exit and on the signals that end a run, so an
// interrupted write leaves nothing behind; a SIGKILL'd run's are removed by the next (removeLeftovers).
const temporaries = new Set<string>();
let watching = false;

/** Removes this process's temporaries synchronously (an exit handler cannot wait). */
function removeTemporaries(): void {
  for (const temp of temporaries) {
    try {
      unlinkSync(temp);
    } catch {
      // Already published or removed.
    }
  }
  temporaries.clear();
}

function watchSignals(): void {
  if (watching) return;
  watching = true;
  process.on("exit", removeTemporaries);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      removeTemporaries();
      // Die of the same signal, as the shell expects (exit status 128 + n).
      process.kill(process.pid, signal);
    });
  }
}

const leftover = /^\..+\.hgcs-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Deletes the temporaries of hgcs runs that died without cleaning up (their process is gone). */
export async function removeLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(leftover.exec(name)?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    await unlink(join(folder, name)).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Notes a temporary file being written (removed if the process ends before it is published). */
export function registerTemporary(temp: string): void {
  temporaries.add(temp);
  watchSignals();
}

/** The temporary file is published or removed: nothing left to clean. */
export function forgetTemporary(temp: string): void {
  temporaries.delete(temp);
}
