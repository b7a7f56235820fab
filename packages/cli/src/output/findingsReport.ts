import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { PassThrough } from "node:stream";
import { pathToFileURL } from "node:url";
import { formatFinding, type Finding, type Locale, type Severity } from "@hgcs/core";
import { formatShortDate, makeIsoDate } from "@hgcs/core/dates";
import { groupDigits } from "@hgcs/core/money";
import { toA1 } from "@hgcs/core/sheet";
import ExcelJS from "exceljs";
import type { CliMessages } from "../messages/index.js";
import { fail, type Result } from "../problems.js";
import { interoperableExcelJs } from "../xlsx/exceljsInterop.js";
import { findingsBySheet } from "../batch/findingsBySheet.js";
import { sortFindings, type CheckReport, type CheckedSheet } from "./checkReport.js";
import { displayText } from "./displayText.js";
import { generatedKeywords } from "./generatedMarker.js";
import { refuseOutput } from "./refuseOutput.js";
import { severityCounts } from "./severityCounts.js";
import { writeOutputFile } from "./writeOutputFile.js";

export interface FindingsReportOptions {
  /** Where the report goes; links to the checked files are relative to its folder. */
  readonly path: string;
  /** Replace an existing file (never one of the checked files, even so). */
  readonly force: boolean;
  readonly locale: Locale;
  readonly messages: CliMessages;
  /** The day the titles name (default: today). */
  readonly date?: Date;
}

/** What one sheet of Excel holds; the report keeps within it (a smaller one in tests). */
export interface ReportLimits {
  /** Rows of a worksheet (Excel: 1.048.576). */
  readonly rows: number;
  /** Hyperlinks of a worksheet (Excel keeps 65.530; more and it repairs the file). */
  readonly links: number;
}

const excelLimits: ReportLimits = { rows: 1_048_576, links: 65_530 };

/**
 * `hgcs check … --report bao-cao.xlsx`: the findings of many checked workbooks as one workbook for the
 * province's desk — a summary sheet (one row per file and sheet) and a details sheet (one row per
 * finding, each linked to its cell) — written atomically, never over an existing file without force, and
 * never over a checked file.
 */
export async function writeFindingsReport(
  reports: readonly CheckReport[],
  options: FindingsReportOptions,
): Promise<Result<void>> {
  const inputs = reports.map((r) => r.file);
  // A checked workbook is a unit's submission: even --force never puts the report in its place.
  const refused = await refuseOutput(options.path, inputs, false);
  if (refused && !(refused.kind === "output.exists" && options.force)) return fail(refused);
  const bytes = await findingsReportBytes(reports, options);
  return writeOutputFile(options.path, bytes, { force: options.force, inputs });
}

const solid = (argb: string): ExcelJS.FillPattern => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const severityFills: Readonly<Record<Severity, ExcelJS.FillPattern>> = {
  error: solid("FFFFC7CE"),
  warning: solid("FFFFEB9C"),
  info: solid("FFDDEBF7"),
};
const headerFill = solid("FFD9D9D9");
const font = { name: "Times New Roman", size: 11 } as const;
const linkFont = { ...font, color: { argb: "FF0563C1" }, underline: true } as const;
const titleRow = 1;
const headerRow = 2;
const A4 = 9; // the OOXML paperSize code of A4

/**
 * The report's bytes (writeFindingsReport writes them). Rows are streamed into the package as they are
 * made, so a workbook with a million findings costs the zipped report in memory, not a million row objects.
 */
