import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliMessages, describeProblem, type Problem } from "@hgcs/cli";
import { makeBadInputs, writeLongEstimate } from "../testing/badInputs.js";
import { ensureCliBuilt, runCli } from "../testing/runCli.js";

let dir = "";
let cases: Record<string, string> = {};

beforeAll(async () => {
  ensureCliBuilt();
  dir = await mkdtemp(join(tmpdir(), "hgcs-bad-"));
  cases = await makeBadInputs(dir);
}, 300_000);

// The first sentence of a problem's message: what the user must see (details like sizes vary).
const lead = (kind: string, file: string, locale: "vi" | "en") => {
  const samples: Record<string, Problem> = {
    "file.empty": { kind: "file.empty", file },
    "file.old_xls": { kind: "file.old_xls", file },
    "file.encrypted": { kind: "file.encrypted", file },
    "file.ods": { kind: "file.ods", file },
    "file.not_zip": { kind: "file.not_zip", file },
    "batch.no_workbooks": { kind: "batch.no_workbooks", inputs: [file] },
    "file.special": { kind: "file.not_a_file", file, what: "special" },
    "file.missing": { kind: "file.missing", file },
  };
  const p = samples[kind];
  return p ? describeProblem(p, cliMessages(locale)) : undefined;
};

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

describe("hgcs check on files it cannot use", () => {
  it("answers each with a clear message naming the file, exit code 2, never a stack trace", async () => {
    for (const [name, kind] of Object.entries(cases)) {
      const file = join(dir, name);
      const r = await runCli(["check", file]);
      expect(r.code, name).toBe(2);
      expect(r.stdout, name).toBe("");
      noStack(r.stderr);
      expect(r.stderr, name).toContain(file);
      expect(r.stderr.startsWith("Lỗi: "), name).toBe(true);
      const exact = lead(kind, file, "vi");
      if (exact) expect(r.stderr, name).toContain(exact);
    }
  }, 120_000);

  it("says the specific thing: .xls → save as .xlsx; password; size; empty sheet named; no table", async () => {
    const en = async (name: string) => (await runCli(["check", join(dir, name), "--lang", "en"])).stderr;
    expect(await en("cu.xls")).toMatch(/old binary Excel file \(\.xls.*save it as \.xlsx/);
    expect(await en("mat-khau.xlsx")).toMatch(/password-protected/);
    expect(await en("qua-lon.xlsx")).toMatch(/too large \(51\.0 MB\); the limit is 50\.0 MB/);
    expect(await en("trang-trong.xlsx")).toMatch(/Sheet “Trống” in .* is empty \(0 rows\)/);
    expect(await en("khong-co-bang.xlsx")).toMatch(/No estimate table .*“Danh sách”, “Trống”/);
    expect(await en("zip-hong.xlsx")).toMatch(/damaged or not a valid \.xlsx/);
  }, 60_000);

  it("puts the problem in the JSON document with --format json", async () => {
    const r = await runCli(["check", join(dir, "cu.xls"), "--format", "json"]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout) as {
      sheets: unknown[];
      findings: unknown[];
      error: { code: string; message: string };
    };
    expect(doc.sheets).toEqual([]);
    expect(doc.error.code).toBe("file.old_xls");
    expect(doc.error.message).toContain(".xlsx");
  });

  it("takes its size limit from HGCS_MAX_BYTES", async () => {
    const r = await runCli(["check", join(dir, "hop-le.xlsx"), "--lang", "en"], { env: { HGCS_MAX_BYTES: "1000" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too large .* the limit is 1,000 bytes/);
    expect((await runCli(["check", join(dir, "hop-le.xlsx")])).code).toBe(0);
  });

  it("refuses bad command lines with exit code 2 and the usage", async () => {
    for (const args of [
      ["chek", "a.xlsx"],
      ["check"],
      ["check", "a.xlsx", "--bogus"],
      ["check", "a.xlsx", "--format", "xml"],
      ["fill", "a.xlsx"],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      noStack(r.stderr);
      expect(r.stderr).toContain("hgcs check <tệp.xlsx|thư-mục…>");
    }
  });

  it("checks a sheet of 100.000 lines to the end, with an answer and no stack trace", async () => {
    const file = join(dir, "dai.xlsx");
    await writeLongEstimate(file, 100_000);
    const r = await runCli(["check", file, "--format", "json"]);
    noStack(r.stderr);
    expect([0, 1]).toContain(r.code);
    const doc = JSON.parse(r.stdout) as { sheets: { name: string }[] };
    expect(doc.sheets.map((s) => s.name)).toEqual(["Dự toán"]);
  }, 240_000);
});
