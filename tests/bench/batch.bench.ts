// `hgcs check` on a province's folder: 200 unit workbooks of typical size (the example estimate workbooks,
// copied round), checked as one batch across the machine's cores (worker threads) against the same batch
// checked one file after another in one process (HGCS_WORKERS=1, the baseline). Both are the built bin as a
// subprocess; a batch of one file gives the fixed cost (start, listing), from which the time per file and
// what four cores would give are estimated.
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { afterAll, bench, describe } from "vitest";
import { officeSheetsDir } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

const count = 200;
const examples = [
  "du-toan-chuan.xlsx",
  "du-toan-co-loi.xlsx",
  "du-toan-cot-b.xlsx",
  "du-toan-nghin-dong.xlsx",
  "chua-dien.xlsx",
  "phong-tu-phap-tcvn3.xlsx",
  "phong-tu-phap-vni.xlsx",
];
const root = mkdtempSync(join(tmpdir(), "hgcs-bench-batch-"));
const folder = join(root, "don-vi");
const one = join(root, "mot");
mkdirSync(folder);
mkdirSync(one);
for (let i = 0; i < count; i++) {
  const name = examples[i % examples.length] ?? "";
  copyFileSync(join(officeSheetsDir, name), join(folder, `${String(i).padStart(3, "0")}-${name}`));
}
copyFileSync(join(officeSheetsDir, "du-toan-chuan.xlsx"), join(one, "du-toan-chuan.xlsx"));
ensureCliBuilt();

const spent = { sequential: [] as number[], parallel: [] as number[], fixed: [] as number[] };
const cores = availableParallelism();
const runs = { iterations: 3, time: 0, warmupIterations: 1, warmupTime: 0 };

async function timed(into: number[], args: string[], env: Record<string, string> = {}): Promise<void> {
  const t = performance.now();
  const r = await runCli(args, { env });
  if (r.code !== 0 && r.code !== 1) throw new Error(`hgcs check failed: ${r.stderr}`);
  into.push(performance.now() - t);
}

describe(`hgcs check of a folder of ${count} unit workbooks`, () => {
  bench(
    "one file after another in one process (HGCS_WORKERS=1, baseline)",
    () => timed(spent.sequential, ["check", folder, "--format", "json"], { HGCS_WORKERS: "1" }),
    runs,
  );
  bench(
    `batch across ${cores} cores (this process and ${cores - 1} worker thread(s))`,
    () => timed(spent.parallel, ["check", folder, "--format", "json"]),
    runs,
  );
  bench(
    "a batch of one file (the fixed cost)",
    () => timed(spent.fixed, ["check", one, "--format", "json"], { HGCS_WORKERS: "1" }),
    runs,
  );
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : ((s[(s.length - 1) >> 1] ?? 0) + (s[s.length >> 1] ?? 0)) / 2;
};

afterAll(() => {
  const sequential = median(spent.sequential);
  const parallel = median(spent.parallel);
  const fixed = median(spent.fixed);
  if (!Number.isFinite(sequential) || !Number.isFinite(parallel) || !Number.isFinite(fixed)) return;
  const perFile = (sequential - fixed) / (count - 1);
  // The cores' share of the files, as measured here: the part of the batch that is not the fixed cost,
  // sped up `speedup` times on `cores` cores; four cores are assumed to keep the same efficiency per core.
  const speedup = (sequential - fixed) / Math.max(1, parallel - fixed);
  const efficiency = speedup / cores;
  const four = fixed + (sequential - fixed) / Math.max(1, 4 * efficiency);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    [
      `\nhgcs check of ${count} workbooks (median of ${spent.parallel.length} runs, warm-up included; ${cores} cores, load average ${loadavg()[0]?.toFixed(1)}):`,
      `  one after another: ${ms(sequential)} (fixed ${ms(fixed)}, ${perFile.toFixed(1)} ms a file)`,
      `  batch on ${cores} cores: ${ms(parallel)} — ratio ${(parallel / sequential).toFixed(2)}× (aim ≤ 0.6× on 2 cores)`,
      `  speed-up of the per-file part ${speedup.toFixed(2)}× on ${cores} cores (${(100 * efficiency).toFixed(0)} % a core);`,
      `  estimated on 4 cores at that efficiency: ${ms(four)} — ratio ${(four / sequential).toFixed(2)}×`,
    ].join("\n"),
  );
});