export async function findingsReportBytes(
  reports: readonly CheckReport[],
  options: Omit<FindingsReportOptions, "force">,
  limits: ReportLimits = excelLimits,
): Promise<Uint8Array> {
  interoperableExcelJs();
  const { messages, locale } = options;
  const folder = dirname(resolve(options.path));
  // English titles take the ISO day: "03/12/2026" reads as March in English.
  const day = isoDay(options.date ?? new Date());
  const date = locale === "en" ? day : formatShortDate(day);
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = "hgcs";
  Object.assign(wb, { keywords: generatedKeywords.report, title: messages.report.summarySheet });

  const rows = summaryRows(reports, messages);
  const summaryTitle = messages.report.summaryTitle({ files: groupDigits(reports.length, locale), date });
  const summary = addSheet(wb, messages.report.summarySheet, summaryColumns(messages), summaryTitle, rows.length);
  let links = 0;
  rows.forEach((row, i) => {
    const link = links < limits.links ? fileLink(folder, row.file) : undefined;
    if (link !== undefined) links++;
    addRow(
      summary,
      headerRow + 1 + i,
      [
        i + 1,
        text(row.unit),
        link === undefined ? text(row.file) : { text: text(row.file), hyperlink: link },
        text(row.sheet),
        row.range ?? null,
        row.total ?? null,
        row.counts?.error ?? null,
        row.counts?.warning ?? null,
        row.counts?.info ?? null,
        text(row.plan),
        text(row.note),
      ],
      row.worst,
    );
  });
  summary.commit();

  const all = detailRows(reports);
  const room = limits.rows - headerRow;
  const shown = all.length > room ? room - 1 : all.length;
  const detailsTitle = messages.report.detailsTitle({
    findings: groupDigits(all.filter((d) => d.finding).length, locale),
    unreadable: all.filter((d) => !d.finding).length,
    date,
  });
  const leftOut = all.length - shown;
  const details = addSheet(
    wb,
    messages.report.detailsSheet,
    detailsColumns(messages),
    detailsTitle,
    shown + (leftOut > 0 ? 1 : 0),
  );
  links = 0;
  for (let i = 0; i < shown; i++) {
    const d = all[i] as DetailRow;
    const sheetName = d.finding?.at?.sheet;
    const cell = d.finding?.at?.cell;
    const link = links < limits.links ? cellLink(folder, d.report.file, sheetName, cell) : undefined;
    if (link !== undefined) links++;
    const where = cell ?? (sheetName === undefined ? "—" : "A1");
    const severity: Severity = d.finding?.severity ?? "error";
    addRow(
      details,
      headerRow + 1 + i,
      [
        i + 1,
        text(d.sheet?.unit),
        text(d.report.file),
        text(sheetName),
        link === undefined ? text(where) : { text: text(where), hyperlink: link },
        capitalized(messages.severity[severity]),
        d.finding?.code ?? d.report.error?.code ?? null,
        text(d.finding ? formatFinding(d.finding, locale) : d.report.error?.message),
      ],
      severity,
    );
  }
  if (leftOut > 0) {
    const row = details.getRow(headerRow + 1 + shown);
    row.getCell(1).value = messages.report.leftOut({ count: groupDigits(leftOut, locale) });
    row.getCell(1).font = { ...font, italic: true };
    row.commit();
  }
  details.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

interface Column {
  readonly header: string;
  readonly width: number;
  readonly wrap?: boolean;
  readonly numFmt?: string;
}

type Headers = CliMessages["report"]["headers"];

/** The columns both sheets start with, each sheet with its own widths: the row's number, its unit, file and sheet. */
function placeColumns(h: Headers, widths: readonly [number, number, number, number]): Column[] {
  const [number, unit, file, sheet] = widths;
  return [
    { header: h.number, width: number },
    { header: h.unit, width: unit, wrap: true },
    { header: h.file, width: file, wrap: true },
    { header: h.sheet, width: sheet, wrap: true },
  ];
}

function summaryColumns(messages: CliMessages): Column[] {
  const h = messages.report.headers;
  return [
    ...placeColumns(h, [6, 30, 36, 18]),
    { header: h.range, width: 12 },
    { header: h.total, width: 18, numFmt: "#,##0" },
    { header: h.errors, width: 8 },
    { header: h.warnings, width: 10 },
    { header: h.infos, width: 10 },
    { header: h.plan, width: 22, wrap: true },
    { header: h.note, width: 50, wrap: true },
  ];
}

function detailsColumns(messages: CliMessages): Column[] {
  const h = messages.report.headers;
  return [
    ...placeColumns(h, [7, 26, 32, 16]),
    { header: h.cell, width: 9 },
    { header: h.severity, width: 11 },
    { header: h.code, width: 26 },
    { header: h.message, width: 80, wrap: true },
  ];
}

type SheetWriter = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter["addWorksheet"]>;

/** A sheet with its columns, title row and header row written, frozen below the headers, filtered over `rows`. */
function addSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: readonly Column[],
  title: string,
  rows: number,
): SheetWriter {
  const last = toA1(headerRow + Math.max(rows, 1) - 1, columns.length - 1);
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: "A3" }],
    pageSetup: {
      paperSize: A4,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  // The streaming writer writes the filter when the sheet is committed.
  ws.autoFilter = `A${headerRow}:${last}`;
  ws.columns = columns.map((c) => ({
    width: c.width,
    style: {
      font,
      alignment: { vertical: "top", ...(c.wrap ? { wrapText: true } : {}) },
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
    },
  }));
  const top = ws.getRow(titleRow);
  top.getCell(1).value = title;
  top.getCell(1).font = { ...font, size: 13, bold: true };
  top.commit();
  const header = ws.getRow(headerRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true };
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    cell.fill = headerFill;
    cell.border = { bottom: { style: "thin" } };
  });
  header.commit();
  return ws;
}

type Value = string | number | null | { text: string; hyperlink: string };

/** Writes one row (a link in the link colour), filled in its severity's colour, and sends it to the package. */
function addRow(ws: SheetWriter, r: number, values: readonly Value[], severity: Severity | undefined): void {
  const row = ws.getRow(r);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    // Strings stay strings: a name starting with "=" is written as text, never as a formula.
    if (v !== null) cell.value = v;
    if (v !== null && typeof v === "object") cell.font = linkFont;
    if (severity) cell.fill = severityFills[severity];
  });
  row.commit();
}

// A cell holds at most 32.767 characters in Excel.
const longestCell = 32_767;

