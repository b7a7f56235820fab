import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";

const desk = join(repoRoot, "examples", "province-desk");
const units = join(desk, "don-vi");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe("examples/province-desk/don-vi", () => {
  let regenerated = "";
  beforeAll(async () => {
    regenerated = await mkdtemp(join(tmpdir(), "hgcs-desk-"));
    const r = spawnSync(process.execPath, [join(desk, "generate.mjs"), regenerated], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(regenerated, { recursive: true, force: true });
  });

  it("is what generate.mjs writes, byte for byte", async () => {
    const committed = await filesUnder(units);
    expect(committed).toEqual(await filesUnder(regenerated));
    for (const file of committed) {
      expect(Buffer.compare(await readFile(join(units, file)), await readFile(join(regenerated, file))), file).toBe(0);
    }
  });
});
