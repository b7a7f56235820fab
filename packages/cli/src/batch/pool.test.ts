import { describe, expect, it } from "vitest";
import { checkFiles, poolSize } from "./pool.js";
import type { BatchSettings } from "./checkBatchFile.js";
import type { WorkbookCheck } from "./checkWorkbook.js";

const fake = new URL("./testing/fakeWorker.mjs", import.meta.url);
const settings: BatchSettings = { locale: "vi", limits: { maxBytes: 1_000_000, maxCells: 1_000 } };

async function all(files: string[], size: number): Promise<WorkbookCheck[]> {
  const rows: WorkbookCheck[] = [];
  for await (const row of checkFiles(files, settings, { size, worker: fake, checkHere: false })) rows.push(row);
  return rows;
}

const nameOf = (row: WorkbookCheck) => (row.kind === "checked" ? row.report.file : row.file);

describe("checkFiles", () => {
  it("yields the rows in the order of the files, whichever worker finishes first", async () => {
    const files = ["slow-120-a", "slow-5-b", "slow-60-c", "d", "slow-30-e", "f"];
    const rows = await all(files, 3);
    expect(rows.map(nameOf)).toEqual(files);
    expect(rows.every((r) => r.kind === "generated")).toBe(true);
  });

  it("turns a worker that throws or exits into that file's row, and goes on with the others", async () => {
    const rows = await all(["a", "throw", "b", "exit", "c", "throw", "d"], 2);
    expect(rows.map(nameOf)).toEqual(["a", "throw", "b", "exit", "c", "throw", "d"]);
    expect(rows.map((r) => r.kind)).toEqual([
      "generated",
      "failed",
      "generated",
      "failed",
      "generated",
      "failed",
      "generated",
    ]);
    const failed = rows.filter((r) => r.kind === "failed");
    expect(failed.map((r) => r.problem)).toEqual([
      { kind: "batch.check_failed", file: "throw", detail: "the worker broke" },
      { kind: "batch.check_failed", file: "exit", detail: "worker stopped (exit code 3)" },
      { kind: "batch.check_failed", file: "throw", detail: "the worker broke" },
    ]);
  });

  it("ends when every worker dies", async () => {
    expect((await all(["exit", "exit", "exit"], 2)).map((r) => r.kind)).toEqual(["failed", "failed", "failed"]);
  });

  it("checks files in this thread too, in input order whoever checks them", async () => {
    const files = Array.from({ length: 400 }, (_, i) => `no-such-${i}.xlsx`);
    const rows: WorkbookCheck[] = [];
    for await (const row of checkFiles(files, settings, { size: 2, worker: fake })) rows.push(row);
    expect(rows.map(nameOf)).toEqual(files);
    // This thread finds the file missing (the stand-in worker, once ready, answers "generated" — how many it
    // takes depends on how soon it starts, so only this thread's share is certain).
    expect(rows.some((r) => r.kind === "failed" && r.problem.kind === "file.missing")).toBe(true);
  });

  it("hands a worker no file before it says it is ready: a short batch is all this thread's", async () => {
    const rows: WorkbookCheck[] = [];
    for await (const row of checkFiles(["no-such.xlsx"], settings, { size: 2, worker: fake })) rows.push(row);
    expect(rows.map((r) => r.kind)).toEqual(["failed"]);
  });

  it("checks in this thread when running from the sources (no built worker beside them)", async () => {
    const rows: WorkbookCheck[] = [];
    for await (const row of checkFiles(["no-such.xlsx"], settings, { size: 4 })) rows.push(row);
    expect(rows).toEqual([
      { kind: "failed", file: "no-such.xlsx", problem: { kind: "file.missing", file: "no-such.xlsx" }, findings: [] },
    ]);
  });
});

describe("poolSize", () => {
  it("takes HGCS_WORKERS, else the cores, never more than the files", () => {
    expect(poolSize({ HGCS_WORKERS: "3" }, 10)).toBe(3);
    expect(poolSize({ HGCS_WORKERS: "3" }, 2)).toBe(2);
    expect(poolSize({ HGCS_WORKERS: "0" }, 10)).toBeGreaterThanOrEqual(1);
    expect(poolSize({}, 1)).toBe(1);
  });
});
