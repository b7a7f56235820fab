// `pnpm test`: system programs, typecheck, lint, formatting, build, every test (UTC), the date tests again
// under two more time zones, then one closing line "tests: N passed, N failed" (scripts/vitestRuns.mjs).
import { must, vitestRuns } from "./vitestRuns.mjs";

must("node", ["scripts/system-deps.mjs"]);
must("pnpm", ["typecheck"]);
must("pnpm", ["lint"]);
must("pnpm", ["format:check"]);
must("pnpm", ["build"]);

const runs = vitestRuns();
runs.vitest("all-utc", [], { TZ: "UTC" });
for (const tz of ["Asia/Ho_Chi_Minh", "America/New_York"])
  runs.vitest(`dates-${tz.replace("/", "-")}`, ["packages/core/src/dates"], { TZ: tz });
runs.close();
