import { failure, success, type Result } from "../../findings/result.js";
import type { Scale } from "../../money/scale.js";
import type { Finding } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import type { Grid } from "../../grid/grid.js";
import { columnsFromRoles, rowRoles } from "./header.js";
import { isBodyRow, isColumnNumbersRow, isHeaderLike } from "../../table/headerRow.js";
import { isSignatureText, isTotalText, splitWordsLine } from "../../table/rowLabel.js";
import { resolveColumns } from "./resolveColumns.js";
import { captionScale } from "./scale.js";
import type { EstimateTable, TableColumns } from "../table.js";
import { scanBody, type BodyMarker } from "../../table/scanBody.js";
import { isFactorRole, type ColumnRole } from "./vocabulary.js";
import { productColumn } from "./productColumn.js";
import { legacyFinding } from "../../table/legacyFinding.js";
import { SheetView } from "../../table/view.js";

interface Candidate {
  readonly top: number;
  readonly bottom: number;
  readonly columns: TableColumns;
  readonly score: number;
}

/**
 * Finds the estimate table in a grid: its header (one or two rows, any order and wording of the
 * columns), the column-number row, the scale caption above, the body down to the total row, and the
 * words line. Never throws; not `ok` when there is no table (`table.not_found`).
 */
export function locateEstimateTable(grid: Grid): Result<EstimateTable> {
  const view = new SheetView(grid);
  const found = locateIn(view);
  const legacy = legacyFinding(view);
  const findings = legacy ? [legacy, ...found.findings] : found.findings;
  return found.table ? success(found.table, findings) : failure(findings);
}

/** locateEstimateTable over a shared view (its text caches are reused by the reader and the checks). */
export function locateIn(view: SheetView): { table?: EstimateTable; findings: Finding[] } {
  const candidates = findCandidates(view);
  if (candidates.length === 0) {
    return { findings: [makeFinding("table.not_found", { sheet: view.sheet }, { sheet: view.sheet })] };
  }
  let best = 0;
  candidates.forEach((c, i) => {
    if (c.score > (candidates[best]?.score ?? 0)) best = i;
  });
  const chosen = candidates[best] as Candidate;
  const next = candidates[best + 1];
  const table = buildTable(view, chosen, next ? next.top : view.rowCount);
  const findings: Finding[] = [];
  if (candidates.length > 1) {
    findings.push(
      makeFinding(
        "table.multiple_candidates",
        { chosen: table.headerCell, candidates: candidates.length },
        { sheet: view.sheet, cell: table.headerCell },
      ),
    );
  }
  return { table, findings };
}

function findCandidates(view: SheetView): Candidate[] {
  const out: Candidate[] = [];
  for (let r = 0; r < view.rowCount; r++) {
    if (isBodyRow(view, r)) continue;
    const roles = rowRoles(view, r);
    if (roles.size === 0) continue;
    let bottom = r;
    if (r + 1 < view.rowCount && isHeaderLike(view, r + 1)) {
      const lower = rowRoles(view, r + 1);
      if (extendsHeader(roles, lower)) {
        // A two-row header: the lower row's names ("Số lượng | Đơn giá | Thành tiền" under a merged
        // "Dự toán") take their columns; the upper row keeps the rest (STT, Nội dung merged down).
        const lowerCols = new Set(lower.values());
        for (const [role, col] of roles) if (!lowerCols.has(col) && !lower.has(role)) lower.set(role, col);
        roles.clear();
        for (const [role, col] of lower) roles.set(role, col);
        bottom = r + 1;
      }
    }
    const columns = columnsFromRoles(roles) ?? columnsWithProductAmount(view, roles, bottom);
    if (!columns) continue;
    out.push({ top: r, bottom, columns, score: roles.size });
    r = bottom;
  }
  return out;
}

