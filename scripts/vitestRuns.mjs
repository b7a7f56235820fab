// Runs vitest with a JSON report and adds every run up for one closing line "tests: N passed, N failed"
// (a CI parser reads it). A test that did not pass, a file that did not run and a run that exited
// non-zero all count as failed (testReport.mjs). Shared by `pnpm test` and `pnpm test:shared`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countReport } from "./testReport.mjs";

/** Runs a command with inherited output; returns its exit status. */
export function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** Runs a command and exits with its status when it fails. */
export function must(cmd, args, env) {
  const status = run(cmd, args, env);
  if (status !== 0) {
    console.error(`\nFailed: ${[cmd, ...args].join(" ")}`);
    process.exit(status);
  }
}

/** A series of vitest runs counted together. */
export function vitestRuns() {
  const out = mkdtempSync(join(tmpdir(), "hgcs-test-"));
  let passed = 0;
  let failed = 0;
  let status = 0;
  const problems = [];
  return {
    /** One vitest run (extra CLI args, extra environment); returns its exit status. */
    vitest(label, args, env = {}) {
      const file = join(out, `${label}.json`);
      const code = run(
        "pnpm",
        ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`, ...args],
        env,
      );
      let report;
      try {
        report = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        report = undefined;
      }
      const counted = countReport(report, { exitCode: code, root: process.cwd() });
      passed += counted.passed;
      failed += counted.failed;
      problems.push(...counted.problems.map((p) => `[${label}] ${p}`));
      status ||= code;
      return code;
    },
    /** Prints what did not pass and the closing line; exits non-zero when anything failed. */
    close() {
      if (problems.length > 0) {
        const shown = 50;
        console.log("\nNot passed:");
        for (const p of problems.slice(0, shown)) console.log(`  ${p}`);
        if (problems.length > shown) console.log(`  … and ${problems.length - shown} more`);
      }
      console.log(`\ntests: ${passed} passed, ${failed} failed`);
      process.exit(status || (failed > 0 ? 1 : 0));
    },
  };
}
