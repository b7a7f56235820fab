import { execFile, spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./fixtures.js";

/** The built `hgcs` bin, as users run it. */
export const cliBin = join(repoRoot, "packages", "cli", "dist", "hgcs.js");

/** Builds the CLI when dist is missing or older than its sources (scripts/hgcs.mjs decides, under a lock). */
export function ensureCliBuilt(): void {
  const r = spawnSync(process.execPath, [join(repoRoot, "scripts", "hgcs.mjs"), "--build-only"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`building the CLI failed:\n${r.stderr}`);
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built bin as a subprocess. */
export function runCli(
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  return runNode(cliBin, args, options);
}

/** Runs a Node script as a subprocess and collects its output and exit code. */
export function runNode(
  script: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
