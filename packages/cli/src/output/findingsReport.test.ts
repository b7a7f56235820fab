import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliMessages } from "../messages/index.js";
import { zipDirectory, entryBytes } from "../ooxml/zip.js";
import { finding } from "../testing/finding.js";
import type { CheckReport } from "./checkReport.js";
import { cellLink, fileLink, findingsReportBytes, writeFindingsReport } from "./findingsReport.js";
import { isGeneratedByHgcs } from "./generatedMarker.js";

const sheet = "Dự toán";
const day = new Date(2026, 11, 3);

const wrong: CheckReport = {
  file: "sub/xa-dong-son.xlsx",
  sheets: [
    { name: sheet, table: { range: "A11:H27", scale: 1000 }, unit: "UBND xã Đông Sơn", totalDong: 597_900_000 },
    { name: "Ghi chú" },
    { name: "O'Brien", table: { range: "A5:H9", scale: 1 }, hidden: true },
  ],
  findings: [
    finding("formula.hardcoded", { value: 4_800_000 }, { sheet, cell: "G17" }),
    finding("amount.mismatch", { expected: 48_000_000, actual: 4_800_000 }, { sheet, cell: "G17" }),
    finding("words.missing", { total: 1 }, { sheet }),
    finding("text.legacy_encoding", { encoding: "TCVN3", sample: "Dù to¸n" }, { sheet: "O'Brien", cell: "B2" }),
  ],
  plan: "sub/xa-dong-son.plan.json",
};
const clean: CheckReport = {
  file: "xa-an-hoa.xlsx",
  sheets: [{ name: sheet, table: { range: "A11:H27", scale: 1 }, unit: "UBND xã An Hòa", totalDong: 12_000_000 }],
  findings: [],
};
const unreadable: CheckReport = {
  file: "hong.xlsx",
  sheets: [],
  findings: [],
  error: { code: "file.corrupt", message: "Tệp hong.xlsx bị hỏng hoặc không phải .xlsx hợp lệ (zip)." },
};

/** The report written and read back (ExcelJS), as the user's Excel would see its cells. */
async function readBack(
  reports: readonly CheckReport[],
  locale: "vi" | "en" = "vi",
  limits?: { rows: number; links: number },
) {
  const written = await findingsReportBytes(
    reports,
    { path: "bao-cao.xlsx", locale, messages: cliMessages(locale), date: day },
    limits,
  );
  const bytes = Buffer.from(written);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { back, bytes };
}

const values = (ws: ExcelJS.Worksheet | undefined, row: number): unknown[] =>
  ((ws?.getRow(row).values as unknown[] | undefined) ?? []).slice(1);

