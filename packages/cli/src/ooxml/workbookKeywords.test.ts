import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workbookKeywords } from "./workbookKeywords.js";

async function workbook(keywords?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (keywords !== undefined) wb.keywords = keywords;
  wb.addWorksheet("A").getCell("A1").value = 1;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("workbookKeywords", () => {
  it("reads the keywords a workbook was written with, entities decoded", async () => {
    expect(workbookKeywords(await workbook("hgcs:consolidation"))).toBe("hgcs:consolidation");
    expect(workbookKeywords(await workbook("a & b"))).toBe("a & b");
  });

  it("is undefined without keywords or for bytes that are no package", async () => {
    expect(workbookKeywords(await workbook())).toBeFalsy();
    expect(workbookKeywords(Buffer.from("not a zip"))).toBeUndefined();
  });
});
