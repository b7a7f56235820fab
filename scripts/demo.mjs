// `pnpm demo`: validates examples/thanh-hoa-2024/plan.json and prints its summary in Vietnamese.
// The summary runner is exported so a longer demo (the CLI's) can call it as one step.
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs examples/thanh-hoa-2024/summary.ts on TypeScript sources (no build needed); returns its exit code. */
export function runPlanSummary(args = []) {
  const r = spawnSync(
    process.execPath,
    ["--conditions=@hgcs/source", "--import", "tsx", "examples/thanh-hoa-2024/summary.ts", ...args],
    { cwd: root, stdio: "inherit" },
  );
  return r.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(runPlanSummary(process.argv.slice(2)));
}