/** Text from the input as a cell shows it: escaped (a control character would make the file invalid), cut to fit. */
function text(value: string): string;
function text(value: string | undefined): string | null;
function text(value: string | undefined): string | null {
  if (value === undefined) return null;
  const shown = displayText(value);
  return shown.length <= longestCell ? shown : `${shown.slice(0, longestCell - 1)}…`;
}

interface SummaryRow {
  readonly file: string;
  readonly unit?: string;
  readonly sheet?: string;
  readonly range?: string;
  readonly total?: number;
  readonly counts?: Record<Severity, number>;
  readonly plan?: string;
  readonly note?: string;
  /** The row's colour: its worst finding's severity, or error for an unreadable file. */
  readonly worst?: Severity;
}

/** One row per file and table sheet; a file with no table or that could not be read is one row saying why. */
function summaryRows(reports: readonly CheckReport[], messages: CliMessages): SummaryRow[] {
  return reports.flatMap((report): SummaryRow[] => {
    // A checked file without a plan says so, as its summary line does; a file not checked was compared with nothing.
    const planText = report.plan ?? (report.error ? undefined : messages.batch.noPlan);
    const plan = planText === undefined ? {} : { plan: planText };
    if (report.error) return [{ file: report.file, note: report.error.message, worst: "error", ...plan }];
    const tables = findingsBySheet(report);
    if (tables.length === 0) return [{ file: report.file, note: messages.report.noTable, ...plan }];
    return tables.map(({ sheet, findings }) => {
      const c = severityCounts(findings);
      const worst = (["error", "warning", "info"] as const).find((s) => c[s] > 0);
      return {
        file: report.file,
        sheet: sheet.name,
        counts: c,
        ...optional(sheet),
        ...(sheet.hidden ? { note: messages.report.hidden } : {}),
        ...(worst ? { worst } : {}),
        ...plan,
      };
    });
  });
}

function optional(sheet: CheckedSheet): Pick<SummaryRow, "unit" | "range" | "total"> {
  return {
    ...(sheet.unit === undefined ? {} : { unit: sheet.unit }),
    ...(sheet.table ? { range: sheet.table.range } : {}),
    ...(sheet.totalDong === undefined ? {} : { total: sheet.totalDong }),
  };
}

interface DetailRow {
  readonly report: CheckReport;
  readonly sheet?: CheckedSheet;
  /** Undefined: the row says why the file could not be read. */
  readonly finding?: Finding;
}

/** One row per finding, file by file in their order, each file's sheets in workbook order, cells in reading order. */
function detailRows(reports: readonly CheckReport[]): DetailRow[] {
  return reports.flatMap((report): DetailRow[] => {
    if (report.error) return [{ report }];
    const order = (f: Finding) => report.sheets.findIndex((s) => s.name === f.at?.sheet);
    return sortFindings(report.findings)
      .map((f, i) => ({ f, i, k: order(f) }))
      .sort((a, b) => a.k - b.k || a.i - b.i)
      .map(({ f }) => {
        const sheet = report.sheets.find((s) => s.name === f.at?.sheet);
        return { report, finding: f, ...(sheet ? { sheet } : {}) };
      });
  });
}

// Excel follows a hyperlink's address of up to 2.079 characters; a longer one is left out (the text stays).
const longestLink = 2_079;
// What a file's address may not hold raw: a control or format character, a space, and URI delimiters.
const unsafeInAddress = /[\p{Cc}\p{Cf}\p{Z}\s%#?"<>\\^`{|}]/gu;

/**
 * The address of a checked file as the report links to it: relative to the report's folder with "/"
 * between folders ("sub/file.xlsx"), characters a URI cannot hold percent-encoded; a file on another
 * drive by its file:// URL.
 */
export function fileLink(reportFolder: string, file: string): string | undefined {
  const absolute = resolve(file);
  const path = relative(reportFolder, absolute);
  const address = isAbsolute(path)
    ? pathToFileURL(absolute).href
    : path
        .split(sep)
        .map((part) => part.replace(unsafeInAddress, (ch) => encodeURIComponent(ch)))
        .join("/");
  return address.length <= longestLink ? address : undefined;
}

/**
 * A link to a cell of a checked file: "sub/file.xlsx#'Dự toán'!G17" (the sheet name quoted, its quotes
 * doubled; A1 for a finding about the whole sheet). A sheet name no address can carry links to the file.
 */
export function cellLink(
  reportFolder: string,
  file: string,
  sheet: string | undefined,
  cell: string | undefined,
): string | undefined {
  const address = fileLink(reportFolder, file);
  if (address === undefined || sheet === undefined || /[\p{Cc}\p{Cf}]/u.test(sheet)) return address;
  const target = `${address}#'${sheet.replace(/'/g, "''")}'!${cell ?? "A1"}`;
  return target.length <= longestLink ? target : address;
}

// "lỗi" → "Lỗi": a column's values start with a capital, as its filter lists them.
function capitalized(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}

// The local calendar day, spelt by core (empty for a date that is no calendar day).
function isoDay(date: Date): string {
  return makeIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate()) ?? "";
}