describe("the findings report workbook", () => {
  it("sums up one row per file and table sheet: unit, file link, sheet, range, total in đồng, counts by severity", async () => {
    const { back } = await readBack([wrong, clean, unreadable]);
    const ws = back.getWorksheet("Tổng hợp");
    expect(values(ws, 1)[0]).toBe("Kết quả kiểm tra dự toán: 3 tệp (lập ngày 03/12/2026)");
    expect(values(ws, 2)).toEqual([
      "STT",
      "Đơn vị",
      "Tệp",
      "Trang tính",
      "Vùng bảng",
      "Tổng cộng (đồng)",
      "Lỗi",
      "Cảnh báo",
      "Thông tin",
      "Kế hoạch đối chiếu",
      "Ghi chú",
    ]);
    const link = (text: string, hyperlink: string) => ({ text, hyperlink });
    expect(values(ws, 3)).toEqual([
      1,
      "UBND xã Đông Sơn",
      link("sub/xa-dong-son.xlsx", "sub/xa-dong-son.xlsx"),
      sheet,
      "A11:H27",
      597_900_000,
      1,
      2,
      0,
      "sub/xa-dong-son.plan.json",
    ]);
    expect(values(ws, 4)).toEqual([
      2,
      undefined,
      link("sub/xa-dong-son.xlsx", "sub/xa-dong-son.xlsx"),
      "O'Brien",
      "A5:H9",
      undefined,
      0,
      0,
      1,
      "sub/xa-dong-son.plan.json",
      "Trang ẩn.",
    ]);
    expect(values(ws, 5)).toEqual([
      3,
      "UBND xã An Hòa",
      link("xa-an-hoa.xlsx", "xa-an-hoa.xlsx"),
      sheet,
      "A11:H27",
      12_000_000,
      0,
      0,
      0,
      // Checked without a plan, as its summary line says.
      "không đối chiếu kế hoạch",
    ]);
    // The unreadable file is its own row, with why.
    expect(values(ws, 6)).toEqual([
      4,
      undefined,
      link("hong.xlsx", "hong.xlsx"),
      ...Array<undefined>(7),
      "Tệp hong.xlsx bị hỏng hoặc không phải .xlsx hợp lệ (zip).",
    ]);
    expect(ws?.getCell("F3").numFmt).toBe("#,##0");
    // Rows are coloured by their worst finding; a clean file is left white.
    const fill = (address: string) => (ws?.getCell(address).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill("A3"), fill("K4"), fill("A5"), fill("C6")]).toEqual(["FFFFC7CE", "FFDDEBF7", undefined, "FFFFC7CE"]);
  });

  it("lists one row per finding, sheet by sheet in reading order, each linked to its cell", async () => {
    const { back } = await readBack([wrong, clean, unreadable]);
    const ws = back.getWorksheet("Chi tiết");
    // The unreadable file's row is counted too: the title matches the rows below it.
    expect(values(ws, 1)[0]).toBe("Chi tiết các vấn đề: 4 vấn đề và 1 tệp không kiểm tra được (lập ngày 03/12/2026)");
    expect(values(ws, 2)).toEqual(["STT", "Đơn vị", "Tệp", "Trang tính", "Ô", "Mức độ", "Mã", "Nội dung"]);
    const rows = [3, 4, 5, 6, 7].map((r) => values(ws, r));
    expect(rows.map((r) => [r[3], r[4], r[5], r[6]])).toEqual([
      [sheet, { text: "A1", hyperlink: "sub/xa-dong-son.xlsx#'Dự toán'!A1" }, "Cảnh báo", "words.missing"],
      [sheet, { text: "G17", hyperlink: "sub/xa-dong-son.xlsx#'Dự toán'!G17" }, "Cảnh báo", "formula.hardcoded"],
      [sheet, { text: "G17", hyperlink: "sub/xa-dong-son.xlsx#'Dự toán'!G17" }, "Lỗi", "amount.mismatch"],
      ["O'Brien", { text: "B2", hyperlink: "sub/xa-dong-son.xlsx#'O''Brien'!B2" }, "Thông tin", "text.legacy_encoding"],
      [undefined, { text: "—", hyperlink: "hong.xlsx" }, "Lỗi", "file.corrupt"],
    ]);
    expect(rows[0]?.slice(0, 3)).toEqual([1, "UBND xã Đông Sơn", "sub/xa-dong-son.xlsx"]);
    expect(rows[2]?.[7]).toContain("48.000.000");
    expect(rows[4]?.[7]).toBe("Tệp hong.xlsx bị hỏng hoặc không phải .xlsx hợp lệ (zip).");
    const fill = (r: number) => (ws?.getCell(r, 8).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([3, 5, 6, 7].map(fill)).toEqual(["FFFFEB9C", "FFFFC7CE", "FFDDEBF7", "FFFFC7CE"]);
  });

  it("stores the links as one external target per cell, with no in-workbook location", async () => {
    const { bytes } = await readBack([wrong]);
    const entries = zipDirectory(bytes);
    const part = (name: string) => {
      const entry = entries.get(name);
      return entry ? entryBytes(bytes, entry, 10_000_000).toString("utf8") : "";
    };
    const rels = part("xl/worksheets/_rels/sheet2.xml.rels");
    expect(rels).toContain(`Target="sub/xa-dong-son.xlsx#&apos;Dự toán&apos;!G17" TargetMode="External"`);
    expect(rels).toContain(`Target="sub/xa-dong-son.xlsx#&apos;O&apos;&apos;Brien&apos;!B2" TargetMode="External"`);
    expect(part("xl/worksheets/sheet2.xml")).not.toContain("location=");
  });

  it("speaks English when asked: sheet names, headers, severities, messages, money in VND, the day in ISO", async () => {
    const { back } = await readBack([wrong, clean, unreadable], "en");
    expect(back.worksheets.map((w) => w.name)).toEqual(["Summary", "Details"]);
    const summary = back.getWorksheet("Summary");
    expect(values(summary, 1)[0]).toBe("Estimate check results: 3 files (made on 2026-12-03)");
    expect(values(summary, 2)[5]).toBe("Total (VND)");
    expect(values(summary, 5)[9]).toBe("not compared with a plan");
    expect(values(back.getWorksheet("Details"), 1)[0]).toBe(
      "Findings in detail: 4 findings and 1 file not checked (made on 2026-12-03)",
    );
    expect(values(back.getWorksheet("Summary"), 2).slice(0, 3)).toEqual(["No.", "Unit", "File"]);
    const details = values(back.getWorksheet("Details"), 5);
    expect(details[5]).toBe("Error");
    expect(details[7]).toContain("48,000,000");
  });

  it("freezes the header rows, filters them, and prints on A4 landscape, one page wide", async () => {
    const { back } = await readBack([wrong, clean]);
    for (const ws of back.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 0, ySplit: 2, topLeftCell: "A3" });
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
      expect(ws.pageSetup.printTitlesRow).toBe("2:2");
      expect(ws.getColumn(3).width).toBeGreaterThan(20);
    }
    expect(back.getWorksheet("Tổng hợp")?.autoFilter).toBe("A2:K5");
    expect(back.getWorksheet("Chi tiết")?.autoFilter).toBe("A2:H6");
  });

  it("names each filter's range as Excel does, so LibreOffice keeps the filters", async () => {
    const { bytes } = await readBack([wrong, clean]);
    const entry = zipDirectory(bytes).get("xl/workbook.xml");
    const xml = entry ? entryBytes(bytes, entry, 10_000_000).toString("utf8") : "";
    expect(xml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0">&apos;Tổng hợp&apos;!$A$2:$K$5</definedName>`,
    );
    expect(xml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;Chi tiết&apos;!$A$2:$H$6</definedName>`,
    );
  });

  it("is marked as hgcs's report, so a batch check of its folder skips it", async () => {
    const { back } = await readBack([clean]);
    expect(isGeneratedByHgcs(back.keywords)).toBe(true);
  });

  it("writes names that look like formulas, and control characters, as plain text", async () => {
    const hostile: CheckReport = {
      file: '=HYPERLINK("x")\n.xlsx',
      sheets: [{ name: "+SUM(1)", table: { range: "A1:H9", scale: 1 }, unit: "@cmd|' /C calc'!A0" }],
      findings: [finding("amount.mismatch", { expected: 2, actual: 1 }, { sheet: "+SUM(1)", cell: "G5" })],
    };
    const { back, bytes } = await readBack([hostile]);
    const summary = back.getWorksheet("Tổng hợp");
    expect(summary?.getCell("B3").value).toBe("@cmd|' /C calc'!A0");
    expect(summary?.getCell("C3").value).toEqual({
      text: '=HYPERLINK("x")\\n.xlsx',
      hyperlink: "=HYPERLINK(%22x%22)%0A.xlsx",
    });
    expect(summary?.getCell("D3").value).toBe("+SUM(1)");
    const sheets = zipDirectory(bytes);
    for (const name of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const entry = sheets.get(name);
      expect(entry && entryBytes(bytes, entry, 10_000_000).toString("utf8")).not.toMatch(/<f>/);
    }
  });

  it("keeps within a worksheet's rows and links, saying how many findings are left out", async () => {
    const many: CheckReport = {
      ...clean,
      findings: Array.from({ length: 10 }, (_, i) =>
        finding("amount.mismatch", { expected: 2, actual: 1 }, { sheet, cell: `G${12 + i}` }),
      ),
    };
    const { back } = await readBack([many], "vi", { rows: 8, links: 3 });
    const ws = back.getWorksheet("Chi tiết");
    expect(ws?.rowCount).toBe(8);
    expect(values(ws, 8)[0]).toBe("… và 5 vấn đề nữa không ghi vào báo cáo (quá số dòng của một trang tính).");
    expect(values(ws, 1)[0]).toContain("10 vấn đề");
    expect([3, 4, 5, 6, 7].map((r) => typeof ws?.getCell(r, 5).value)).toEqual([
      "object",
      "object",
      "object",
      "string",
      "string",
    ]);
  });
});

describe("the report's links", () => {
  it("are relative to the report's folder, '/' between folders, URI delimiters encoded", () => {
    expect(fileLink("/d/desk", "/d/desk/sub/a.xlsx")).toBe("sub/a.xlsx");
    expect(fileLink("/d/desk/out", "/d/desk/a.xlsx")).toBe("../a.xlsx");
    expect(fileLink("/d", "/d/Xã Đông Sơn #1 (100%).xlsx")).toBe("Xã%20Đông%20Sơn%20%231%20(100%25).xlsx");
    expect(cellLink("/d", "/d/a.xlsx", "Dự toán", "G17")).toBe("a.xlsx#'Dự toán'!G17");
    expect(cellLink("/d", "/d/a.xlsx", "It's", undefined)).toBe("a.xlsx#'It''s'!A1");
    expect(cellLink("/d", "/d/a.xlsx", undefined, undefined)).toBe("a.xlsx");
    expect(cellLink("/d", "/d/a.xlsx", "bad\u0001name", "A1")).toBe("a.xlsx");
  });
});

describe("writeFindingsReport", () => {
  it("writes atomically, never over an existing file without force, never over a checked file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hgcs-report-"));
    await mkdir(join(dir, "sub"));
    const input = join(dir, "sub", "a.xlsx");
    await writeFile(input, "unit's workbook");
    const reports: CheckReport[] = [{ ...clean, file: input }];
    const path = join(dir, "bao-cao.xlsx");
    const options = { path, force: false, locale: "vi" as const, messages: cliMessages("vi") };
    expect(await writeFindingsReport(reports, options)).toEqual({ ok: true, value: undefined });
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.getWorksheet("Tổng hợp")?.getCell("C3").value).toEqual({ text: input, hyperlink: "sub/a.xlsx" });

    expect(await writeFindingsReport(reports, options)).toEqual({
      ok: false,
      problem: { kind: "output.exists", file: path },
    });
    expect((await writeFindingsReport(reports, { ...options, force: true })).ok).toBe(true);
    for (const force of [false, true]) {
      expect(await writeFindingsReport(reports, { ...options, path: input, force })).toEqual({
        ok: false,
        problem: { kind: "output.is_input", file: input },
      });
    }
    expect(await readFile(input, "utf8")).toBe("unit's workbook");
  });
});
