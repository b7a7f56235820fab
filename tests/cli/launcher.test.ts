import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { officeSheetsDir, repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli, runNode } from "../testing/runCli.js";

// The committed `hgcs` launcher that package.json's "bin" names (pnpm links it before any build).
const launcher = join(repoRoot, "packages", "cli", "bin", "hgcs.mjs");

beforeAll(() => ensureCliBuilt(), 300_000);

describe("bin/hgcs.mjs", () => {
  it("runs the built CLI with its arguments and exit code", async () => {
    expect(await runNode(launcher, ["--version"])).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^hgcs \d+\.\d+\.\d+/),
    });
    const args = ["check", join(officeSheetsDir, "du-toan-co-loi.xlsx"), "--format", "json"];
    const [viaLauncher, direct] = await Promise.all([runNode(launcher, args), runCli(args)]);
    expect(viaLauncher).toEqual(direct);
    expect(direct.code).not.toBe(0);
  });

  it("says in one line, in both languages, that the CLI is not built, and exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hgcs-launcher-"));
    try {
      mkdirSync(join(dir, "bin"));
      copyFileSync(launcher, join(dir, "bin", "hgcs.mjs"));
      const r = await runNode(join(dir, "bin", "hgcs.mjs"), ["--version"]);
      expect(r).toEqual({
        code: 2,
        stdout: "",
        stderr: "Chưa build hgcs: chạy pnpm build / hgcs is not built: run pnpm build\n",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
