// checkSheet on generated 1.000- and 10.000-line estimate sheets against one bare pass over the same
// cells (read every cell, NFC-normalise its text), measured in the same run. Besides vitest's table,
// the ratios (check ÷ bare pass, aim ≤ 5×; 10.000 ÷ 1.000 lines, aim ≤ 12×) are printed explicitly.
import { bench, describe } from "vitest";
import type { Grid } from "../src/index.js";
import { checkEstimate, checkSheet, fillSheet } from "../src/index.js";
import { locateIn } from "../src/sheet/locate/locate.js";
import { auditLineFormulas } from "../src/sheet/audit/formulaAudit.js";
import { readIn } from "../src/sheet/read/read.js";
import { estimateLocator } from "../src/sheet/placement.js";
import { auditSums } from "../src/sheet/audit/sumAudit.js";
import { SheetView } from "../src/table/view.js";
import { largeSheet } from "../src/sheet/testing/largeSheet.js";
import { checkWords } from "../src/sheet/audit/wordsCheck.js";

const small = largeSheet(1_000);
const large = largeSheet(10_000);
let sink = 0;

/** The baseline: touch every cell once and NFC-normalise its text. */
function barePass(grid: Grid): void {
  for (const row of grid.rows) {
    if (!row) continue;
    for (const cell of row) {
      const v = cell?.value;
      if (typeof v === "string") sink += v.normalize("NFC").length;
      else if (typeof v === "number") sink += 1;
    }
  }
}

/** Median milliseconds of `runs` timed calls after a warm-up long enough for the JIT (≥ 10 calls and ≥ 300 ms). */
function median(fn: () => void, runs: number): number {
  const warmUntil = performance.now() + 300;
  for (let i = 0; i < 10 || performance.now() < warmUntil; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

const check = (grid: Grid) => () => {
  sink += checkSheet(grid).findings.length;
};
const bareSmall = median(() => barePass(small), 41);
const bareLarge = median(() => barePass(large), 15);
const checkSmall = median(check(small), 21);
const checkLarge = median(check(large), 9);
// Where the time goes: the sheet engine's own reading (locate + read) and the budget checks on the result.
const readOnly = () => {
  const view = new SheetView(large);
  const table = locateIn(view).table;
  if (table) sink += readIn(view, table).estimate.sections.length;
};
const view = new SheetView(large);
const table = locateIn(view).table;
const read0 = table ? readIn(view, table) : undefined;
const readLarge = median(readOnly, 9);
// As checkSheet calls it: findings at cells.
const budgetLarge = read0
  ? median(() => {
      const locator = estimateLocator(read0.placement);
      sink += checkEstimate(read0.estimate, undefined, { locator }).findings.length;
    }, 9)
  : 0;
const read = table ? readIn(view, table) : undefined;
const auditsLarge =
  table && read
    ? median(() => {
        sink += auditSums(view, table, read.layout, read.estimate).length;
        sink += auditLineFormulas(view, table, read.layout).length;
        sink += checkWords(view, table, read.estimate, undefined).length;
      }, 9)
    : 0;
const times = (ms: number, base: number) => `${ms.toFixed(2)} ms = ${(ms / base).toFixed(2)}×`;
console.log(
  [
    `sheet bench: bare pass (read every cell, NFC) 1.000 lines ${bareSmall.toFixed(2)} ms, 10.000 lines ${bareLarge.toFixed(2)} ms`,
    `checkSheet ÷ bare pass, 1.000 lines:  ${times(checkSmall, bareSmall)}`,
    `checkSheet ÷ bare pass, 10.000 lines: ${times(checkLarge, bareLarge)} (aim ≤ 5×)`,
    `  of which (÷ the 10.000-line bare pass): locate + read ${times(readLarge, bareLarge)}, checkEstimate ${times(budgetLarge, bareLarge)}, sum/formula/words audits ${times(auditsLarge, bareLarge)}`,
    `scaling, checkSheet 10.000 ÷ 1.000 lines: ${(checkLarge / checkSmall).toFixed(2)}× the time for 10× the lines (aim ≤ 12×)`,
    // The bare pass grows faster than its cells too (caches, GC): its own ratio is the machine's floor.
    `scaling, bare pass 10.000 ÷ 1.000 lines: ${(bareLarge / bareSmall).toFixed(2)}× (the same cells read once, for comparison)`,
  ].join("\n"),
);

describe("check a 10.000-line sheet vs one bare pass over its cells", () => {
  bench("bare pass (read every cell, NFC)", () => barePass(large));
  bench("checkSheet", check(large));
  bench("fillSheet", () => {
    const filled = fillSheet(large);
    sink += filled.ok ? filled.value.edits.length : 0;
  });
});

describe("check a 1.000-line sheet vs one bare pass over its cells", () => {
  bench("bare pass (read every cell, NFC)", () => barePass(small));
  bench("checkSheet", check(small));
});

// Keeps the loops from being optimised away.
export const benchSink = (): number => sink;
