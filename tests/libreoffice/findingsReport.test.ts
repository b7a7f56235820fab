// The findings report of `hgcs check --report`, written from real checks of the office example workbooks,
// opened and saved by LibreOffice and read back: rows, counts, links to the cells, panes, filter, page setup.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSheet, readUnitName, type Finding } from "@hgcs/core";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cliMessages, describeProblem } from "../../packages/cli/src/messages/index.js";
import type { CheckReport, CheckedSheet } from "../../packages/cli/src/output/checkReport.js";
import { writeFindingsReport } from "../../packages/cli/src/output/findingsReport.js";
import { listWorkbooks } from "../../packages/cli/src/input/listWorkbooks.js";
import { openWorkbook } from "../../packages/cli/src/xlsx/openWorkbook.js";
import { recalculate } from "../testing/recalc.js";
import { unzip } from "../testing/rezip.js";

const officeSheets = fileURLToPath(new URL("../../examples/office-sheets/", import.meta.url));
const provinceDesk = fileURLToPath(new URL("../../examples/province-desk/don-vi", import.meta.url));
const messages = cliMessages("vi");

/** One file checked as `hgcs check` checks it: every sheet through core, the unit from its title block. */
async function checked(file: string): Promise<CheckReport> {
  const opened = await openWorkbook(file, { maxBytes: 50_000_000, maxCells: 2_200_000 });
  if (!opened.ok) {
    const error = { code: opened.problem.kind, message: describeProblem(opened.problem, messages) };
    return { file, sheets: [], findings: [], error };
  }
  const sheets: CheckedSheet[] = [];
  const findings: Finding[] = [];
  for (const grid of opened.value.grids) {
    const result = checkSheet(grid, {});
    if (!result.ok) {
      sheets.push({ name: grid.sheet });
      continue;
    }
    const unit = readUnitName(grid)?.name;
    const total = result.value.estimate.amount.declared;
    sheets.push({
      name: grid.sheet,
      table: result.value.table,
      ...(unit === undefined ? {} : { unit }),
      ...(total === null ? {} : { totalDong: total }),
    });
    findings.push(...result.findings);
  }
  return { file, sheets, findings };
}

/** Every hyperlink of a saved sheet as stored: the cell, the relationship's target, the location inside it. */
function storedLinks(parts: Map<string, Buffer>, sheet: number): { cell: string; target: string; location?: string }[] {
  const xml = parts.get(`xl/worksheets/sheet${sheet}.xml`)?.toString("utf8") ?? "";
  const rels = parts.get(`xl/worksheets/_rels/sheet${sheet}.xml.rels`)?.toString("utf8") ?? "";
  const attr = (tag: string, name: string) => unescape(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]);
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\s[^>]*>/g))
    targets.set(attr(tag, "Id") ?? "", attr(tag, "Target") ?? "");
  return [...xml.matchAll(/<hyperlink\s[^>]*>/g)].map(([tag]) => {
    const location = attr(tag, "location");
    return {
      cell: attr(tag, "ref") ?? "",
      target: targets.get(attr(tag, "r:id") ?? "") ?? "",
      ...(location === undefined ? {} : { location }),
    };
  });
}

