import { parentPort, workerData } from "node:worker_threads";
import { firstLine } from "../errorText.js";
import { checkBatchFile, type BatchSettings } from "./checkBatchFile.js";
import type { WorkbookCheck } from "./checkWorkbook.js";
import type { BatchAnswer, BatchTask, WorkerReady } from "./pool.js";

// A worker thread of the batch check: one file at a time, each answer the file's row (a bug in hgcs too).
const settings = workerData as BatchSettings;
parentPort?.on("message", (task: BatchTask) => {
  void checkBatchFile(task.file, settings)
    .catch((e: unknown): WorkbookCheck => ({
      kind: "failed",
      file: task.file,
      problem: { kind: "batch.check_failed", file: task.file, detail: firstLine(e) },
      findings: [],
    }))
    .then((row) => parentPort?.postMessage({ index: task.index, row } satisfies BatchAnswer));
});
// Loaded and listening: only now does the pool hand this thread files, so that while it loads hgcs the
// files go to the thread that has (a worker never holds files the main thread would finish sooner).
parentPort?.postMessage({ ready: true } satisfies WorkerReady);
