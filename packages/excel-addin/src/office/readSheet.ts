// Reads the active sheet's used range into a core Grid in one context.sync: values, formulas, number formats,
// merged areas, fonts (legacy TCVN3/VNI text is told by its font), hidden rows/columns, and the fills that
// highlighting must later restore. Only a range Excel will not return in one piece is read in row bands.
import { type Cell, type Grid, type MergedRange } from "@hgcs/core";
import { toA1 } from "@hgcs/core/sheet";
import { cellKey, type CellFill } from "./cellFill.js";
import { supportsSet } from "./host.js";
import { blockAddress, parseAreas } from "./rangeAddress.js";

/** What one read of a sheet gives: the grid for core and the fills for highlighting. */
export interface SheetRead {
  readonly grid: Grid;
  readonly fills: ReadonlyMap<string, CellFill>;
  /** Every sheet of the workbook now (marks left on a sheet since deleted are not restored). */
  readonly sheetNames: readonly string[];
  /** The other sheets asked for (`others`), read in the same sync: values, formulas and formats only. */
  readonly otherGrids: readonly Grid[];
}

/** When a read is split: past Excel's cell limit per range read, and the cells per band then. */
export interface ReadLimits {
  /** Excel's documented limit for one range read (values come back null past it). */
  readonly maxCells: number;
  /** Cells per band of a split read, small enough for the web's 5 MB response (a heuristic). */
  readonly bandCells: number;
}

export const defaultReadLimits: ReadLimits = { maxCells: 5_000_000, bandCells: 100_000 };

const loadProps = "address,rowIndex,columnIndex,rowCount,columnCount,values,formulas,numberFormat,valueTypes";
const tooLargeCodes = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

/**
 * Reads the active sheet: one sync, everything in one batch. Only when Excel gives no values (past its cell
 * limit) or refuses the response as too large is the used range read again in row bands. `others` names
 * sheets to read in the same batch (those the caller knows of: the sheet names of an earlier read); the
 * active one among them is left out after the sync. A named sheet deleted since fails the batch, which is
 * then read again without them.
 */
export async function readActiveSheet(
  limits: ReadLimits = defaultReadLimits,
  others: readonly string[] = [],
): Promise<SheetRead> {
  try {
    return await Excel.run((context) => readUsedRange(context, limits, true, others));
  } catch (error) {
    if (others.length > 0) return readActiveSheet(limits);
    if (!tooLargeCodes.has((error as { code?: string }).code ?? "")) throw error;
    return Excel.run((context) => readUsedRange(context, limits, false, []));
  }
}

async function readUsedRange(
  context: Excel.RequestContext,
  limits: ReadLimits,
  optimistic: boolean,
  others: readonly string[],
): Promise<SheetRead> {
  const all = context.workbook.worksheets;
  all.load("items/name");
  const otherReads = queueOthers(all, others);
  const sheet = all.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
  const withProps = supportsSet("ExcelApi", "1.9");
  const band = optimistic ? queueBand(used, withProps) : undefined;
  const merges = supportsSet("ExcelApi", "1.13") ? used.getMergedAreasOrNullObject() : undefined;
  merges?.load("address");
  await context.sync();
  const sheetNames = all.items.map((s) => s.name);
  const otherGrids = otherReads.filter((o) => o.name !== sheet.name).map((o) => otherGrid(o.name, o.range, limits));
  if (used.isNullObject) return { grid: { sheet: sheet.name, rows: [] }, fills: new Map(), sheetNames, otherGrids };

  const origin = { row: used.rowIndex, col: used.columnIndex };
  const rows: (Cell | undefined)[][] = [];
  const fills = new Map<string, CellFill>();
  const collect = (b: BandLoad, firstRow: number) => addBand(b, firstRow, origin, sheet.name, rows, fills);
  if (band && used.rowCount * used.columnCount <= limits.maxCells && used.values) {
    collect(band, 0);
  } else {
    const step = Math.max(1, Math.floor(limits.bandCells / used.columnCount));
    for (let start = 0; start < used.rowCount; start += step) {
      const part = sheet.getRange(
        blockAddress(origin.row + start, origin.col, Math.min(step, used.rowCount - start), used.columnCount),
      );
      const b = queueBand(part, withProps);
      await context.sync();
      collect(b, start);
    }
  }
  const mergeList = merges && !merges.isNullObject ? toGridMerges(parseAreas(merges.address), origin) : [];
  return {
    grid: { sheet: sheet.name, rows, origin, ...(mergeList.length > 0 ? { merges: mergeList } : {}) },
    fills,
    sheetNames,
    otherGrids,
  };
}