function unescape(text: string | undefined): string | undefined {
  return text
    ?.replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

const rowValues = (ws: ExcelJS.Worksheet | undefined, row: number): unknown[] =>
  ((ws?.getRow(row).values as unknown[] | undefined) ?? []).slice(1).map((v) =>
    // A hyperlinked cell reads back as { text, hyperlink }: its text is what the row shows.
    typeof v === "object" && v !== null && "text" in v ? (v as { text: unknown }).text : v,
  );

describe("the findings report in LibreOffice", () => {
  it("opens with every row, count and cell link the checks gave, frozen, filtered and on A4 landscape", async () => {
    const desk = join(await mkdtemp(join(tmpdir(), "hgcs-desk-")), "desk");
    await mkdir(join(desk, "sub"), { recursive: true });
    const files = {
      wrong: join(desk, "sub", "du-toan-co-loi.xlsx"),
      good: join(desk, "du-toan-chuan.xlsx"),
      thousands: join(desk, "sub", "Xã Đông Sơn (1) #2.xlsx"),
      formulaName: join(desk, "=SUM(1).xlsx"),
      corrupt: join(desk, "hong.xlsx"),
    };
    await copyFile(join(officeSheets, "du-toan-co-loi.xlsx"), files.wrong);
    await copyFile(join(officeSheets, "du-toan-chuan.xlsx"), files.good);
    await copyFile(join(officeSheets, "du-toan-nghin-dong.xlsx"), files.thousands);
    await copyFile(join(officeSheets, "chua-dien.xlsx"), files.formulaName);
    await writeFile(files.corrupt, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    const reports = await Promise.all(Object.values(files).map(checked));
    const report = join(desk, "bao-cao.xlsx");
    const written = await writeFindingsReport(reports, { path: report, force: false, locale: "vi", messages });
    expect(written.ok).toBe(true);

    const saved = await recalculate(report);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(saved);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Tổng hợp", "Chi tiết"]);
    const summary = back.getWorksheet("Tổng hợp");
    const details = back.getWorksheet("Chi tiết");

    // One summary row per file (each has one table sheet), and the corrupt file its own row saying why.
    const count = (r: CheckReport, s: Finding["severity"]) => r.findings.filter((f) => f.severity === s).length;
    reports.forEach((r, i) => {
      const row = rowValues(summary, 3 + i);
      expect(row[2]).toBe(r.file);
      if (r.error) {
        expect(row[10]).toBe(r.error.message);
        return;
      }
      const sheet = r.sheets.find((s) => s.table);
      expect(row.slice(0, 9)).toEqual([
        i + 1,
        sheet?.unit,
        r.file,
        sheet?.name,
        sheet?.table?.range,
        sheet?.totalDong,
        count(r, "error"),
        count(r, "warning"),
        count(r, "info"),
      ]);
    });
    const [wrong, good] = reports;
    expect(count(wrong as CheckReport, "error")).toBeGreaterThan(0);
    expect(count(good as CheckReport, "error")).toBe(0);
    expect(reports[4]?.error?.code).toBeDefined();
    expect(rowValues(summary, 3 + reports.length)).toEqual([]);

    // One details row per finding, in the chosen language.
    const findings = reports.reduce((n, r) => n + (r.error ? 1 : r.findings.length), 0);
    expect(rowValues(details, 2 + findings).length).toBeGreaterThan(0);
    expect(rowValues(details, 3 + findings)).toEqual([]);
    const amountRow = [...Array(findings).keys()]
      .map((i) => 3 + i)
      .find((r) => rowValues(details, r)[6] === "amount.mismatch");
    const amount = rowValues(details, amountRow ?? 0);
    expect(amount.slice(2, 6)).toEqual([files.wrong, "Dự toán", "G16", "Lỗi"]);
    expect(String(amount[7])).toContain("61.440.000");

    // Links as LibreOffice stores them: the file relative to where it saved, the cell as the location.
    const parts = unzip(await readFile(saved));
    const savedFolder = dirname(saved);
    const opened = (target: string) => resolve(savedFolder, decodeURIComponent(target));
    const fileLinks = storedLinks(parts, 1);
    expect(fileLinks.map((l) => [l.cell, opened(l.target)])).toEqual(
      reports.map((r, i) => [`C${3 + i}`, resolve(r.file)]),
    );
    const cellLinks = storedLinks(parts, 2);
    expect(cellLinks).toHaveLength(findings);
    const g16 = cellLinks.find((l) => l.cell === `E${amountRow}`);
    expect(g16 && [opened(g16.target), decodeURIComponent(g16.location ?? "")]).toEqual([files.wrong, "'Dự toán'!G16"]);
    const spaced = cellLinks.find((l) => opened(l.target) === files.thousands);
    expect(spaced?.location && decodeURIComponent(spaced.location)).toMatch(/^'Dự toán'!(A1|[A-Z]+\d+)$/);

    // A name that looks like a formula stays text.
    expect(rowValues(summary, 6)[2]).toBe(files.formulaName);
    expect(parts.get("xl/worksheets/sheet1.xml")?.toString("utf8")).not.toMatch(/<f[ >]/);

    // A headless conversion opens no view, so LibreOffice saves no panes: they are checked as written.
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.readFile(report);
    for (const ws of ours.worksheets)
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, topLeftCell: "A3" });
    for (const ws of [summary, details]) {
      expect(ws?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "2:2",
      });
    }
    expect(summary?.autoFilter).toBe(`A2:K${2 + reports.length}`);
    expect(details?.autoFilter).toBe(`A2:H${2 + findings}`);
  }, 180_000);

  it("sums up the province's folder of unit workbooks: a row per unit, the damaged file and the .xls their own rows", async () => {
    const { files } = await listWorkbooks([provinceDesk]);
    const reports = await Promise.all(files.map(checked));
    const report = join(await mkdtemp(join(tmpdir(), "hgcs-desk-")), "bao-cao.xlsx");
    expect((await writeFindingsReport(reports, { path: report, force: false, locale: "vi", messages })).ok).toBe(true);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(await recalculate(report));
    const summary = back.getWorksheet("Tổng hợp");
    const rows = files.map((_, i) => rowValues(summary, 3 + i));
    const row = (file: string) => rows.find((r) => String(r[2]).endsWith(file)) ?? [];
    expect(rows.map((r) => r[2])).toEqual(files);
    // Unit, errors, warnings: as examples/province-desk/README.md says a check must find them.
    expect([row("huyen-ngoc-lac/du-toan.xlsx")[1], (row("huyen-ngoc-lac/du-toan.xlsx")[6] as number) > 0]).toEqual([
      "PHÒNG TƯ PHÁP HUYỆN NGỌC LẶC",
      true,
    ]);
    expect(row("huyen-hoang-hoa/du-toan-tcvn3.xlsx")[1]).toBe("PHÒNG TƯ PHÁP HUYỆN HOẰNG HÓA");
    expect(row("huyen-trieu-son/du-toan.xlsx")[6]).toBe(0);
    const unfilled = row("so-tu-phap/du-toan-chua-dien.xlsx");
    expect([unfilled[6], (unfilled[7] as number) > 0]).toEqual([0, true]);
    expect(row("huyen-yen-dinh/du-toan-2024.xls")[10]).toContain("lưu lại dưới dạng .xlsx");
    expect(row("huyen-tho-xuan/du-toan-bi-hong.xlsx")[10]).toMatch(/hỏng|không phải/);
    expect(rows.some((r) => String(r[2]).includes("~$"))).toBe(false);
  }, 180_000);
});
