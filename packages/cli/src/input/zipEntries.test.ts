import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { unkeptParts, zipEntries } from "./zipEntries.js";

describe("zipEntries", () => {
  it("lists the parts of an .xlsx package", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dự toán").getCell("A1").value = "STT";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const names = zipEntries(bytes);
    expect(names).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]),
    );
    expect(unkeptParts(names)).toEqual([]);
  });

  it("returns nothing for bytes without a central directory", () => {
    expect(zipEntries(new Uint8Array(0))).toEqual([]);
    expect(zipEntries(new TextEncoder().encode("PK\u0003\u0004 not really a zip, but long enough to scan"))).toEqual(
      [],
    );
  });

  it("names the parts ExcelJS would drop", () => {
    expect(
      unkeptParts([
        "xl/workbook.xml",
        "xl/charts/chart1.xml",
        "xl/pivotCache/pivotCacheDefinition1.xml",
        "xl/vbaProject.bin",
        "xl/slicers/slicer1.xml",
      ]),
    ).toEqual(["charts", "pivotTables", "macros", "slicers"]);
  });
});
