// `hgcs check` and `fill` on huge and hostile workbooks, as subprocesses of the built bin: wall time next to
// peak memory for every case of the hostile suite, and `check` of sheets of 10.000, 100.000 and 1.048.576
// rows. Prints one table after the run, each figure against the budget (30 s, 1 GB).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, bench, describe } from "vitest";
import { millionRowSheet, writeHostileInputs } from "../testing/hostileInputs.js";
import { ensureCliBuilt, runCliMeasured, type MeasuredRun } from "../testing/runCli.js";

const budget = { ms: 30_000, bytes: 1024 ** 3 };
const dir = mkdtempSync(join(tmpdir(), "hgcs-bench-hostile-"));
mkdirSync(join(dir, "out"));
ensureCliBuilt();
const cases = await writeHostileInputs(dir);
const sizes = [10_000, 100_000, 1_048_576];
for (const rows of sizes) writeFileSync(join(dir, `rows-${rows}.xlsx`), millionRowSheet(rows));

const results: { name: string; run: MeasuredRun }[] = [];

async function measure(name: string, args: string[]): Promise<void> {
  // A rerun of fill must not be refused because the previous run wrote its output.
  const run = await runCliMeasured(args[0] === "fill" ? [...args, "--force"] : args, { timeout: 300_000 });
  results.push({ name, run });
}

const once = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 };

describe("hgcs check, sheets of 2 cells a row", () => {
  for (const rows of sizes) {
    bench(
      `${rows.toLocaleString("vi")} rows`,
      () => measure(`check, ${rows.toLocaleString("vi")} rows`, ["check", join(dir, `rows-${rows}.xlsx`)]),
      once,
    );
  }
});

describe("hgcs on hostile workbooks", () => {
  for (const c of cases) {
    bench(c.name, () => measure(c.name, c.args(c.file, join(dir, "out", c.name.replace(/\.\w+$/, ".xlsx")))), once);
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const mb = (b: number) => `${(b / 1024 ** 2).toFixed(0)} MB`;
  // tinybench may run a task more than once: the slowest run and the highest peak are reported.
  const byName = new Map<string, { code: number; ms: number; peak: number; runs: number }>();
  for (const { name, run } of results) {
    const seen = byName.get(name);
    byName.set(name, {
      code: run.code,
      ms: Math.max(seen?.ms ?? 0, run.ms),
      peak: Math.max(seen?.peak ?? 0, run.peakRss),
      runs: (seen?.runs ?? 0) + 1,
    });
  }
  const width = Math.max(...[...byName.keys()].map((n) => n.length));
  const lines = [...byName].map(([name, r]) => {
    const within = r.ms <= budget.ms && r.peak > 0 && r.peak <= budget.bytes ? "ok" : "OVER BUDGET";
    const time = `${(r.ms / 1000).toFixed(1).padStart(5)} s`;
    return `  ${name.padEnd(width)}  exit ${r.code}  ${time}  ${mb(r.peak).padStart(8)}  ${within}  (${r.runs} runs)`;
  });
  console.log(
    [
      "\nhostile and huge inputs (budget: 30 s and 1 GB each; slowest run, highest peak resident memory):",
      ...lines,
    ].join("\n"),
  );
});
