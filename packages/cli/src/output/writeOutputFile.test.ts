import { mkdtemp, readFile, readdir, symlink, writeFile } from "node:fs/promises";
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
});
