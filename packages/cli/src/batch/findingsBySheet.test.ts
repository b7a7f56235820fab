import { describe, expect, it } from "vitest";
import { finding } from "../testing/finding.js";
import { findingsBySheet } from "./findingsBySheet.js";

const table = { range: "A10:H28", scale: 1 };
const sheets = [{ name: "Ghi chú" }, { name: "Dự toán", table }, { name: "Phụ lục", table }];

describe("findingsBySheet", () => {
  it("puts each finding on its own table sheet once; one about no sheet, or a sheet without a table, on the first", () => {
    const onTable = finding("words.missing", { total: 1 }, { sheet: "Phụ lục" });
    const nowhere = finding("formula.hardcoded", { value: 1 }, {});
    const onNotes = finding("words.missing", { total: 2 }, { sheet: "Ghi chú" });
    const rows = findingsBySheet({ sheets, findings: [onTable, nowhere, onNotes] });
    expect(rows.map((r) => [r.sheet.name, r.findings])).toEqual([
      ["Dự toán", [nowhere, onNotes]],
      ["Phụ lục", [onTable]],
    ]);
  });

  it("gives nothing for a file without a table", () => {
    expect(
      findingsBySheet({ sheets: [{ name: "Ghi chú" }], findings: [finding("words.missing", { total: 1 }, {})] }),
    ).toEqual([]);
  });
});
