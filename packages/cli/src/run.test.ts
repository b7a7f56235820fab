import { describe, expect, it } from "vitest";
import { run } from "./run.js";

function fakeIo(options: { failStdout?: boolean; env?: Record<string, string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => {
        if (options.failStdout) throw new Error("stdout is gone");
        out.push(t);
      },
      stderr: (t: string) => void err.push(t),
      env: options.env ?? {},
    },
  };
}

describe("run", () => {
  it("prints the usage for help and nothing on stderr", async () => {
    const { out, err, io } = fakeIo();
    expect(await run([], io)).toBe(0);
    expect(out.join("")).toContain("hgcs check <tệp.xlsx|thư-mục…>");
    expect(err).toEqual([]);
  });

  it("prints the version", async () => {
    const { out, io } = fakeIo();
    expect(await run(["--version"], io)).toBe(0);
    expect(out.join("")).toMatch(/^hgcs \S+\n$/);
  });

  it("turns a bug into a one-line message and exit code 3, the stack only with HGCS_DEBUG", async () => {
    const quiet = fakeIo({ failStdout: true });
    expect(await run(["words", "5"], quiet.io)).toBe(3);
    expect(quiet.err.join("")).toMatch(/^Lỗi nội bộ của hgcs \(stdout is gone\)\. Tệp của bạn không bị thay đổi\./);
    expect(quiet.err.join("")).not.toMatch(/\n\s+at /);

    const debug = fakeIo({ failStdout: true, env: { HGCS_DEBUG: "1" } });
    expect(await run(["words", "5", "--lang", "en"], debug.io)).toBe(3);
    expect(debug.err.join("")).toMatch(/^Internal error in hgcs/);
    expect(debug.err.join("")).toMatch(/\n\s+at /);
  });

  it("says what is wrong with a command line, then the usage, with exit code 2", async () => {
    const { out, err, io } = fakeIo();
    expect(await run(["check", "--format", "xml", "a.xlsx", "--lang", "en"], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("")).toMatch(
      /^Error: “xml” is not a valid value for --format \(expected: text, json\)\.\n\nhgcs — check/,
    );
  });
});
