import { describe, expect, it } from "vitest";
import type { Problem } from "../problems.js";
import { cliMessages, describeProblem } from "./index.js";

// One sample of every problem kind; the Record type makes a new kind without a sample a compile error.
const samples: { [K in Problem["kind"]]: Extract<Problem, { kind: K }> } = {
  "file.missing": { kind: "file.missing", file: "a.xlsx" },
  "file.not_a_file": { kind: "file.not_a_file", file: "a.xlsx", what: "directory" },
  "file.empty": { kind: "file.empty", file: "a.xlsx" },
  "file.too_large": { kind: "file.too_large", file: "a.xlsx", bytes: 60 * 1_048_576, limit: 50 * 1_048_576 },
  "file.unreadable": { kind: "file.unreadable", file: "a.xlsx", detail: "EACCES" },
  "file.old_xls": { kind: "file.old_xls", file: "a.xlsx" },
  "file.encrypted": { kind: "file.encrypted", file: "a.xlsx" },
  "file.ole_unknown": { kind: "file.ole_unknown", file: "a.xlsx" },
  "file.ods": { kind: "file.ods", file: "a.xlsx" },
  "file.not_zip": { kind: "file.not_zip", file: "a.xlsx" },
  "file.corrupt": { kind: "file.corrupt", file: "a.xlsx", reason: "truncated_entry", part: "xl/worksheets/sheet1.xml" },
  "workbook.no_sheets": { kind: "workbook.no_sheets", file: "a.xlsx" },
  "file.other_format": { kind: "file.other_format", file: "a.xlsm", format: ".xlsm" },
  "batch.no_workbooks": { kind: "batch.no_workbooks", inputs: ["don-vi/"] },
  "batch.check_failed": { kind: "batch.check_failed", file: "a.xlsx", detail: "worker exited with code 1" },
  "sheet.missing": { kind: "sheet.missing", file: "a.xlsx", sheet: "X", available: ["Dự toán"] },
  "sheet.empty": { kind: "sheet.empty", file: "a.xlsx", sheet: "Trống" },
  "sheet.out_of_range": { kind: "sheet.out_of_range", file: "a.xlsx", sheet: "Dự toán", row: 4_294_967_294 },
  "sheet.too_many_cells": {
    kind: "sheet.too_many_cells",
    file: "a.xlsx",
    sheet: "Dự toán",
    cells: 9_000_000,
    limit: 4_000_000,
  },
  "fill.too_large": { kind: "fill.too_large", file: "a.xlsx", sheet: "Dự toán", cells: 900_000, limit: 500_000 },
  "fill.huge_merge": { kind: "fill.huge_merge", file: "a.xlsx", sheet: "Dự toán", range: "A40:XFD1040" },
  "fill.bad_sheet_name": { kind: "fill.bad_sheet_name", file: "a.xlsx", sheet: "D".repeat(40) },
  "table.none": { kind: "table.none", file: "a.xlsx", sheets: ["Sheet1"] },
  "json.invalid": { kind: "json.invalid", file: "a.xlsx", detail: "Unexpected token" },
  "plan.invalid": { kind: "plan.invalid", file: "a.xlsx", problems: ["conferences.0.count: …"] },
  "prices.invalid": { kind: "prices.invalid", file: "a.xlsx", problems: ["hall: …"] },
  "output.exists": { kind: "output.exists", file: "a.xlsx" },
  "output.is_input": { kind: "output.is_input", file: "a.xlsx" },
  "output.not_a_file": { kind: "output.not_a_file", file: "/dev/null" },
  "output.macros": { kind: "output.macros", file: "b.xlsm" },
  "output.write_failed": { kind: "output.write_failed", file: "a.xlsx", detail: "EROFS" },
  "args.unknown_command": { kind: "args.unknown_command", command: "chek" },
  "args.unknown_option": { kind: "args.unknown_option", option: "--bogus" },
  "args.missing_value": { kind: "args.missing_value", option: "--sheet" },
  "args.missing": { kind: "args.missing", what: "output" },
  "args.unexpected": { kind: "args.unexpected", value: "x" },
  "args.bad_value": { kind: "args.bad_value", option: "--format", value: "xml", allowed: "text, json" },
  "words.bad_number": { kind: "words.bad_number", value: "1,5" },
  "weights.invalid": { kind: "weights.invalid", file: "w.csv", problems: ["Dòng 2: …"] },
  "sheet.no_list": { kind: "sheet.no_list", file: "a.xlsx", sheets: ["Sheet1"], what: "lists" },
  "plan.no_series": { kind: "plan.no_series", file: "plan.json", series: "x", available: ["hoi-nghi"] },
  "plan.no_materials": { kind: "plan.no_materials", file: "plan.json" },
};

