// A stand-in for the batch worker in the pool's tests, told what to do by each file's name:
// "slow-<ms>-…" answers after that many milliseconds, "throw" throws out of the thread, "exit" ends the
// thread, anything else answers at once. Its answers are "generated" rows carrying the file's name.
import { parentPort } from "node:worker_threads";

parentPort?.on("message", ({ index, file }) => {
  if (file === "throw") throw new Error("the worker broke");
  if (file === "exit") process.exit(3);
  const delay = Number(/^slow-(\d+)/.exec(file)?.[1] ?? 0);
  setTimeout(() => parentPort?.postMessage({ index, row: { kind: "generated", file } }), delay);
});
parentPort?.postMessage({ ready: true });
