// `hgcs check` of a 10.000-line workbook: the whole command (the built bin, as a subprocess), and its
// two halves in-process — reading the file (the CLI's sparse reader) and core's checkSheet — against
// one bare pass over the same cells. Prints the split and the ratios after the run.
import { mkdtempSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, bench, describe } from "vitest";
import { checkSheet, type Grid } from "@hgcs/core";
import { readSparseWorkbook } from "@hgcs/cli/xlsx";
import { writeLongEstimate } from "../testing/badInputs.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

const lines = 10_000;
const file = join(mkdtempSync(join(tmpdir(), "hgcs-bench-")), "dai-10000.xlsx");
await writeLongEstimate(file, lines);
const bytes = await readFile(file);
ensureCliBuilt();

async function readGrid(): Promise<Grid> {
  const read = await readSparseWorkbook(file, bytes);
  const sheet = read.ok ? read.value.sheets[0] : undefined;
  if (!sheet) throw new Error("bench workbook did not load");
  return sheet.grid;
}
const grid = await readGrid();

// Read every cell and NFC-normalise its text: the least any checker must do.
function barePass(g: Grid): number {
  let n = 0;
  for (const row of g.rows)
    for (const cell of row ?? []) if (cell && typeof cell.value === "string") n += cell.value.normalize("NFC").length;
  return n;
}

const spent = { read: 0, core: 0, runs: 0, bare: 0, bareRuns: 0, whole: 0, wholeRuns: 0 };

describe(`hgcs check, ${lines.toLocaleString("vi")} lines`, () => {
  bench("bare pass over the cells (baseline)", () => {
    const t = performance.now();
    barePass(grid);
    spent.bare += performance.now() - t;
    spent.bareRuns++;
  });

  bench(
    "read .xlsx + checkSheet, in-process (split timed)",
    async () => {
      const t0 = performance.now();
      const g = await readGrid();
      const t1 = performance.now();
      checkSheet(g);
      spent.read += t1 - t0;
      spent.core += performance.now() - t1;
      spent.runs++;
    },
    { iterations: 5, time: 0, warmupIterations: 0, warmupTime: 0 },
  );

  bench(
    "hgcs check (built bin, subprocess)",
    async () => {
      const t = performance.now();
      const r = await runCli(["check", file, "--format", "json"]);
      if (r.code !== 0 && r.code !== 1) throw new Error(`hgcs check failed: ${r.stderr}`);
      spent.whole += performance.now() - t;
      spent.wholeRuns++;
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});

afterAll(() => {
  if (spent.runs === 0 || spent.bareRuns === 0) return;
  const read = spent.read / spent.runs;
  const core = spent.core / spent.runs;
  const bare = spent.bare / spent.bareRuns;
  const whole = spent.wholeRuns > 0 ? spent.whole / spent.wholeRuns : Number.NaN;
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    [
      `\nhgcs check of ${lines} lines:`,
      `  whole command (subprocess): ${ms(whole)}`,
      `  in-process: read ${ms(read)} (${((100 * read) / (read + core)).toFixed(0)}%), core ${ms(core)} (${((100 * core) / (read + core)).toFixed(0)}%)`,
      `  ratios: read/core = ${(read / core).toFixed(1)}×, core/bare pass = ${(core / bare).toFixed(1)}×, whole/bare pass = ${(whole / bare).toFixed(0)}×`,
    ].join("\n"),
  );
});
