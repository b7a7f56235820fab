import { describe, expect, it } from "vitest";
import { fontEncoding } from "./legacyFont.js";

describe("fontEncoding", () => {
  it("reads TCVN3, its capitals fonts and VNI from the font name", () => {
    expect(fontEncoding(".VnTime")).toEqual({ encoding: "TCVN3", capitals: false });
    expect(fontEncoding(".VnTimeH")).toEqual({ encoding: "TCVN3", capitals: true });
    expect(fontEncoding(" .VnArialH ")).toEqual({ encoding: "TCVN3", capitals: true });
    expect(fontEncoding("VNI-Times")).toEqual({ encoding: "VNI", capitals: false });
  });
  it("knows nothing of Unicode fonts", () => {
    for (const f of ["Times New Roman", "Calibri", "Arial", "", undefined]) expect(fontEncoding(f)).toBeUndefined();
  });
});
