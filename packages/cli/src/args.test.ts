import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./args.js";

const parse = (line: string[]) => parseCommandLine(line);

describe("parseCommandLine", () => {
  it("parses check with every option, Vietnamese by default", () => {
    expect(
      parse(["check", "a.xlsx", "--sheet", "Dự toán", "--plan", "p.json", "--date", "2024-02-20", "--format", "json"]),
    ).toEqual({
      locale: "vi",
      command: {
        ok: true,
        value: {
          name: "check",
          inputs: ["a.xlsx"],
          sheet: "Dự toán",
          plan: "p.json",
          date: "2024-02-20",
          format: "json",
          quiet: false,
          force: false,
        },
      },
    });
    expect(parse(["check", "a.xlsx", "--lang=en"]).locale).toBe("en");
  });

  it("parses check of several inputs, --quiet and --report with --force", () => {
    expect(parse(["check", "don-vi/", "a.xlsx", "-q", "--report", "bao-cao.xlsx", "--force"]).command).toEqual({
      ok: true,
      value: {
        name: "check",
        inputs: ["don-vi/", "a.xlsx"],
        format: "text",
        quiet: true,
        force: true,
        report: "bao-cao.xlsx",
      },
    });
    expect(parse(["check", "--report"]).command).toMatchObject({ ok: false, problem: { kind: "args.missing_value" } });
  });

  it("parses fill, with --fix cells given several ways", () => {
    const r = parse(["fill", "in.xlsx", "--fix", "G17", "G23", "-o", "out.xlsx", "--fix", "A28,G27", "--force"]);
    expect(r.command).toEqual({
      ok: true,
      value: { name: "fill", input: "in.xlsx", output: "out.xlsx", fix: ["G17", "A28", "G27", "G23"], force: true },
    });
    expect(parse(["fill", "in.xlsx"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.missing", what: "output" },
    });
    expect(parse(["fill", "in.xlsx", "extra", "-o", "x"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.unexpected", value: "extra" },
    });
  });

  it("parses new and words, negative numbers included", () => {
    expect(parse(["new", "--plan", "p.json", "-o", "x.xlsx"]).command).toEqual({
      ok: true,
      value: { name: "new", plan: "p.json", output: "x.xlsx", force: false },
    });
    expect(parse(["new", "-o", "x.xlsx"]).command).toMatchObject({ ok: false, problem: { what: "plan" } });
    expect(parse(["words", "-1005", "--le", "--chan"]).command).toEqual({
      ok: true,
      value: { name: "words", number: "-1005", le: true, ngan: false, bon: false, ti: false, chan: true },
    });
    // "--" ends the options, as in every command line tool.
    expect(parse(["words", "--", "-5"]).command).toMatchObject({ ok: true, value: { number: "-5" } });
    expect(parse(["words", "--le", "--", "-5"]).command).toMatchObject({ ok: true, value: { number: "-5", le: true } });
  });

  it("turns every mistake into a problem, never an exception", () => {
    expect(parse(["chek", "a.xlsx"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.unknown_command", command: "chek" },
    });
    expect(parse(["check", "a.xlsx", "--bogus"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.unknown_option", option: "--bogus" },
    });
    expect(parse(["check", "a.xlsx", "--sheet"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.missing_value", option: "--sheet" },
    });
    expect(parse(["check", "a.xlsx", "--date", "2024-02-30"]).command).toMatchObject({
      ok: false,
      problem: { option: "--date" },
    });
    expect(parse(["check", "a.xlsx", "--format", "xml"]).command).toMatchObject({
      ok: false,
      problem: { option: "--format" },
    });
    expect(parse(["check", "a.xlsx", "--lang", "fr"])).toMatchObject({
      locale: "vi",
      command: { ok: false, problem: { option: "--lang" } },
    });
    expect(parse(["check"]).command).toMatchObject({ ok: false, problem: { kind: "args.missing", what: "input" } });
    expect(parse(["--frobnicate"]).command).toMatchObject({ ok: false, problem: { kind: "args.unknown_option" } });
  });

  it("answers help and version", () => {
    expect(parse([]).command).toEqual({ ok: true, value: { name: "help" } });
    expect(parse(["check", "--help"]).command).toEqual({ ok: true, value: { name: "help" } });
    expect(parse(["--version"]).command).toEqual({ ok: true, value: { name: "version" } });
  });
});
