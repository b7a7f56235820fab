// Hostile and huge workbooks through the built CLI: each must end with exit 0, 1 or 2, one clear line when
// refused, no stack trace — within generous limits that only catch a hang or a blow-up (the 30 s and 1 GB
// figures are measured by `pnpm bench`). Files are crafted afresh by a script (tests/testing/hostileInputs.ts).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSparseWorkbook } from "@hgcs/cli/xlsx";
import { millionRowSheet, unfilledEstimate, writeHostileInputs, type HostileCase } from "../testing/hostileInputs.js";
import { cliBin, ensureCliBuilt, runCliMeasured } from "../testing/runCli.js";

const hangLimit = 120_000;
const memoryLimit = 2 * 1024 ** 3;

let dir = "";
let cases: (HostileCase & { file: string })[] = [];

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-hostile-"));
  cases = await writeHostileInputs(dir);
  await mkdir(join(dir, "out"));
  await writeFile(join(dir, "rows-1048576.xlsx"), millionRowSheet());
}, 300_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |node:internal|Maximum call stack|RangeError/);

describe("hgcs on hostile and huge workbooks", () => {
  it("answers every crafted case, serially, with exit 0, 1 or 2 and no stack trace", async () => {
    for (const c of cases) {
      const out = join(dir, "out", c.name.replace(/\.\w+$/, ".xlsx"));
      const args = c.args(c.file, out);
      const r = await runCliMeasured(args, { timeout: hangLimit });
      const label = `${c.name}: ${args.join(" ")}`;
      expect(c.exit, `${label} → ${r.code}\n${r.stderr}`).toContain(r.code);
      expect(r.peakRss, label).toBeLessThan(memoryLimit);
      noStack(r.stdout + r.stderr);
      if (r.code === 2) {
        expect(r.stderr.trimEnd().split("\n"), label).toHaveLength(1);
        expect(r.stderr.startsWith("Lỗi: "), label).toBe(true);
      }
      if (c.says) expect(r.stdout + r.stderr, label).toMatch(c.says);
    }
  }, 900_000);

  it("checks a sheet of 1.048.576 rows without running out of memory", async () => {
    const r = await runCliMeasured(["check", join(dir, "rows-1048576.xlsx"), "--format", "json"], {
      timeout: hangLimit,
    });
    expect([0, 1], r.stderr).toContain(r.code);
    expect(r.peakRss).toBeLessThan(memoryLimit);
    expect((JSON.parse(r.stdout) as { sheets: { name: string }[] }).sheets.map((s) => s.name)).toEqual(["Dự toán"]);
    // fill refuses it up front, saying why, instead of loading it into ExcelJS.
    const fill = await runCliMeasured(["fill", join(dir, "rows-1048576.xlsx"), "-o", join(dir, "out", "1m.xlsx")], {
      timeout: hangLimit,
    });
    expect(fill.code).toBe(2);
    expect(fill.stderr).toMatch(/fill chỉ ghi lại sổ làm việc có tới 300\.000 ô/);
    expect(existsSync(join(dir, "out", "1m.xlsx"))).toBe(false);
  }, 300_000);

  it("prints no line a sheet name or cell text could forge, and escapes bidi and C1 controls", async () => {
    const r = await runCliMeasured(["check", join(dir, "forged-name.xlsx")]);
    const lines = r.stdout.split("\n");
    expect(lines.some((l) => /^\s+G99\s/.test(l))).toBe(false);
    expect(r.stdout).toContain("“Dự toán\\n    G99   lỗi   GIẢ MẠO”");
    expect(r.stdout).toContain("Ghi chú\\u202E\\u0085");
    expect(r.stdout).not.toMatch(/[\u202e\u0085]/);
  });

  it("reads words of 100.000 digits, and a negative amount after --", async () => {
    const big = await runCliMeasured(["words", "9".repeat(100_000)]);
    expect(big.code).toBe(0);
    expect(big.stdout.startsWith("Chín")).toBe(true);
    expect(big.stdout.trimEnd().endsWith("đồng")).toBe(true);
    const negative = await runCliMeasured(["words", "--", "-5"]);
    expect([negative.code, negative.stdout]).toEqual([0, "Âm năm đồng\n"]);
  });

  it("refuses to write into a FIFO or a device, even with --force, and leaves them as they were", async () => {
    const fifo = join(dir, "ong-dan.xlsx");
    execFileSync("mkfifo", [fifo]);
    const input = join(dir, "xfd-50-rows.xlsx");
    for (const target of [fifo, "/dev/null"]) {
      const r = await runCliMeasured(["fill", input, "-o", target, "--force", "--fix", "all"], { timeout: 60_000 });
      expect(r.code, target).toBe(2);
      expect(r.stderr).toMatch(/không phải tệp thường/);
    }
    expect(spawnSync("test", ["-p", fifo]).status).toBe(0);
  });
});

describe("fill killed while it works", () => {
  it("leaves the target absent or complete, never partial, and the next run cleans up and succeeds", async () => {
    const work = await mkdtemp(join(tmpdir(), "hgcs-kill-"));
    const input = join(work, "chua-dien.xlsx");
    await writeFile(input, unfilledEstimate(5_000));
    const target = join(work, "da-dien.xlsx");
    // A temporary a SIGKILL'd run left behind (its process is gone).
    const dead = spawnSync(process.execPath, ["-e", ""]).pid ?? 999_999;
    const stale = `.da-dien.xlsx.hgcs-${dead}-0badf00d.tmp`;
    const full = await runCliMeasured(["fill", input, "-o", join(work, "full.xlsx")]);
    expect(full.code, full.stderr).toBe(0);
    const fullMs = full.ms;
    for (const [i, fraction] of [0.3, 0.6, 0.8, 0.9, 0.95, 1.0].entries()) {
      await writeFile(join(work, stale), "half a workbook");
      const signal = i % 2 === 0 ? "SIGKILL" : "SIGTERM";
      const child = spawn(process.execPath, [cliBin, "fill", input, "-o", target], { stdio: "ignore" });
      const exited = new Promise((resolve) => child.once("exit", resolve));
      await new Promise((resolve) => setTimeout(resolve, fullMs * fraction));
      child.kill(signal);
      await exited;
      if (existsSync(target)) {
        // Complete: the sparse reader reads it whole, with the edits fill made.
        const read = await readSparseWorkbook(target, await readFile(target));
        expect(read.ok, `${signal} at ${fraction}`).toBe(true);
        await rm(target);
      }
      if (signal === "SIGTERM") {
        const left = (await readdir(work)).filter((n) => n.endsWith(".tmp") && n !== stale);
        expect(left, `${signal} at ${fraction}`).toEqual([]);
      }
      // The next run, without --force, writes the file and removes every leftover.
      const next = await runCliMeasured(["fill", input, "-o", target]);
      expect(next.code, next.stderr).toBe(0);
      expect((await readdir(work)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
      await rm(target);
    }
    await rm(work, { recursive: true, force: true });
  }, 600_000);
});
