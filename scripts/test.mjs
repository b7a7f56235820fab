// `pnpm test`: system programs, typecheck, lint, build, every test (UTC), the date tests again under
// two more time zones, then one closing line "tests: N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (cmd, args, env = {}) => {
  console.log(`\n$ ${[cmd, ...args].join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return r.status ?? 1;
};
const must = (cmd, args, env) => {
  const status = run(cmd, args, env);
  if (status !== 0) {
    console.error(`\nFailed: ${[cmd, ...args].join(" ")}`);
    process.exit(status);
  }
};

must("node", ["scripts/system-deps.mjs"]);
must("pnpm", ["typecheck"]);
must("pnpm", ["lint"]);
must("pnpm", ["format:check"]);
must("pnpm", ["build"]);

const out = mkdtempSync(join(tmpdir(), "hgcs-test-"));
let passed = 0;
let failed = 0;
const vitest = (label, args, tz) => {
  const file = join(out, `${label}.json`);
  const status = run(
    "pnpm",
    ["exec", "vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`, ...args],
    {
      TZ: tz,
    },
  );
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (report.numTotalTests === 0) failed += 1;
  } catch {
    failed += 1;
  }
  return status;
};

let status = vitest("all-utc", [], "UTC");
for (const tz of ["Asia/Ho_Chi_Minh", "America/New_York"]) {
  status = vitest(`dates-${tz.replace("/", "-")}`, ["packages/core/src/dates"], tz) || status;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(status || (failed > 0 ? 1 : 0));
