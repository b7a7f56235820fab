import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { entryBytes, zipDirectory } from "../ooxml/zip.js";
import { interoperableExcelJs } from "./exceljsInterop.js";

async function parts(wb: ExcelJS.Workbook): Promise<(name: string) => string> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const entries = zipDirectory(bytes);
  return (name) => {
    const entry = entries.get(name);
    return entry ? entryBytes(bytes, entry, 10_000_000).toString("utf8") : "";
  };
}

describe("ExcelJS made interoperable", () => {
  it("writes a link to another workbook's cell as one external target, and keeps links inside the workbook", async () => {
    interoperableExcelJs();
    interoperableExcelJs(); // twice is once
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chi tiết");
    wb.addWorksheet("Khác");
    ws.getCell("A1").value = { text: "G17", hyperlink: "sub/a.xlsx#'Dự toán'!G17" };
    ws.getCell("A2").value = { text: "D3", hyperlink: "Khác!D3" };
    const part = await parts(wb);
    expect(part("xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      `Target="sub/a.xlsx#&apos;Dự toán&apos;!G17" TargetMode="External"`,
    );
    const links = /<hyperlinks>.*<\/hyperlinks>/.exec(part("xl/worksheets/sheet1.xml"))?.[0];
    expect(links).toBe(
      `<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="A2" r:id="rId2" location="Khác!D3"/></hyperlinks>`,
    );
  });

  it("names each sheet's filter range, local to its sheet, quotes doubled", async () => {
    interoperableExcelJs();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plain");
    const filtered = wb.addWorksheet("It's");
    filtered.getCell("A1").value = "x";
    filtered.autoFilter = "A2:C9";
    const xml = (await parts(wb))("xl/workbook.xml");
    expect(xml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;It&apos;&apos;s&apos;!$A$2:$C$9</definedName>`,
    );
    expect(xml.match(/_FilterDatabase/g)).toHaveLength(1);
  });
});
