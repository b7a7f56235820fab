import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../args.js";

describe("hgcs consolidate's command line", () => {
  it("takes folders and files, the output, a plan and --force", () => {
    expect(
      parseCommandLine(["consolidate", "don-vi", "b.xlsx", "-o", "tong-hop.xlsx", "--plan", "p.json", "--force"]),
    ).toEqual({
      locale: "vi",
      command: {
        ok: true,
        value: {
          name: "consolidate",
          inputs: ["don-vi", "b.xlsx"],
          output: "tong-hop.xlsx",
          plan: "p.json",
          force: true,
        },
      },
    });
    expect(parseCommandLine(["consolidate", "don-vi", "-o", "t.xlsx", "--lang", "en"])).toMatchObject({
      locale: "en",
      command: { ok: true, value: { inputs: ["don-vi"], force: false } },
    });
  });

  it("takes the consolidation's date, checked to be a real date", () => {
    expect(parseCommandLine(["consolidate", "don-vi", "-o", "t.xlsx", "--date", "2025-07-15"]).command).toMatchObject({
      ok: true,
      value: { date: "2025-07-15" },
    });
    expect(parseCommandLine(["consolidate", "don-vi", "-o", "t.xlsx", "--date", "2025-02-30"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.bad_value", option: "--date" },
    });
  });

  it("asks for what is missing", () => {
    expect(parseCommandLine(["consolidate", "-o", "t.xlsx"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.missing", what: "input" },
    });
    expect(parseCommandLine(["consolidate", "don-vi"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.missing", what: "output" },
    });
    expect(parseCommandLine(["consolidate", "don-vi", "-o", "t.xlsx", "--sheet", "A"]).command).toMatchObject({
      ok: false,
      problem: { kind: "args.unknown_option" },
    });
  });
});
