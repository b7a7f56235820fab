import { parseDateLine } from "../dates/dateLine.js";
import { failure, success, type Result } from "../findings/result.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Grid } from "../grid/grid.js";
import { locateListTable, type ListTable } from "../table/locateListTable.js";
import { legacyFinding } from "../table/legacyFinding.js";
import { SheetView } from "../table/view.js";
import type { TypedDate } from "./checkSchedule.js";
import { parseScheduleDate } from "./scheduleDate.js";
import { scheduleRole, type ScheduleRole } from "./scheduleVocabulary.js";

/** A schedule table found in a sheet (grid coordinates). */
export type ScheduleTable = ListTable<ScheduleRole>;

const tableKind = { vi: "lịch hội nghị (cột Ngày tổ chức)", en: "conference schedule (a date column)" };

/**
 * Finds a schedule table: a header naming a date column ("Ngày tổ chức", "Thời gian", "Ngày"), found
 * the way lists are. A bare date column only counts when another schedule column (STT, Hội nghị, Địa
 * điểm, Ghi chú) stands beside it or a body cell reads as a date, so a lone "Thời gian" heading on some
 * other sheet is not taken for a schedule.
 */
export function locateScheduleTable(view: SheetView): ScheduleTable | undefined {
  const table = locateListTable<ScheduleRole>(view, scheduleRole, ["date"]);
  if (!table || namesPersons(view, table.headerRow)) return undefined;
  if (table.columns.size > 1) return table;
  const col = table.columns.get("date") as number;
  for (let r = table.bodyTop; r <= table.bodyBottom; r++) {
    // A plain number (an STT, an amount) would read as a day of 1900 or later: only one shown as a date counts.
    if (typeof view.value(r, col) === "number" && !isDateFormat(view.cell(r, col)?.numberFormat)) continue;
    if (parseScheduleDate(dateValue(view, r, col)) !== undefined) return table;
  }
  return undefined;
}

// A list of people ("Họ và tên" beside "Ngày sinh" / "Ngày nhận") is no schedule, whatever its date column.
function namesPersons(view: SheetView, headerRow: number): boolean {
  for (let c = 0; c < view.width(headerRow); c++) if (/^ho (va )?ten\b/.test(view.folded(headerRow, c))) return true;
  return false;
}

// A number format that shows a day or a year ("dd/mm/yyyy", "[$-42A]d/m/yyyy;@"); quoted text, escapes and
// [..] sections left out. "General" and "#,##0" show neither.
function isDateFormat(format: string | undefined): boolean {
  return format !== undefined && /[dy]/i.test(format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ""));
}

/** A schedule sheet as read: its table and the dates typed in it, each at its cell. */
export interface ScheduleRead {
  readonly table: ScheduleTable;
  readonly entries: readonly TypedDate[];
}

/**
 * Reads a schedule sheet's conference dates as the entries core's checkSchedule takes, each at its
 * cell: date cells as Excel serials (a date-time counts as its day), text as typed. A row with a
 * conference or place but no date is an entry too (an unreadable blank), so the check points at it.
 * The signing date line under the table ends it. Not `ok` when there is no table (`list.not_found`).
 */
export function readScheduleSheet(grid: Grid): Result<ScheduleRead> {
  const view = new SheetView(grid);
  const table = locateScheduleTable(view);
  if (!table)
    return failure([makeFinding("list.not_found", { sheet: view.sheet, kind: tableKind }, { sheet: view.sheet })]);
  const col = table.columns.get("date") as number;
  const columnsOf = (roles: readonly ScheduleRole[]) =>
    roles.map((role) => table.columns.get(role)).filter((c): c is number => c !== undefined);
  const labels = columnsOf(["conference", "place"]);
  const tableCols = [col, ...columnsOf(["number", "conference", "place"])];
  const entries: TypedDate[] = [];
  for (let r = table.bodyTop; r <= table.bodyBottom; r++) {
    if (isSigningRow(view, r, tableCols) || isNoteRow(view, r, tableCols)) break;
    const value = dateValue(view, r, col);
    if (value === "" && labels.every((c) => view.isEmpty(r, c))) continue;
    entries.push({ value, at: { sheet: view.sheet, cell: view.address(r, col) } });
  }
  // Texts in a legacy font are decoded as they are read, so the notice comes after the reading.
  const legacy = legacyFinding(view);
  return success({ table, entries }, legacy ? [legacy] : []);
}

// "Thanh Hóa, ngày 10 tháng 4 năm 2024" or a draft's "ngày … tháng 4 năm 2024" alone in the row: the
// line over the signatures, which the list finder leaves in the body and which can fall in any column.
function isSigningRow(view: SheetView, r: number, cols: readonly number[]): boolean {
  const only = loneCell(view, r, cols);
  return only !== undefined && typeof view.value(r, only) === "string" && isSigningDateLine(view.text(r, only));
}

// "Ghi chú: …", "Lưu ý: …" alone in the row, under the table: a remark, not a conference without a date.
function isNoteRow(view: SheetView, r: number, cols: readonly number[]): boolean {
  const only = loneCell(view, r, cols);
  return only !== undefined && /^(ghi chu|luu y|chu thich|chu y)\b/.test(view.folded(r, only));
}

// The column of the one filled cell among `cols` in row r, if exactly one is filled.
function loneCell(view: SheetView, r: number, cols: readonly number[]): number | undefined {
  const filled = cols.filter((c) => !view.isEmpty(r, c));
  return filled.length === 1 ? filled[0] : undefined;
}

function isSigningDateLine(text: string): boolean {
  const line = parseDateLine(text);
  return line !== undefined && (line.place !== undefined || line.date === undefined);
}

// A date cell's serial (its day when it carries a time), a formula error's text, or the cell's text.
function dateValue(view: SheetView, r: number, c: number): number | string {
  const v = view.value(r, c);
  if (typeof v === "number") return Number.isFinite(v) ? Math.floor(v) : String(v);
  if (v !== null && typeof v === "object") return v.error;
  return view.text(r, c);
}
