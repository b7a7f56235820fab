import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listWorkbooks } from "./listWorkbooks.js";

describe("listWorkbooks", () => {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "hgcs-list-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("walks a folder in name order, keeps spreadsheets of every kind and skips lock files and hidden folders", async () => {
    await mkdir(join(dir, "b-huyen"), { recursive: true });
    await mkdir(join(dir, ".git"), { recursive: true });
    await mkdir(join(dir, "node_modules"), { recursive: true });
    for (const name of [
      "z.xlsx",
      "a.xlsx",
      "~$a.xlsx",
      ".~lock.a.xlsx#",
      "cu.xls",
      "macro.XLSM",
      "lo.ods",
      "a.plan.json",
      "ghi-chu.txt",
      "b-huyen/x.xlsx",
      ".git/y.xlsx",
      "node_modules/n.xlsx",
    ])
      await writeFile(join(dir, name), "x");
    await symlink(dir, join(dir, "loop"));
    const listed = await listWorkbooks([dir]);
    expect(listed.problems).toEqual([]);
    expect(listed.files.map((f) => f.slice(dir.length + 1))).toEqual([
      "a.xlsx",
      "b-huyen/x.xlsx",
      "cu.xls",
      "lo.ods",
      "macro.XLSM",
      "z.xlsx",
    ]);
  });

  it("takes a file as given, lists each path once and reports a missing input without dropping the rest", async () => {
    await writeFile(join(dir, "a.xlsx"), "x");
    await writeFile(join(dir, "notes.txt"), "x");
    const missing = join(dir, "khong-co.xlsx");
    const listed = await listWorkbooks([join(dir, "notes.txt"), missing, dir, join(dir, "a.xlsx")]);
    expect(listed.files).toEqual([join(dir, "notes.txt"), join(dir, "a.xlsx")]);
    expect(listed.problems).toEqual([{ kind: "file.missing", file: missing }]);
  });
});