/** A header with a content and a price column but no amount word: the amount is the column of their products. */
function columnsWithProductAmount(
  view: SheetView,
  roles: Map<ColumnRole, number>,
  bottom: number,
): TableColumns | undefined {
  const rate = roles.get("rate");
  if (rate === undefined || (!roles.has("content") && !roles.has("unitOrName"))) return undefined;
  const factors = [...roles].filter(([role]) => isFactorRole(role)).map(([, col]) => col);
  const amount = productColumn(view, bottom, rate, factors);
  return amount === undefined ? undefined : columnsFromRoles(new Map([...roles, ["amount", amount]]));
}

/** True when a lower row adds header names to an upper one (not just a body row repeating a word). */
function extendsHeader(upper: ReadonlyMap<ColumnRole, number>, lower: ReadonlyMap<ColumnRole, number>): boolean {
  // One name above a header is a caption ("Đơn vị tính: đồng"), not the upper half of the header.
  if (lower.size === 0 || upper.size < 2) return false;
  const upperCols = new Set(upper.values());
  for (const col of lower.values()) if (!upperCols.has(col)) return true;
  return false;
}

function buildTable(view: SheetView, c: Candidate, limit: number): EstimateTable {
  const numbersRow = c.bottom + 1 < view.rowCount && isColumnNumbersRow(view, c.bottom + 1) ? c.bottom + 1 : undefined;
  const bodyTop = (numbersRow ?? c.bottom) + 1;
  const markCols = markerColumns(c.columns);
  const { bodyBottom, totalRow, words } = scanBody(view, bodyTop, limit, (r) => rowMarker(view, r, markCols));
  // The header names candidates; the lines tell which columns multiply, price and total.
  const cols = resolveColumns(view, c.columns, { headerTop: c.top, headerBottom: c.bottom, bodyTop, bodyBottom });
  const scale = captionScale(view, c.top, [cols.amount, cols.rate]);
  const { left, right } = span(view, cols, c);
  const lastRow = Math.max(bodyBottom, totalRow ?? 0, words?.row ?? 0, c.bottom);
  return {
    sheet: view.sheet,
    range: `${view.address(c.top, left)}:${view.address(lastRow, right)}`,
    headerCell: view.address(c.top, left),
    headerTop: c.top,
    headerBottom: c.bottom,
    ...(numbersRow === undefined ? {} : { columnNumbersRow: numbersRow }),
    columns: cols,
    bodyTop,
    bodyBottom,
    ...(totalRow === undefined ? {} : { totalRow }),
    ...(words ? { words } : {}),
    scale: scale.scale as Scale,
    ...(scale.cell ? { scaleCell: scale.cell } : {}),
  };
}

/** Columns where a row's label or marker text can sit: from the first column up to the content column. */
function markerColumns(cols: TableColumns): number[] {
  const out: number[] = [];
  const from = Math.min(cols.number ?? cols.content, cols.content);
  for (let c = from; c <= cols.content; c++) out.push(c);
  return out;
}

function rowMarker(view: SheetView, r: number, cols: readonly number[]): BodyMarker {
  for (const c of cols) {
    const f = view.foldedStart(r, c);
    if (f === "") continue;
    if (isTotalText(f)) return "total";
    if (splitWordsLine(view.text(r, c))) return "words";
    if (isSignatureText(f)) return "signature";
  }
  return undefined;
}

/**
 * The table's columns from the leftmost to the rightmost it uses, then on over the header's further named
 * columns (Chứng từ, Quy cách, Đã cấp): they belong to the table even when no rule reads them.
 */
function span(view: SheetView, cols: TableColumns, header: Candidate): { left: number; right: number } {
  const all = [cols.content, cols.amount, ...cols.factors.map((f) => f.col)];
  for (const c of [cols.number, cols.unit, cols.rate, cols.note]) if (c !== undefined) all.push(c);
  let right = Math.max(...all);
  const named = (c: number) => {
    for (let r = header.top; r <= header.bottom; r++) if (view.text(r, c) !== "") return true;
    return false;
  };
  while (right + 1 < view.colCount && named(right + 1)) right++;
  return { left: Math.min(...all), right };
}
