import { describeCorrupt, fileSize, groupedCount, quotedList as list, type CorruptReasonTexts } from "./format.js";
import type { ArgName } from "../problems.js";
import type { CliMessages } from "./types.js";

/** What is wrong with a damaged package, in English. */
const corruptReasons: CorruptReasonTexts = {
  no_directory: () => "the zip directory is missing — usually a download or copy cut short",
  damaged_directory: () => "the zip directory is damaged",
  damaged_entry: (where) => `part${where} is damaged`,
  truncated_entry: (where) => `part${where} is cut short — the file was not copied whole`,
  unsupported_compression: (where) => `part${where} uses a compression hgcs cannot read`,
  entry_too_large: (where) => `part${where} is too large once unpacked`,
  ends_mid_element: (where) => `part${where} stops midway`,
  no_workbook: () => "it has no workbook part (xl/workbook.xml)",
  other: (detail) => `detail: ${detail || "unknown"}`,
};

/** English, with --lang en. */
export const en: CliMessages = {
  usage: `hgcs — check, fill and draw budget-estimate workbooks for grassroots mediation (.xlsx)

Usage:
  hgcs check <file.xlsx|folder…> [--sheet NAME] [--plan plan.json] [--date YYYY-MM-DD] [--format text|json] [--quiet] [--report report.xlsx [--force]]
  hgcs fill <file.xlsx> -o <out.xlsx> [--fix all|CELL…] [--sheet NAME] [--plan plan.json] [--force]
  hgcs new --plan plan.json [--prices prices.json] -o <estimate.xlsx> [--date YYYY-MM-DD] [--force]
  hgcs consolidate <folder|file.xlsx…> -o <consolidated.xlsx> [--plan plan.json] [--date YYYY-MM-DD] [--force]
  hgcs words <number> [--le] [--ngan] [--bon] [--ti] [--chan]
  hgcs lists new --plan plan.json -o <lists.xlsx> [--date YYYY-MM-DD] [--format text|json] [--force]
  hgcs lists check <file.xlsx> --plan plan.json [--sheet NAME] [--series ID] [--rate N] [--estimate estimate.xlsx] [--format text|json]
  hgcs distribute --plan plan.json --weights weights.csv -o <distribution.xlsx> [--material ID] [--format text|json] [--force]
  hgcs distribute check <file.xlsx> [--plan plan.json] [--weights weights.csv] [--sheet NAME] [--format text|json]
  hgcs schedule --plan plan.json [--min-gap DAYS] [--series ID] [--check DATE,DATE,…] [-o <schedule.xlsx>] [--format text|json] [--force]
  hgcs schedule check <file.xlsx> --plan plan.json [--min-gap DAYS] [--series ID] [--sheet NAME] [--format text|json]

Words: --le (lẻ for linh), --ngan (ngàn for nghìn), --bon (bốn for tư), --ti (tỉ for tỷ), --chan (add "chẵn").
Output: --format text|json with check, lists, distribute and schedule (json: one JSON document on stdout — check on a folder or several files: JSON Lines —, messages in the --lang language).
Common options: --lang vi|en (message language), --help, --version.
Files over 50 MB are refused (change with the HGCS_MAX_BYTES environment variable), and so are sheets of more than 2,200,000 cells (HGCS_MAX_CELLS).
A folder or several files: one summary line per file (JSON Lines with --format json), checked in parallel across the cores (HGCS_WORKERS sets the threads); a name.plan.json beside a file applies to it, --plan only to the files of the plan's issuer.
Exit codes: 0 = no errors; 1 = the table has errors (or a file could not be checked); 2 = unusable input file or arguments; 3 = internal error.`,
  problems: {
    "file.missing": ({ file }) => `File ${file} not found.`,
    "file.not_a_file": ({ file, what }) =>
      what === "directory"
        ? `${file} is a directory, not a file.`
        : `${file} is not a regular file (a pipe, a device or another special file).`,
    "file.empty": ({ file }) => `File ${file} is empty (0 bytes).`,
    "file.too_large": ({ file, bytes, limit }) =>
      `File ${file} is too large (${fileSize(bytes, "en")}); the limit is ${fileSize(limit, "en")} (set HGCS_MAX_BYTES to change it).`,
    "file.unreadable": ({ file, detail }) => `Cannot read file ${file} (${detail}).`,
    "file.old_xls": ({ file }) =>
      `${file} is an old binary Excel file (.xls, Excel 97–2003). Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook).`,
    "file.encrypted": ({ file }) =>
      `${file} is password-protected. Remove the password in Excel (File → Info → Protect Workbook) and save it as .xlsx.`,
    "file.ole_unknown": ({ file }) =>
      `${file} is an old .xls file or a password-protected workbook. Open it in Excel, remove any password, and save it as .xlsx.`,
    "file.ods": ({ file }) => `${file} is an OpenDocument spreadsheet (.ods). Save it as .xlsx.`,
    "file.not_zip": ({ file }) => `${file} is not an .xlsx file (its content is not an Excel workbook).`,
    "file.corrupt": ({ file, reason, part, detail }) =>
      `File ${file} is damaged or not a valid .xlsx (${describeCorrupt(corruptReasons, reason, part, detail)}). Take the original again, or ask for the file to be sent again.`,
    "file.other_format": ({ file, format }) =>
      `${file} is a ${format} workbook, not .xlsx; checking several files, hgcs reads .xlsx only. Save it as .xlsx.`,
    "batch.no_workbooks": ({ inputs }) => `No workbook (.xlsx) in ${inputs.join(", ")}.`,
    "batch.check_failed": ({ file, detail }) =>
      `Checking ${file} did not finish (${detail}); the other files are still checked.`,
    "workbook.no_sheets": ({ file }) => `Workbook ${file} has no worksheets.`,
    "sheet.missing": ({ file, sheet, available }) => `${file} has no sheet “${sheet}”. Its sheets: ${list(available)}.`,
    "sheet.empty": ({ file, sheet }) => `Sheet “${sheet}” in ${file} is empty (0 rows).`,
    "sheet.out_of_range": ({ file, sheet, row, cell }) =>
      `Sheet “${sheet}” in ${file} has ${cell ? `a cell at ${cell}` : `a cell on row ${count(row ?? 0)}`}, beyond Excel's limits (1,048,576 rows × 16,384 columns): the file is damaged or was not made by Excel.`,
    "sheet.too_many_cells": ({ file, sheet, cells, limit }) =>
      `Sheet “${sheet}” in ${file} has ${count(cells)} cells, more than the ${count(limit)} hgcs reads.`,
    "fill.too_large": ({ file, sheet, cells, limit }) =>
      `Workbook ${file} has ${count(cells)} cells (most on sheet “${sheet}”); fill writes back workbooks of up to ${count(limit)} cells (hgcs check can still check it).`,
    "fill.huge_merge": ({ file, sheet, range }) =>
      `Sheet “${sheet}” in ${file} has a huge merged area ${range}; fill cannot write this workbook back (hgcs check can still check it). Unmerge that area in Excel and run fill again.`,
    "fill.bad_sheet_name": ({ file, sheet }) =>
      `The sheet name “${sheet}” in ${file} is longer than the 31 characters Excel accepts; rename the sheet and run fill again.`,
    "table.none": ({ file, sheets }) =>
      `No estimate table (a header row with “Nội dung” and “Thành tiền”) found in ${file}; sheets looked at: ${list(sheets)}.`,
    "json.invalid": ({ file, detail }) => `${file} is not valid JSON (${detail}).`,
    "plan.invalid": ({ file, problems }) => `Plan ${file} is not valid:\n  ${problems.join("\n  ")}`,
    "prices.invalid": ({ file, problems }) => `Price list ${file} is not valid:\n  ${problems.join("\n  ")}`,
    "output.exists": ({ file }) => `File ${file} already exists; not overwriting it. Add --force to overwrite.`,
    "output.is_input": ({ file }) =>
      `The output ${file} is the input file; not writing over the original. Choose another name with -o (or add --force).`,
    "output.write_failed": ({ file, detail }) => `Cannot write file ${file} (${detail}).`,
    "output.not_a_file": ({ file }) =>
      `${file} exists and is not a regular file (a directory, a pipe or a device); not writing there, even with --force.`,
    "output.macros": ({ file }) =>
      `Not writing ${file}: the written workbook cannot keep macros, so it must not be named .xlsm. Choose an .xlsx name with -o.`,
    "args.unknown_command": ({ command }) =>
      `No command “${command}”. Commands: check, fill, new, words, lists, distribute, schedule.`,
    "args.unknown_option": ({ option }) => `Unknown option ${option}.`,
    "args.missing_value": ({ option }) => `Option ${option} needs a value.`,
    "args.missing": ({ what }) => `Missing ${argNames[what]}.`,
    "args.unexpected": ({ value }) => `Unexpected argument “${value}”.`,
    "args.bad_value": ({ option, value, allowed }) =>
      `“${value}” is not a valid value for ${option} (expected: ${allowed}).`,
    "weights.invalid": ({ file, problems }) => `The weights file ${file} has errors:\n  ${problems.join("\n  ")}`,
    "sheet.no_list": ({ file, sheets, what }) =>
      what === "lists"
        ? `No delegate list (a header with “Họ và tên”) in ${file}; sheets looked at: ${list(sheets)}.`
        : what === "schedule"
          ? `No conference schedule (a “Ngày tổ chức”, “Thời gian” or “Ngày” column) in ${file}; sheets looked at: ${list(sheets)}.`
          : `No distribution table (a header with “Đơn vị nhận” and “Số lượng”) in ${file}; sheets looked at: ${list(sheets)}.`,
    "plan.no_series": ({ file, series, available }) =>
      available.length === 0
        ? `The plan ${file} has no conference series.`
        : `The plan ${file} has no conference series “${series}”. It has: ${list(available)}.`,
    "plan.no_materials": ({ file }) =>
      `The plan ${file} lists no material to distribute (its “materials” are empty); add the leaflets or booklets to the plan.`,
    "words.bad_number": ({ value }) => `“${value}” is not a whole number (e.g. 243000000 or 243.000.000).`,
  },
  severity: { error: "error", warning: "warning", info: "info" },
  stopped: (message) => `Error: ${message}`,
  internalError: (detail) =>
    `Internal error in hgcs (${detail}). Your files were not changed. Set HGCS_DEBUG=1 for details and report it to the developers.`,
  check: {
    sheetHeading: ({ sheet, hidden, range, scale }) => `Sheet “${sheet}”${hidden} — estimate table ${range}, ${scale}`,
    noTableInSheet: ({ sheet, hidden }) => `Sheet “${sheet}”${hidden}: no estimate table.`,
    hidden: " (hidden sheet)",
    clean: "no problems found.",
    summary: ({ errors, warnings, infos }) =>
      `${counted(errors, "error", "errors")}, ${counted(warnings, "warning", "warnings")}, ${infos} info.`,
    scale: ({ scale }) =>
      scale === 1000 ? "unit: thousand VND" : scale === 1_000_000 ? "unit: million VND" : "unit: VND",
  },
  batch: {
    sheetLine: ({ file, unit, sheet, total, errors, warnings, overCap, plan }) =>
      `${file} — ${unit} — sheet “${sheet}” — ${total} — ${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(overCap, "line", "lines")} over a cap — ${plan}`,
    failedLine: ({ file, message }) => `${file} — not checked: ${message}`,
    noUnit: "(unit not named)",
    noTotal: "no grand total",
    total: ({ amount }) => `${amount} VND`,
    plan: ({ file }) => `against plan ${file}`,
    noPlan: "not compared with a plan",
    totals: ({ files, clean, withErrors, unreadable, skipped }) =>
      `Looked at ${counted(files, "file", "files")}: ${clean} without errors, ${withErrors} with errors, ${unreadable} not checked.` +
      (skipped > 0 ? ` Skipped ${count(skipped)} file(s) hgcs wrote (reports, consolidations).` : ""),
    sharedPlan: ({ file, unit, count: n }) =>
      n === 0
        ? `Plan ${file} (of ${unit}) matches no unit; the files were not compared with a plan.`
        : `Plan ${file} (of ${unit}) applied to ${count(n)} file(s) of that unit; the others were checked against their own plan beside them (name.plan.json) if any, else not compared with a plan.`,
    findingsHeading: "Details:",
    reportWritten: ({ file }) => `Wrote the report ${file}.`,
  },
  fill: {
    wrote: ({ file, sheet, count }) => `Wrote ${count} cells to ${file} (sheet “${sheet}”):`,
    nothing: ({ file, sheet }) => `Sheet “${sheet}” of ${file} has nothing left to fill; no file written.`,
    format: "format",
    answers: "fixes",
    unkept: ({ file, parts }) =>
      `Note: the output ${file} does not keep the original's ${parts} (the ExcelJS library cannot write them back); the original is unchanged. To keep them, fill with the add-in in Excel.`,
    partNames: {
      charts: "charts",
      chartsheets: "chart sheets",
      pivotTables: "pivot tables",
      macros: "macros",
      slicers: "slicers/timelines",
    },
    notFixed: ({ count }) =>
      `${count} problem(s) left (fill overwrites a cell holding data only when it is named with --fix CELL or --fix all; rates and quantities are for the author to correct):`,
  },
  sheets: {
    sheetHeading: ({ sheet }) => `Sheet “${sheet}”:`,
    noTable: ({ sheet }) => `Sheet “${sheet}”: no table.`,
    notes: "Notes:",
    listsWrote: ({ file, conferences, sheets }) =>
      `Wrote ${sheets} list sheets (delegates and meal/travel support for ${conferences} conferences) to ${file}.`,
    limit: ({ limit }) => `Estimate money for meal and travel support per conference: ${limit} VND.`,
    distributeWrote: ({ file, copies, units }) =>
      `Wrote the distribution of ${copies} copies over ${units} units to ${file}.`,
    scheduleHeading: ({ series, count, window, minGap }) =>
      `Proposed dates for ${series} (${count} conferences, ${window}, first days at least ${minGap} days apart):`,
    scheduleChecked: ({ series, count, window, minGap }) =>
      `Checking the dates of ${series} (${count} conferences, ${window}, first days at least ${minGap} days apart):`,
    scheduleLine: ({ number, days, place }) =>
      `  Conference ${number}: ${days}${place === undefined ? "" : ` — ${place}`}`,
    scheduleWrote: ({ file, count }) => `Wrote the schedule of ${count} conferences to ${file}.`,
  },
  consolidate: {
    wrote: ({ file, units, total }) =>
      `Wrote the consolidated estimate of ${units} units to ${file}: total ${total} VND.`,
    unitLine: ({ unit, file, sheet, total, recomputed, errors }) =>
      `  ${unit} (${file}, sheet “${sheet}”): ${total} VND` +
      (recomputed === undefined ? "" : `, recomputed ${recomputed} VND`) +
      (errors > 0 ? ` — the sheet has ${errors} ${errors === 1 ? "error" : "errors"}, figures as submitted` : ""),
    leftOut: (message) => `Not consolidated: ${message}`,
    leftOutNote: "These files could not be consolidated (their figures are not in the table):",
    skipped: ({ file }) => `Skipped ${file}: a workbook hgcs wrote (a report or a consolidation).`,
    hiddenLeftOut: ({ file, sheet }) =>
      `Not consolidated: the hidden sheet “${sheet}” of ${file} (unhide it to add it).`,
    hiddenNote: "These hidden sheets were not consolidated (often an old copy kept for reference):",
    hiddenSheet: ({ file, sheet }) => `${file}, sheet “${sheet}”`,
  },
  create: {
    wrote: ({ file, sections, lines, total }) =>
      `Wrote the estimate to ${file}: ${sections} sections, ${lines} lines, total ${total} VND.`,
    notes: "Notes from drawing up the estimate:",
  },
  report: {
    summarySheet: "Summary",
    detailsSheet: "Details",
    summaryTitle: ({ files, date }) => `Estimate check results: ${counted(files, "file", "files")} (made on ${date})`,
    detailsTitle: ({ findings, unreadable, date }) =>
      `Findings in detail: ${counted(findings, "finding", "findings")}${unreadable > 0 ? ` and ${plural(unreadable, "file", "files")} not checked` : ""} (made on ${date})`,
    headers: {
      number: "No.",
      unit: "Unit",
      file: "File",
      sheet: "Sheet",
      range: "Table range",
      total: "Total (VND)",
      errors: "Errors",
      warnings: "Warnings",
      infos: "Infos",
      plan: "Plan compared",
      note: "Note",
      cell: "Cell",
      severity: "Severity",
      code: "Code",
      message: "Message",
    },
    noTable: "No estimate table found.",
    hidden: "Hidden sheet.",
    leftOut: ({ count }) => `… and ${count} more findings left out of the report (more than a sheet's rows).`,
  },
};

const count = (n: number) => groupedCount(n, "en");

/** "1 error", "2 errors", "1,000 errors". */
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;
// A count already formatted ("1", "1,620") with its noun.
const counted = (n: string, one: string, many: string) => `${n} ${n === "1" ? one : many}`;

const argNames: Readonly<Record<ArgName, string>> = {
  input: "the .xlsx file to read",
  output: "the output file (-o <file.xlsx>)",
  plan: "the plan file (--plan plan.json)",
  number: "the number to put into words",
  weights: "the weights file (--weights weights.csv, one “unit,weight” per line)",
  action: "what to do (new or check)",
};
