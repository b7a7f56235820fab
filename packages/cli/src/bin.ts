#!/usr/bin/env node
import { run } from "./run.js";

// A closed pipe (`hgcs check … --report r.xlsx | head`) is not an error worth a stack trace, nor a reason to stop:
// the rest of the output is dropped, the work (a report to write) goes on, and the exit code is the one the
// command would give had all its output been read.
let stdoutClosed = false;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") stdoutClosed = true;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => {
    if (!stdoutClosed) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  ...(process.stderr.isTTY ? { stderrColumns: process.stderr.columns || 80 } : {}),
});