describe("CLI messages", () => {
  it("say every problem in both languages, differently, naming the file", () => {
    for (const problem of Object.values(samples)) {
      const vi = describeProblem(problem, cliMessages("vi"));
      const en = describeProblem(problem, cliMessages("en"));
      expect(vi.length, problem.kind).toBeGreaterThan(10);
      expect(en.length, problem.kind).toBeGreaterThan(10);
      expect(vi, problem.kind).not.toBe(en);
      if ("file" in problem) {
        expect(vi).toContain(problem.file);
        expect(en).toContain(problem.file);
      }
      expect(`${vi}${en}`).not.toMatch(/undefined|\[object/);
    }
  });

  it("list --format on the usage line of every command that takes it, in both languages", () => {
    for (const locale of ["vi", "en"] as const) {
      const lines = cliMessages(locale).usage.split("\n");
      const usage = lines.filter((l) => /^ {2}hgcs (check|lists|distribute|schedule)\b/.test(l));
      expect(usage, locale).toHaveLength(7);
      for (const line of usage) expect(line, locale).toContain("[--format text|json]");
      expect(lines.filter((l) => /^ {2}hgcs (fill|new|consolidate|words)\b/.test(l)).join("\n")).not.toContain(
        "--format",
      );
    }
  });

  it("say money in VND in English, as core's English findings do", () => {
    const en = cliMessages("en");
    expect([en.batch.total({ amount: "1,000" }), en.check.scale({ scale: 1000 }), en.report.headers.total]).toEqual([
      "1,000 VND",
      "unit: thousand VND",
      "Total (VND)",
    ]);
    expect(JSON.stringify(en)).not.toContain("đồng");
  });

  it("tells an .xls user to save as .xlsx, and names the sheet of an empty sheet", () => {
    expect(describeProblem(samples["file.old_xls"], cliMessages("vi"))).toMatch(/\.xlsx/);
    expect(describeProblem(samples["file.old_xls"], cliMessages("en"))).toMatch(/save it as \.xlsx/);
    expect(describeProblem(samples["sheet.empty"], cliMessages("vi"))).toContain("“Trống”");
    expect(describeProblem(samples["file.too_large"], cliMessages("vi"))).toContain("60,0 MB");
    expect(describeProblem(samples["file.too_large"], cliMessages("en"))).toContain("50.0 MB");
  });

  it("says why a package is damaged in the user's language, naming the part; a library's words only as a detail", () => {
    const reasons = [
      "no_directory",
      "damaged_directory",
      "damaged_entry",
      "truncated_entry",
      "unsupported_compression",
      "entry_too_large",
      "ends_mid_element",
      "no_workbook",
    ] as const;
    const vi = reasons.map((reason) =>
      describeProblem({ kind: "file.corrupt", file: "a.xlsx", reason, part: "xl/a.xml" }, cliMessages("vi")),
    );
    expect(new Set(vi).size).toBe(reasons.length);
    for (const text of vi) expect(text).not.toMatch(/\b(entry|directory|found|damaged|truncated)\b/);
    expect(vi[3]).toContain("“xl/a.xml”");
    const fromExcelJs = { kind: "file.corrupt", file: "a.xlsx", detail: "Corrupted zip" } as const;
    expect(describeProblem(fromExcelJs, cliMessages("vi"))).toContain("chi tiết: Corrupted zip");
    expect(describeProblem(fromExcelJs, cliMessages("en"))).toContain("detail: Corrupted zip");
  });

  it("counts one thing in the singular in English", () => {
    const en = cliMessages("en");
    expect(en.check.summary({ errors: "1", warnings: "1", infos: "2" })).toBe("1 error, 1 warning, 2 info.");
    expect(en.check.summary({ errors: "0", warnings: "2", infos: "0" })).toBe("0 errors, 2 warnings, 0 info.");
    expect(en.batch.totals({ files: "1", clean: "1", withErrors: "0", unreadable: "0", skipped: 0 })).toMatch(
      /^Looked at 1 file:/,
    );
    expect(en.report.summaryTitle({ files: "1", date: "2026-12-03" })).toContain("1 file (");
    expect(en.report.detailsTitle({ findings: "1", unreadable: 0, date: "2026-12-03" })).toContain("1 finding (");
  });
});
