// `pnpm hgcs …` from the repository root: builds the CLI when its bundle is missing or older than the
// sources it bundles (packages/cli and packages/core), then runs it. Silent unless the build fails, so
// `pnpm --silent hgcs check … --format json` prints only the JSON.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cliDir = join(root, "packages", "cli");
const dist = join(cliDir, "dist");
const bin = join(dist, "hgcs.js");
const sources = [
  join(root, "packages", "cli", "src"),
  join(root, "packages", "core", "src"),
  join(root, "packages", "cli", "tsup.config.ts"),
  join(root, "packages", "cli", "package.json"),
];

/** Newest modification time among the files the bundle is built from (tests excluded). */
function newestSource(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return /\.test\.ts$/.test(path) ? 0 : info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestSource(join(path, entry)));
  return newest;
}

const isStale = () => {
  const built = statSync(bin, { throwIfNoEntry: false });
  return !built || built.mtimeMs < Math.max(...sources.map(newestSource));
};

// Tests and a user may ask at once; one builds while the others wait (mkdir is atomic).
const lock = join(tmpdir(), `hgcs-cli-build-${createHash("sha1").update(root).digest("hex").slice(0, 12)}.lock`);
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function ensureBuilt() {
  if (!isStale()) return;
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) break;
      sleep(200);
      if (!isStale()) return;
    }
  }
  try {
    if (!isStale()) return;
    // Build beside dist, then swap: processes running the old bin keep working, new ones get the new one.
    const fresh = join(cliDir, `.dist-${process.pid}`);
    const r = spawnSync("pnpm", ["--filter", "@hgcs/cli", "run", "build"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, HGCS_OUT_DIR: fresh },
    });
    if (r.status !== 0 || !existsSync(join(fresh, "hgcs.js"))) {
      rmSync(fresh, { recursive: true, force: true });
      rmSync(lock, { recursive: true, force: true }); // process.exit skips the finally below
      process.stderr.write(
        `${r.stdout ?? ""}${r.stderr ?? ""}\nhgcs: building the CLI failed (pnpm --filter @hgcs/cli build).\n`,
      );
      process.exit(2);
    }
    const old = join(cliDir, `.dist-old-${process.pid}`);
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(fresh, dist);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

ensureBuilt();
const args = process.argv.slice(2);
if (args[0] === "--build-only") process.exit(0);
// pnpm runs scripts from the root; relative paths are meant from where the user typed the command.
const r = spawnSync(process.execPath, [bin, ...args], { stdio: "inherit", cwd: process.env.INIT_CWD ?? process.cwd() });
if (r.signal) process.kill(process.pid, r.signal);
process.exit(r.status ?? 2);
