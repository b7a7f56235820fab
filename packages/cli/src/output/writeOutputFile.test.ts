import { execFileSync, spawnSync } from "node:child_process";
import { lstat, mkdtemp, readFile, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeOutputFile } from "./writeOutputFile.js";

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe("writeOutputFile", () => {
  it("writes a new file, and never replaces an existing one or the input without force", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-write-"));
    const input = join(dir, "in.xlsx");
    await writeFile(input, "original");
    const out = join(dir, "out.xlsx");

    expect(await writeOutputFile(out, bytes("one"), { force: false, inputs: [input] })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(await readFile(out, "utf8")).toBe("one");
    expect(await writeOutputFile(out, bytes("two"), { force: false, inputs: [input] })).toMatchObject({
      ok: false,
      problem: { kind: "output.exists", file: out },
    });
    expect(await readFile(out, "utf8")).toBe("one");

    const alias = join(dir, "alias.xlsx");
    await symlink(input, alias);
    for (const target of [input, alias, join(dir, ".", "in.xlsx")]) {
      expect(await writeOutputFile(target, bytes("x"), { force: false, inputs: [input] })).toMatchObject({
        ok: false,
        problem: { kind: "output.is_input" },
      });
    }
    expect(await readFile(input, "utf8")).toBe("original");
  });

  it("replaces with force through a temporary file, leaving no temporary behind", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-write-"));
    const out = join(dir, "out.xlsx");
    await writeFile(out, "old");
    expect((await writeOutputFile(out, bytes("new"), { force: true, inputs: [] })).ok).toBe(true);
    expect(await readFile(out, "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
    expect(
      await writeOutputFile(join(dir, "no", "such", "dir.xlsx"), bytes("x"), { force: true, inputs: [] }),
    ).toMatchObject({
      ok: false,
      problem: { kind: "output.write_failed", detail: "ENOENT" },
    });
  });

  it("refuses a target that is not a regular file, even with force, and an .xlsm name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-write-"));
    execFileSync("mkfifo", [join(dir, "fifo.xlsx")]);
    for (const target of [join(dir, "fifo.xlsx"), "/dev/null", dir]) {
      for (const force of [false, true]) {
        expect(await writeOutputFile(target, bytes("x"), { force, inputs: [] })).toMatchObject({
          ok: false,
          problem: { kind: "output.not_a_file" },
        });
      }
    }
    expect((await lstat(join(dir, "fifo.xlsx"))).isFIFO()).toBe(true);
    expect(await writeOutputFile(join(dir, "b.XLSM"), bytes("x"), { force: true, inputs: [] })).toMatchObject({
      ok: false,
      problem: { kind: "output.macros" },
    });
    expect((await readdir(dir)).sort()).toEqual(["fifo.xlsx"]);
  });

  it("removes the temporaries a killed run left in the folder, and keeps those of a live one", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-write-"));
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid ?? 999_999;
    const stale = `.out.xlsx.hgcs-${dead}-0badf00d.tmp`;
    const live = `.other.xlsx.hgcs-${process.ppid}-0badf00d.tmp`;
    await writeFile(join(dir, stale), "half a workbook");
    await writeFile(join(dir, live), "being written");
    expect((await writeOutputFile(join(dir, "out.xlsx"), bytes("whole"), { force: false, inputs: [] })).ok).toBe(true);
    expect((await readdir(dir)).sort()).toEqual([live, "out.xlsx"]);
    expect(await readFile(join(dir, "out.xlsx"), "utf8")).toBe("whole");
  });
});
