// `pnpm bench`: every benchmark, each reporting its ratio against a baseline measured in the same run.
import { spawnSync } from "node:child_process";

const r = spawnSync("pnpm", ["exec", "vitest", "bench", "--run"], { stdio: "inherit" });
process.exit(r.status ?? 1);