/** Reads the named sheets' used ranges (values, formulas, formats) in one sync. */
export async function readSheets(names: readonly string[], limits: ReadLimits = defaultReadLimits): Promise<Grid[]> {
  if (names.length === 0) return [];
  return Excel.run(async (context) => {
    const reads = queueOthers(context.workbook.worksheets, names);
    await context.sync();
    return reads.map((o) => otherGrid(o.name, o.range, limits));
  });
}

function queueOthers(
  sheets: Excel.WorksheetCollection,
  names: readonly string[],
): { name: string; range: Excel.Range }[] {
  return names.map((name) => {
    const range = sheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load(`isNullObject,${loadProps}`);
    return { name, range };
  });
}

// Another sheet's used range as a grid (empty when blank, or past the read limit where values come back null).
function otherGrid(name: string, range: Excel.Range, limits: ReadLimits): Grid {
  if (range.isNullObject || !range.values || range.rowCount * range.columnCount > limits.maxCells)
    return { sheet: name, rows: [] };
  const rows: (Cell | undefined)[][] = [];
  addBand({ range }, 0, { row: range.rowIndex, col: range.columnIndex }, name, rows, new Map());
  return { sheet: name, rows, origin: { row: range.rowIndex, col: range.columnIndex } };
}

interface BandLoad {
  readonly range: Excel.Range;
  readonly props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

function queueBand(range: Excel.Range, withProps: boolean): BandLoad {
  range.load(loadProps);
  if (!withProps) return { range };
  const props = range.getCellProperties({
    format: { font: { name: true }, fill: { color: true, pattern: true } },
    hidden: true,
  });
  return { range, props };
}

function addBand(
  band: BandLoad,
  firstRow: number,
  origin: { row: number; col: number },
  sheet: string,
  rows: (Cell | undefined)[][],
  fills: Map<string, CellFill>,
): void {
  const { values, formulas, numberFormat, valueTypes } = band.range;
  const props = band.props?.value;
  values.forEach((rowValues, i) => {
    const r = firstRow + i;
    const out: (Cell | undefined)[] = [];
    rowValues.forEach((raw, c) => {
      const cp = props?.[i]?.[c];
      const p = cp?.format;
      if (p?.fill?.pattern && p.fill.pattern !== "None") {
        fills.set(cellKey({ sheet, address: toA1(origin.row + r, origin.col + c) }), {
          color: p.fill.color ?? "#FFFFFF",
          pattern: p.fill.pattern,
        });
      }
      const cell = toCell(
        raw,
        formulas[i]?.[c],
        numberFormat[i]?.[c],
        valueTypes[i]?.[c],
        p?.font?.name,
        cp?.hidden === true,
      );
      if (cell) out[c] = cell;
    });
    rows[r] = out;
  });
}

function toCell(
  raw: unknown,
  formula: unknown,
  format: unknown,
  type: Excel.RangeValueType | undefined,
  fontName: string | undefined,
  hidden: boolean,
): Cell | undefined {
  const f = typeof formula === "string" && formula.startsWith("=") ? formula.slice(1) : undefined;
  if (type === "Empty" && !f) return undefined;
  const value = type === "Error" ? { error: String(raw) } : raw === "" ? null : (raw as string | number | boolean);
  // Fonts matter only for text (legacy encodings); leaving them off numbers keeps the grid small.
  const font = typeof value === "string" ? fontName : undefined;
  return {
    value,
    ...(f ? { formula: f } : {}),
    ...(typeof format === "string" && format !== "General" ? { numberFormat: format } : {}),
    ...(font ? { font } : {}),
    ...(hidden ? { hidden: true } : {}),
  };
}

function toGridMerges(areas: readonly MergedRange[], origin: { row: number; col: number }): MergedRange[] {
  return areas.map((m) => ({
    top: m.top - origin.row,
    left: m.left - origin.col,
    bottom: m.bottom - origin.row,
    right: m.right - origin.col,
  }));
}
