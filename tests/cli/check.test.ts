import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type FindingCode } from "@hgcs/core";
import { severityOf } from "@hgcs/core/findings";
import { officeSheets, officeSheetsDir, repoRoot } from "../testing/fixtures.js";
import { ensureCliBuilt, runCli, runNode } from "../testing/runCli.js";

const plan = join(repoRoot, "examples", "thanh-hoa-2024", "plan.json");

beforeAll(() => ensureCliBuilt(), 300_000);

interface JsonDoc {
  file: string;
  sheets: { name: string; table: { range: string; scale: number } }[];
  findings: {
    code: string;
    severity: string;
    sheet: string | null;
    cell: string | null;
    message: string;
    params: object;
  }[];
  error?: { code: string; message: string };
}

describe("hgcs check on the example office workbooks", () => {
  for (const entry of officeSheets().entries.filter((e) => e.kind === "estimate")) {
    it(`${entry.file}: exit code, JSON shape and the expected findings at their cells`, async () => {
      const file = join(officeSheetsDir, entry.file);
      const withPlan = entry.plan ? ["--plan", join(repoRoot, entry.plan)] : [];
      const r = await runCli(["check", file, ...withPlan, "--format", "json"]);
      expect(r.stderr).toBe("");
      const doc = JSON.parse(r.stdout) as JsonDoc;
      expect(Object.keys(doc)).toEqual(["file", "sheets", "findings"]);
      expect(doc.file).toBe(file);
      expect(doc.sheets.map((s) => s.name)).toEqual([entry.sheet]);
      expect(doc.sheets[0]?.table).toMatchObject({ range: entry.table, scale: entry.scale });
      for (const f of doc.findings) {
        expect(Object.keys(f)).toEqual(["code", "severity", "sheet", "cell", "message", "params"]);
        expect(f.message).not.toMatch(/\{\w+\}|undefined/);
      }
      for (const want of entry.expect) {
        expect(doc.findings, `${want.code}@${want.cell}`).toContainEqual(
          expect.objectContaining({ code: want.code, cell: want.cell, sheet: entry.sheet }),
        );
      }
      // The exit code follows the errors the sheet is expected to have (by the codes' contracted severity).
      const expectsError = entry.expect.some((rule) => severityOf(rule.code as FindingCode) === "error");
      expect(doc.findings.some((f) => f.severity === "error")).toBe(expectsError);
      expect(r.code).toBe(expectsError ? 1 : 0);
    });
  }

  it("prints text grouped by sheet with cells and Vietnamese messages, or English with --lang en", async () => {
    const file = join(officeSheetsDir, "du-toan-co-loi.xlsx");
    const vi = await runCli(["check", file, "--plan", plan]);
    expect(vi.code).toBe(1);
    const lines = vi.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(file);
    expect(lines[1]).toMatch(/^ {2}Trang “Dự toán” — bảng dự toán [A-H]\d+:[A-H]\d+, đơn vị tính: đồng$/);
    expect(vi.stdout).toMatch(/\n {4}G16 +lỗi +\S/);
    expect(vi.stdout).toMatch(/\n {4}F18 +lỗi +.*150\.000/);
    expect(lines.at(-1)).toMatch(/^ {4}\d+ lỗi, \d+ cảnh báo, \d+ thông tin\.$/);

    const en = await runCli(["check", file, "--plan", plan, "--lang", "en"]);
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/Sheet “Dự toán” — estimate table/);
    expect(en.stdout).toMatch(/\n {4}F18 +error +.*150,000/);
  });

  it("checks the named sheet only, and refuses a sheet that is not there", async () => {
    const file = join(officeSheetsDir, "du-toan-chuan.xlsx");
    const named = await runCli(["check", file, "--sheet", "Dự toán", "--format", "json"]);
    expect(named.code).toBe(0);
    const missing = await runCli(["check", file, "--sheet", "Không có"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("“Không có”");
    expect(missing.stderr).toContain("“Dự toán”");
  });
});

describe("scripts/hgcs.mjs (what `pnpm hgcs` runs)", () => {
  it("prints only the JSON with --format json and passes the exit code through", async () => {
    const script = join(repoRoot, "scripts", "hgcs.mjs");
    const r = await runNode(script, ["check", join(officeSheetsDir, "du-toan-co-loi.xlsx"), "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonDoc).sheets).toHaveLength(1);
  });
});
