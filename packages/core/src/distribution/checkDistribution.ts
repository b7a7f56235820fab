import { failure, success, type Result } from "../findings/result.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Grid } from "../grid/grid.js";
import type { ListTable } from "../table/locateListTable.js";
import { openListSheet } from "../table/openListSheet.js";
import { readNumberCell, unreadableNumberFinding } from "../table/cellNumber.js";
import { matchVocabulary } from "../table/vocabulary.js";
import { foldText } from "../text/normalize.js";
import type { WeightedUnit } from "./allocate.js";

/** The columns of a distribution sheet. */
export type DistributionRole = "number" | "unit" | "count" | "sign";

const vocabulary: ReadonlyArray<readonly [string, DistributionRole]> = (
  [
    ["stt", "number"],
    ["tt", "number"],
    ["so tt", "number"],
    ["so thu tu", "number"],
    ["don vi nhan", "unit"],
    ["don vi tiep nhan", "unit"],
    ["ten don vi", "unit"],
    ["don vi", "unit"],
    ["noi nhan", "unit"],
    ["so luong", "count"],
    ["sl", "count"],
    ["so to", "count"],
    ["so ban", "count"],
    ["so cuon", "count"],
    ["ky nhan", "sign"],
    ["ky ten", "sign"],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** The role of a distribution sheet's header cell. */
export function distributionRole(folded: string): DistributionRole | undefined {
  return matchVocabulary(vocabulary, folded);
}

/** One receiving unit as read from a sheet (`cell` is its count's cell). */
export interface DistributionRow {
  readonly unit: string;
  readonly count?: number;
  readonly unitCell: string;
  readonly cell: string;
}

export interface DistributionCheckOptions {
  /** Copies to distribute (the plan's copies less those kept): the rows must add up to it. */
  readonly expected?: number;
  /** The weights list: every row's unit must be in it. */
  readonly weights?: readonly WeightedUnit[];
}

/** What checkDistributionSheet gives for a sheet whose table it found: the table and its rows. */
export interface DistributionSheet {
  readonly table: ListTable<DistributionRole>;
  readonly rows: readonly DistributionRow[];
}

const countColumn = { vi: "Số lượng", en: "Quantity" };
const tableKind = {
  vi: "bảng phân phối (Đơn vị nhận | Số lượng)",
  en: "distribution table (receiving unit | quantity)",
};

/**
 * Checks a distribution sheet: counts are whole numbers ≥ 0, no unit twice, the total row equals the
 * rows' sum, the sum equals the copies to distribute, and (with weights) every unit is a known one and
 * every weighted unit is listed. Findings point at cells; not `ok` when the sheet has no distribution table
 * (`list.not_found`); never throws.
 */
export function checkDistributionSheet(grid: Grid, given: DistributionCheckOptions = {}): Result<DistributionSheet> {
  // A thin guard: options that are not an object are a finding, never a TypeError.
  if (given === null || typeof given !== "object") {
    const checked = checkDistributionSheet(grid, {});
    const invalid = makeFinding("options.invalid", { option: "options", expected: "DistributionCheckOptions" });
    return checked.ok
      ? success(checked.value, [invalid, ...checked.findings])
      : failure([invalid, ...checked.findings]);
  }
  const options = given;
  const { view, table, findings } = openListSheet<DistributionRole>(
    grid,
    distributionRole,
    ["unit", "count"],
    tableKind,
  );
  if (!table) return failure(findings);
  const at = (r: number, c: number) => ({ sheet: view.sheet, cell: view.address(r, c) });
  const unitCol = table.columns.get("unit") as number;
  const countCol = table.columns.get("count") as number;
  const rows: DistributionRow[] = [];
  const seen = new Map<string, string>();
  let sum = 0;
  for (let r = table.bodyTop; r <= table.bodyBottom; r++) {
    const unit = view.text(r, unitCol);
    const read = readNumberCell(view, r, countCol);
    if (unit === "" && read.kind === "blank") continue;
    const cell = view.address(r, countCol);
    let count: number | undefined;
    const unreadable = unreadableNumberFinding(read, countColumn, at(r, countCol));
    if (unreadable) findings.push(unreadable);
    if (read.kind === "number") {
      if (!Number.isInteger(read.value) || read.value < 0) {
        findings.push(makeFinding("distribution.bad_count", { value: String(read.value) }, at(r, countCol)));
      } else count = read.value;
      sum += read.value;
    }
    const unitCell = view.address(r, unitCol);
    const key = foldText(unit);
    const first = seen.get(key);
    if (unit !== "" && first !== undefined)
      findings.push(makeFinding("distribution.duplicate_unit", { unit, first }, at(r, unitCol)));
    else seen.set(key, unitCell);
    rows.push({ unit, ...(count === undefined ? {} : { count }), unitCell, cell });
  }
  const totalAt = table.totalRow === undefined ? at(table.headerRow, unitCol) : at(table.totalRow, countCol);
  if (table.totalRow !== undefined) {
    const total = readNumberCell(view, table.totalRow, countCol);
    if (total.kind === "number" && total.value !== sum) {
      findings.push(makeFinding("distribution.total_mismatch", { actual: total.value, expected: sum }, totalAt));
    }
  }
  if (options.expected !== undefined && sum !== options.expected) {
    findings.push(makeFinding("distribution.sum_mismatch", { sum, expected: options.expected }, totalAt));
  }
  if (options.weights) {
    const known = new Set(options.weights.map((w) => foldText(w.unit)));
    for (const row of rows) {
      if (row.unit !== "" && !known.has(foldText(row.unit))) {
        findings.push(
          makeFinding("distribution.unknown_unit", { unit: row.unit }, { sheet: view.sheet, cell: row.unitCell }),
        );
      }
    }
    for (const w of options.weights) {
      if (!seen.has(foldText(w.unit)))
        findings.push(makeFinding("distribution.missing_unit", { unit: w.unit }, at(table.headerRow, unitCol)));
    }
  }
  return success({ table, rows }, findings);
}
