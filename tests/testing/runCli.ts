import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
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

export interface MeasuredRun extends CliRun {
  /** Wall time, in milliseconds. */
  readonly ms: number;
  /** The CLI process's peak resident memory, in bytes (0 when it died before it could say). */
  readonly peakRss: number;
}

/**
 * Runs the built bin with its time and peak memory measured (tests/testing/peakRss.mjs); `timeout` kills a
 * hang (the code is then -1).
 */
export function runCliMeasured(
  args: readonly string[],
  options: { env?: Record<string, string>; timeout?: number } = {},
): Promise<MeasuredRun> {
  const dir = mkdtempSync(join(tmpdir(), "hgcs-rss-"));
  const rssFile = join(dir, "rss");
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", join(repoRoot, "tests", "testing", "peakRss.mjs"), cliBin, ...args],
      {
        cwd: repoRoot,
        env: { ...process.env, ...options.env, HGCS_PEAK_RSS_FILE: rssFile },
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.timeout ?? 180_000,
        killSignal: "SIGKILL",
      },
      (error, stdout, stderr) => {
        const ms = performance.now() - started;
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        let peakRss = 0;
        try {
          peakRss = Number(readFileSync(rssFile, "utf8"));
        } catch {
          peakRss = 0;
        }
        rmSync(dir, { recursive: true, force: true });
        resolve({ code, stdout, stderr, ms, peakRss });
      },
    );
  });
}
