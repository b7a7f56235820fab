import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputRoot, unitLabel } from "./unitLabel.js";

describe("unitLabel", () => {
  it("is the title block's name when it has one", () => {
    expect(unitLabel(join("don-vi", "xa-a", "du-toan.xlsx"), "don-vi", "UBND xã An Cư")).toBe("UBND xã An Cư");
  });

  it("else the workbook's path in the folder given, without extension: two communes' du-toan differ", () => {
    expect(unitLabel(join("don-vi", "xa-a", "du-toan.xlsx"), "don-vi")).toBe("xa-a/du-toan");
    expect(unitLabel(join("don-vi", "xa-b", "du-toan.xlsx"), "don-vi", "  ")).toBe("xa-b/du-toan");
    expect(unitLabel(join("don-vi", "Du-Toan.XLSX"), "don-vi")).toBe("Du-Toan");
  });

  it("else, for a file given by itself, its path as given", () => {
    expect(unitLabel(join("xa-a", "du-toan.xlsx"))).toBe("xa-a/du-toan");
    expect(unitLabel("du-toan.xlsx", "khac")).toBe("du-toan");
  });
});

describe("inputRoot", () => {
  it("is the folder input a listed file was found in, none for a file given by itself", () => {
    const inputs = ["don-vi", join("khac", "a.xlsx")];
    expect(inputRoot(join("don-vi", "xa-a", "du-toan.xlsx"), inputs)).toBe("don-vi");
    expect(inputRoot(join("khac", "a.xlsx"), inputs)).toBeUndefined();
    expect(inputRoot(join("don-vi-2", "a.xlsx"), inputs)).toBeUndefined();
  });

  it("takes a folder whose name starts with two dots for a folder inside, not for the parent", () => {
    const file = join("don-vi", "..cu", "a.xlsx");
    expect(inputRoot(file, ["don-vi"])).toBe("don-vi");
    expect(unitLabel(file, "don-vi")).toBe("..cu/a");
    expect(inputRoot(join("khac", "a.xlsx"), [join("khac", "con")])).toBeUndefined();
  });
});
