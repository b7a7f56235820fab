import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { firstLine } from "../errorText.js";
import { checkBatchFile, type BatchSettings } from "./checkBatchFile.js";
import type { WorkbookCheck } from "./checkWorkbook.js";

/** A task the pool hands a worker thread, and what the worker answers. */
export interface BatchTask {
  readonly index: number;
  readonly file: string;
}
export interface BatchAnswer {
  readonly index: number;
  readonly row: WorkbookCheck;
}

export interface PoolOptions {
  /**
   * How many files are checked at once: this thread and size − 1 worker threads (when a worker script
   * exists), or this thread alone.
   */
  readonly size: number;
  /** The worker script; by default the built one beside this bundle (dist/batchWorker.js). */
  readonly worker?: URL;
  /** False: this thread only hands out files (the pool's tests, with a stand-in worker). */
  readonly checkHere?: boolean;
}

/**
 * The worker script beside the running bundle, or undefined when running from the TypeScript sources
 * (tests): Node cannot start a .ts worker by itself, so the files are then checked in this thread.
 */
export function builtWorker(): URL | undefined {
  const url = new URL("./batchWorker.js", import.meta.url);
  return import.meta.url.endsWith(".js") && existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * The pool's size: HGCS_WORKERS when set to a whole number ≥ 1 (1 checks in this thread), else one worker per
 * core; never more than there are files.
 */
export function poolSize(env: Readonly<Record<string, string | undefined>>, files: number): number {
  const n = Number(env.HGCS_WORKERS);
  const wanted = Number.isSafeInteger(n) && n >= 1 ? n : availableParallelism();
  return Math.max(1, Math.min(wanted, files));
}

/**
 * Checks the files, in worker threads across the cores when it can, and yields each file's row in the
 * order of `files` as soon as it and every file before it are done. This thread checks files too (it has
 * loaded hgcs already, while each worker starts by loading it: on two cores one worker and this thread beat
 * two workers). A worker that throws, dies or is killed turns its file into a `batch.check_failed` row and
 * is replaced; the batch never hangs on it.
 */
export async function* checkFiles(
  files: readonly string[],
  settings: BatchSettings,
  options: PoolOptions,
): AsyncGenerator<WorkbookCheck> {
  const worker = options.worker ?? builtWorker();
  if (options.size <= 1 || worker === undefined) {
    for (const file of files) yield await checkBatchFile(file, settings).catch((e: unknown) => failed(file, e));
    return;
  }
  const rows = files.map(() => deferred<WorkbookCheck>());
  const running = new Set<Worker>();
  let next = 0;
  let closing = false;

  const checkInThisThread = async () => {
    while (next < files.length && !closing) {
      const i = next++;
      const file = files[i] ?? "";
      rows[i]?.resolve(await checkBatchFile(file, settings).catch((e: unknown) => failed(file, e)));
    }
  };

  const start = () => {
    const thread = new Worker(worker, { workerData: settings });
    running.add(thread);
    let current: number | undefined;
    let trouble: unknown;
    const give = () => {
      if (next >= files.length) {
        current = undefined;
        void thread.terminate();
        return;
      }
      current = next++;
      thread.postMessage({ index: current, file: files[current] ?? "" } satisfies BatchTask);
    };
    thread.on("message", (answer: BatchAnswer) => {
      rows[answer.index]?.resolve(answer.row);
      give();
    });
    thread.on("error", (e) => {
      trouble = e;
    });
    thread.on("exit", (code) => {
      running.delete(thread);
      if (current === undefined || closing) return;
      const file = files[current] ?? "";
      rows[current]?.resolve(failed(file, trouble ?? new Error(`worker stopped (exit code ${code})`)));
      current = undefined;
      // Each new worker takes a file at once, so a worker that cannot even start ends after the last file.
      if (next < files.length) start();
    });
    give();
  };
  try {
    const checkHere = options.checkHere ?? true;
    for (let i = 0; i < options.size - (checkHere ? 1 : 0); i++) start();
    const here = checkHere ? checkInThisThread() : Promise.resolve();
    for (const row of rows) yield await row.promise;
    await here;
  } finally {
    closing = true;
    await Promise.all([...running].map((t) => t.terminate()));
  }
}

function failed(file: string, e: unknown): WorkbookCheck {
  return { kind: "failed", file, problem: { kind: "batch.check_failed", file, detail: firstLine(e) }, findings: [] };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
