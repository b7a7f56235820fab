import { describe, expect, it } from "vitest";
import { parseWeightsCsv, splitCsvLine } from "./parseWeights.js";

describe("parseWeightsCsv", () => {
  it("reads unit,weight rows with their line numbers and skips a header", () => {
    const { rows, findings } = parseWeightsCsv("unit,weight\nHuyện A,12\nHuyện B,7\n");
    expect(findings).toEqual([]);
    expect(rows).toEqual([
      { unit: "Huyện A", weight: 12, line: 2 },
      { unit: "Huyện B", weight: 7, line: 3 },
    ]);
  });

  it("accepts a BOM, CRLF, comments, blank lines, ; and tab separators and quoted units", () => {
    expect(parseWeightsCsv("\uFEFFĐơn vị;Số xã\r\n# comment\r\n\r\nHuyện A;3\r\n").rows).toEqual([
      { unit: "Huyện A", weight: 3, line: 4 },
    ]);
    expect(parseWeightsCsv("Huyện A\t4").rows).toEqual([{ unit: "Huyện A", weight: 4, line: 1 }]);
    expect(parseWeightsCsv('"Phòng Tư pháp huyện A, B",12\n"Tổ ""Bắc""",1').rows).toEqual([
      { unit: "Phòng Tư pháp huyện A, B", weight: 12, line: 1 },
      { unit: 'Tổ "Bắc"', weight: 1, line: 2 },
    ]);
  });

  it("reports bad rows, bad weights and duplicate units (accent- and case-insensitive) at their lines", () => {
    const { rows, findings } = parseWeightsCsv("Huyện A,2\nHuyện B\nHuyện C,-1\nHuyện D,1.5\nhuyen a,4\nHuyện E,3,x");
    expect(rows.map((r) => r.unit)).toEqual(["Huyện A"]);
    expect(findings.map((f) => [f.code, f.at?.path, f.params])).toEqual([
      ["weights.bad_row", "line:2", { line: 2, text: "Huyện B" }],
      ["weights.bad_weight", "line:3", { line: 3, unit: "Huyện C", value: "-1" }],
      ["weights.bad_weight", "line:4", { line: 4, unit: "Huyện D", value: "1.5" }],
      ["weights.duplicate_unit", "line:5", { line: 5, unit: "huyen a", first: 1 }],
      ["weights.bad_row", "line:6", { line: 6, text: "Huyện E,3,x" }],
    ]);
  });

  it("says the file is empty when it has no rows at all", () => {
    expect(parseWeightsCsv("").findings.map((f) => f.code)).toEqual(["weights.empty"]);
    expect(parseWeightsCsv("unit,weight\n").findings.map((f) => f.code)).toEqual(["weights.empty"]);
  });

  it("treats only the first line as a possible header", () => {
    expect(parseWeightsCsv("Huyện A,1\nunit,weight").findings.map((f) => f.code)).toEqual(["weights.bad_weight"]);
  });

  it("splits quoted CSV fields", () => {
    expect(splitCsvLine('a,"b,c",d', ",")).toEqual(["a", "b,c", "d"]);
  });
});
