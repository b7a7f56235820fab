import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

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

// What examples/province-desk/README.md promises of each file: the unit its title block names and whether the
// check finds errors (or why the file cannot be checked).
const expected: Record<string, { unit?: string; errors?: boolean; problem?: string }> = {
  "huyen-ha-trung/du-toan-bo-sung.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN HÀ TRUNG", errors: false },
  "huyen-hoang-hoa/du-toan-tcvn3.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN HOẰNG HÓA", errors: true },
  "huyen-ngoc-lac/du-toan.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN NGỌC LẶC", errors: true },
  "huyen-nhu-thanh/du-toan-2024.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN NHƯ THANH", errors: false },
  "huyen-nong-cong/du-toan.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN NÔNG CỐNG", errors: false },
  "huyen-quang-xuong/du-toan.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN QUẢNG XƯƠNG", errors: true },
  "huyen-thieu-hoa/du-toan.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN THIỆU HÓA", errors: true },
  "huyen-tho-xuan/du-toan-bi-hong.xlsx": { problem: "file.corrupt" },
  "huyen-trieu-son/du-toan.xlsx": { unit: "PHÒNG TƯ PHÁP HUYỆN TRIỆU SƠN", errors: false },
  "huyen-yen-dinh/du-toan-2024.xls": { problem: "file.old_xls" },
  "so-tu-phap/du-toan-chua-dien.xlsx": { unit: "SỞ TƯ PHÁP TỈNH THANH HÓA", errors: false },
};

interface JsonLine {
  file: string;
  sheets: { unit?: string }[];
  findings: { severity: string }[];
  error?: { code: string };
}

describe("the province's desk on examples/province-desk/don-vi", () => {
  beforeAll(() => ensureCliBuilt(), 300_000);

  it("checks the folder in one command as its README says: a line per file, the lock file none, exit 1", async () => {
    const r = await runCli(["check", units, "--format", "json"]);
    expect(r.code).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as JsonLine);
    const got = Object.fromEntries(
      lines.map((l) => [
        relative(units, l.file),
        l.error
          ? { problem: l.error.code }
          : { unit: l.sheets[0]?.unit, errors: l.findings.some((f) => f.severity === "error") },
      ]),
    );
    expect(got).toEqual(expected);
  }, 120_000);

  it("names a unit without a title block by its path in the folder, in the lines and the JSON alike", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-unnamed-"));
    try {
      for (const unit of ["xa-a", "xa-b"]) {
        await mkdir(join(dir, unit));
        await copyFile(join(repoRoot, "tests/corpus/bang-a1.xlsx"), join(dir, unit, "du-toan.xlsx"));
      }
      const json = await runCli(["check", dir, "--format", "json"]);
      const units = json.stdout
        .trimEnd()
        .split("\n")
        .map((l) => (JSON.parse(l) as JsonLine).sheets[0]?.unit);
      expect(units).toEqual(["xa-a/du-toan", "xa-b/du-toan"]);
      const text = await runCli(["check", dir]);
      expect(text.stdout).toContain("— xa-a/du-toan — trang");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
