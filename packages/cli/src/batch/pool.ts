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
/** A worker's first message: it has loaded hgcs and takes files from now on. */
export interface WorkerReady {
  readonly ready: true;
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

  // Files whose worker died with them and another file in hand: each is tried again alone, so only the file
  // that kills a worker twice becomes a failed row.
  const retry: number[] = [];
  const tried = new Set<number>();
  const workLeft = () => next < files.length || retry.length > 0;

  const start = () => {
    const thread = new Worker(worker, { workerData: settings });
    running.add(thread);
    // Two files in hand, so a worker never waits for this thread (busy checking its own) to hand out the next.
    const inHand = new Set<number>();
    let alone = false;
    let trouble: unknown;
    const post = (index: number) => {
      inHand.add(index);
      thread.postMessage({ index, file: files[index] ?? "" } satisfies BatchTask);
    };
    const give = () => {
      if (alone) return;
      if (retry.length > 0) {
        if (inHand.size === 0) {
          alone = true;
          post(retry.shift() ?? 0);
        }
        return;
      }
      while (inHand.size < 2 && next < files.length) post(next++);
      if (inHand.size === 0) void thread.terminate();
    };
    thread.on("message", (answer: BatchAnswer | WorkerReady) => {
      if ("ready" in answer) return give();
      inHand.delete(answer.index);
      alone = false;
      rows[answer.index]?.resolve(answer.row);
      give();
    });
    thread.on("error", (e) => {
      trouble = e;
    });
    thread.on("exit", (code) => {
      running.delete(thread);
      if (inHand.size === 0 || closing) return;
      for (const index of inHand) {
        if (inHand.size === 1 || tried.has(index)) {
          const file = files[index] ?? "";
          rows[index]?.resolve(failed(file, trouble ?? new Error(`worker stopped (exit code ${code})`)));
        } else {
          tried.add(index);
          retry.push(index);
        }
      }
      inHand.clear();
      // A new worker takes work at once; one that dies holding a single file fails that file, so a worker that
      // cannot even start ends after every file has been tried.
      if (workLeft()) start();
    });
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
