// The golden run: what core does with every sheet of the repository's own examples, recorded through the
// public API of @hgcs/core in a format of our own (so a change of core's result shapes or module layout
// leaves golden.json as it is, while any change of behaviour shows in it). golden.test.ts recomputes it and
// compares; update.ts writes it anew (`pnpm golden:update`). Deterministic: a fixed check date, no clock.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  checkConferenceList,
  checkDistributionSheet,
  checkEstimate,
  checkScheduleSheet,
  checkSheet,
  conferenceLists,
  detectSheetKind,
  distributeMaterial,
  estimateFromPlan,
  fillSheet,
  formatFinding,
  parsePlan,
  parsePrices,
  proposeSchedule,
  renderDistribution,
  renderEstimate,
  renderSchedule,
  validatePlan,
  type CellEdit,
  type Estimate,
  type EstimateTable,
  type Finding,
  type Grid,
  type Plan,
  type Result,
  type SheetFill,
  type SheetKindResult,
} from "@hgcs/core";
import { lineClass, type EstimateLine } from "@hgcs/core/budget";
import { copiesToShare, parseWeightsCsv } from "@hgcs/core/distribution";
import { type ConferenceSeries } from "@hgcs/core/plan";
import { placementCell, toA1, type EstimatePlacement, type LinePlacement } from "@hgcs/core/sheet";
import { worksheetToGrid } from "@hgcs/cli/xlsx";
import ExcelJS from "exceljs";
import { largeSheet } from "../../packages/core/src/sheet/testing/largeSheet.js";

/** A JSON value as golden.json holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The day whose caps apply, given to every call that takes one (never the clock). */
export const checkDate = "2024-06-01";
/** Lines of core's generated large sheet (packages/core/src/sheet/testing/largeSheet.ts). */
export const largeSheetLines = 200;

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** Where the golden record lives. */
export const goldenFile = fileURLToPath(new URL("./golden.json", import.meta.url));

const officeDir = "examples/office-sheets";
const exampleDir = "examples/thanh-hoa-2024";
const weightsFile = "tests/golden/weights.csv";

const readText = (path: string) => readFileSync(`${repoRoot}${path}`, "utf8");
const readJson = (path: string): unknown => JSON.parse(readText(path));

// ─── records ────────────────────────────────────────────────────────────────────────────────────────────

/** A finding: code, severity, where, its parameters and both messages. */
function finding(f: Finding): Json {
  return canonical({
    code: f.code,
    severity: f.severity,
    sheet: f.at?.sheet,
    cell: f.at?.cell,
    path: f.at?.path,
    params: f.params,
    vi: formatFinding(f, "vi"),
    en: formatFinding(f, "en"),
  });
}
const findings = (list: readonly Finding[]): Json => list.map(finding);

/** An edit fill proposes, one line: "Dự toán!G15 ← =D15*E15*F15 | value 6000000 | format #,##0 | answers …". */
function edit(e: CellEdit): string {
  const what = [
    ...(e.formula === undefined ? [] : [e.formula]),
    ...(e.value === undefined ? [] : [`value ${JSON.stringify(e.value)}`]),
    ...(e.numberFormat === undefined ? [] : [`format ${e.numberFormat}`]),
    ...(e.font === undefined ? [] : [`font ${e.font}`]),
    ...(e.answers === undefined ? [] : [`answers ${e.answers}`]),
  ];
  return `${e.sheet}!${e.address} ← ${what.join(" | ")}`;
}

/** 1-based sheet row of a 0-based grid row. */
const sheetRow = (grid: Grid, r: number) => r + (grid.origin?.row ?? 0) + 1;
/** A1 address on the sheet of a 0-based grid cell. */
const sheetCell = (grid: Grid, r: number, c: number) => toA1(r + (grid.origin?.row ?? 0), c + (grid.origin?.col ?? 0));
const sheetColumn = (grid: Grid, c: number) => sheetCell(grid, 0, c).replace(/\d+$/, "");

/** Where an estimate table was found: its range, header, columns by role, body, total and words. */
function estimateTable(grid: Grid, t: EstimateTable): Json {
  const col = (c: number | undefined) => (c === undefined ? undefined : sheetColumn(grid, c));
  return canonical({
    range: t.range,
    headerCell: t.headerCell,
    headerRows: [sheetRow(grid, t.headerTop), sheetRow(grid, t.headerBottom)],
    columnNumbersRow: t.columnNumbersRow === undefined ? undefined : sheetRow(grid, t.columnNumbersRow),
    columns: {
      number: col(t.columns.number),
      content: col(t.columns.content),
      unit: col(t.columns.unit),
      factors: t.columns.factors.map((f) => `${col(f.col)} ${f.kind}`),
      rate: col(t.columns.rate),
      amount: col(t.columns.amount),
      note: col(t.columns.note),
    },
    bodyRows: [sheetRow(grid, t.bodyTop), sheetRow(grid, t.bodyBottom)],
    totalRow: t.totalRow === undefined ? undefined : sheetRow(grid, t.totalRow),
    words: t.words && { cell: sheetCell(grid, t.words.row, t.words.col), labelOnly: t.words.labelOnly },
    scale: t.scale,
    scaleCell: t.scaleCell,
  });
}

/** A list, distribution or schedule table: header row, columns by role, body rows, total row, words. */
interface AnyListTable {
  readonly headerRow: number;
  readonly columns: ReadonlyMap<string, number>;
  readonly bodyTop: number;
  readonly bodyBottom: number;
  readonly totalRow?: number;
  readonly words?: { readonly row: number; readonly col: number; readonly labelOnly: boolean };
}
function listTable(grid: Grid, t: AnyListTable): Json {
  return canonical({
    headerRow: sheetRow(grid, t.headerRow),
    columns: Object.fromEntries([...t.columns].map(([role, c]) => [role, sheetColumn(grid, c)])),
    bodyRows: [sheetRow(grid, t.bodyTop), sheetRow(grid, t.bodyBottom)],
    totalRow: t.totalRow === undefined ? undefined : sheetRow(grid, t.totalRow),
    words: t.words && { cell: sheetCell(grid, t.words.row, t.words.col), labelOnly: t.words.labelOnly },
  });
}

/** What detectSheetKind tells of the sheet (an estimate's table is recorded with its check). */
function detected(grid: Grid, d: SheetKindResult): Json {
  switch (d.kind) {
    case "estimate":
      return canonical({ kind: d.kind, range: d.table.range });
    case "conference-list":
      return canonical({ kind: d.kind, list: d.list, table: listTable(grid, d.table) });
    case "distribution":
    case "schedule":
      return canonical({ kind: d.kind, table: listTable(grid, d.table) });
    case "unknown":
      return canonical({ kind: d.kind });
  }
}

/**
 * An estimate line as read or drawn, one line of text with each part at its cell: "row 15 | A15 1 | B15 Thuê
 * hội trường | C15 hội nghị | D15 quantity 6 × E15 days 1 | F15 rate 6000000 | G15 amount 36000000 | H15 note …
 * | class hall" (values JSON-quoted where null or text could be told apart), its sub-items after it, indented.
 * Cells come from the placement, when the estimate has one; amounts are the ones written (declared).
 */
function lineTexts(
  l: EstimateLine,
  where: EstimatePlacement | undefined,
  place: LinePlacement | undefined,
  depth = 0,
): string[] {
  const cellOf = (col: number | undefined) =>
    where === undefined || place === undefined || col === undefined ? undefined : placementCell(where, place.row, col);
  const columns = where?.columns;
  const factorCol = (kind: string) => {
    let col: number | undefined;
    for (const f of columns?.factors ?? []) if (f.kind === kind) col = f.col;
    return col;
  };
  const at = (cell: string | undefined, text: string) => (cell === undefined ? text : `${cell} ${text}`);
  const cls = lineClass(l);
  const parts = [
    ...(where === undefined || place === undefined ? [] : [`row ${place.row + where.origin.row + 1}`]),
    ...(l.number === undefined ? [] : [at(cellOf(columns?.number), l.number)]),
    at(cellOf(columns?.content), l.content),
    ...(l.unit === undefined ? [] : [at(cellOf(columns?.unit), l.unit)]),
    l.factors.length === 0
      ? "no factors"
      : l.factors.map((f) => at(cellOf(factorCol(f.kind)), `${f.kind} ${JSON.stringify(f.value)}`)).join(" × "),
    at(cellOf(columns?.rate), `rate ${JSON.stringify(l.rate)}`),
    at(cellOf(columns?.amount), `amount ${JSON.stringify(l.amount.declared)}`),
    ...(l.note === undefined ? [] : [at(cellOf(columns?.note), `note ${l.note}`)]),
    ...(l.kind === undefined ? [] : [`kind ${l.kind}`]),
    ...(l.normId === undefined ? [] : [`norm ${l.normId}`]),
    ...(l.quotaGroup === undefined ? [] : [`group ${l.quotaGroup}`]),
    ...(l.planRef?.conferenceSeries === undefined ? [] : [`series ${l.planRef.conferenceSeries}`]),
    ...(l.planRef?.material === undefined ? [] : [`material ${l.planRef.material}`]),
    `class ${[cls.kind ?? "-", cls.normId ?? "-", cls.quotaBasis ?? "-"].join(" / ")}`,
  ];
  return [
    `${"  ".repeat(depth)}${parts.join(" | ")}`,
    ...(l.children ?? []).flatMap((k, i) => lineTexts(k, where, place?.children[i], depth + 1)),
  ];
}

/**
 * An estimate: scale, sections with their lines and subtotals, total and words, with their cells (from the
 * placement; an estimate with none, built from a plan, is in đồng).
 */
function estimate(e: Estimate, where?: EstimatePlacement): Json {
  const cell = (row: number | undefined, col: number | undefined) =>
    where === undefined || row === undefined || col === undefined ? undefined : placementCell(where, row, col);
  return canonical({
    title: e.title,
    scale: where?.scale ?? 1,
    sections: e.sections.map((s, i) => {
      const place = where?.sections[i];
      return {
        number: s.number,
        title: s.title,
        subtotal: s.amount.declared,
        cells:
          where === undefined
            ? undefined
            : {
                row: place?.row === undefined ? undefined : place.row + where.origin.row + 1,
                title: cell(place?.row, where.columns.content),
                subtotal: cell(place?.amountRow, where.columns.amount),
              },
        lines: s.lines.flatMap((l, j) => lineTexts(l, where, place?.lines[j])),
      };
    }),
    total: e.amount.declared,
    words: e.words,
    cells:
      where === undefined
        ? undefined
        : { total: cell(where.totalRow, where.columns.amount), words: cell(where.words?.row, where.words?.col) },
  });
}

/** Every non-empty cell of a grid, one line each ("G15 =D15*E15*F15 → 6000000 [#,##0] {Times New Roman}"). */
function cellLines(grid: Grid): string[] {
  const out: string[] = [];
  grid.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const empty = (cell.value === null || cell.value === "") && cell.formula === undefined;
      if (empty && cell.numberFormat === undefined && cell.font === undefined && !cell.hidden) return;
      const parts = [sheetCell(grid, r, c)];
      if (cell.formula !== undefined) parts.push(`=${cell.formula} →`);
      parts.push(JSON.stringify(cell.value));
      if (cell.numberFormat !== undefined) parts.push(`[${cell.numberFormat}]`);
      if (cell.font !== undefined) parts.push(`{${cell.font}}`);
      if (cell.hidden) parts.push("(hidden)");
      out.push(parts.join(" "));
    }),
  );
  for (const m of grid.merges ?? [])
    out.push(`merge ${sheetCell(grid, m.top, m.left)}:${sheetCell(grid, m.bottom, m.right)}`);
  return out;
}

/** The sheet as given to core: its name, size and a digest of its cells (cellLines) and merges. */
function gridSummary(grid: Grid): Json {
  const lines = cellLines(grid);
  return {
    sheet: grid.sheet,
    rows: grid.rows.length,
    cells: lines.filter((l) => !l.startsWith("merge ")).length,
    merges: grid.merges?.length ?? 0,
    sha256: createHash("sha256").update(lines.join("\n"), "utf8").digest("hex"),
  };
}

// ─── checks per kind ────────────────────────────────────────────────────────────────────────────────────

const finalId = (f: Finding) => `${f.severity} ${f.code}@${f.at?.sheet ?? ""}!${f.at?.cell ?? f.at?.path ?? ""}`;

/** An estimate sheet: kind, table, read estimate, findings (fixed date; and at the default date, as ids), fill. */
function estimateSheetRecord(source: string, grid: Grid, plan: Plan | undefined): Json {
  const withPlan = plan ? { plan } : {};
  const checked = checkSheet(grid, { ...withPlan, date: checkDate });
  const atDefaultDate = checkSheet(grid, withPlan);
  return canonical({
    source,
    grid: gridSummary(grid),
    detected: detected(grid, detectSheetKind(grid)),
    check: {
      call: `checkSheet(grid, { ${plan ? "plan, " : ""}date: "${checkDate}" })`,
      table: checked.ok ? estimateTable(grid, checked.value.table) : undefined,
      estimate: checked.ok ? estimate(checked.value.estimate, checked.value.placement) : undefined,
      findings: findings(checked.findings),
    },
    checkAtDefaultDate: {
      call: `checkSheet(grid${plan ? ", { plan }" : ""})`,
      findings: atDefaultDate.findings.map(finalId),
    },
    fill: {
      call: `fillSheet(grid, { ${plan ? "plan, " : ""}date: "${checkDate}" })`,
      edits: fillEdits(fillSheet(grid, { ...withPlan, date: checkDate })),
    },
    fillFixAll: {
      call: `fillSheet(grid, { ${plan ? "plan, " : ""}date: "${checkDate}", fix: "all" })`,
      edits: fillEdits(fillSheet(grid, { ...withPlan, date: checkDate, fix: "all" })),
    },
  });
}

/** Fill's edits (none when it found no table). */
const fillEdits = (result: Result<SheetFill>): Json => (result.ok ? result.value.edits.map(edit) : []);

/** A delegate or support list checked against a conference series of the plan. */
function listSheetRecord(source: string, grid: Grid, plan: Plan, series: ConferenceSeries): Json {
  const checked = checkConferenceList(grid, plan, series, { date: checkDate });
  const persons = checked.ok ? checked.value.persons : [];
  return canonical({
    source,
    grid: gridSummary(grid),
    detected: detected(grid, detectSheetKind(grid)),
    check: {
      call: `checkConferenceList(grid, plan, series "${series.id}", { date: "${checkDate}" })`,
      persons: persons.map((p) =>
        [`row ${sheetRow(grid, p.row)}`, p.name, p.position, p.group?.id ?? "-", p.days ?? "-", p.amount ?? "-"].join(
          " | ",
        ),
      ),
      findings: findings(checked.findings),
    },
  });
}

/** A distribution sheet checked for the copies it must share out (and the weights, when given). */
function distributionSheetRecord(
  source: string,
  grid: Grid,
  options: { expected?: number; weights?: readonly { unit: string; weight: number }[] },
): Json {
  const checked = checkDistributionSheet(grid, options);
  const rows = checked.ok ? checked.value.rows : [];
  const given = [
    ...(options.expected === undefined ? [] : [`expected: ${options.expected}`]),
    ...(options.weights ? ["weights"] : []),
  ];
  return canonical({
    source,
    grid: gridSummary(grid),
    detected: detected(grid, detectSheetKind(grid)),
    check: {
      call: `checkDistributionSheet(grid, { ${given.join(", ")} })`,
      rows: rows.map((r) => `${r.unitCell} ${r.unit} | ${r.cell} ${r.count ?? "-"}`),
      findings: findings(checked.findings),
    },
  });
}

/** A schedule sheet checked against a conference series. */
function scheduleSheetRecord(source: string, grid: Grid, series: ConferenceSeries): Json {
  const checked = checkScheduleSheet(grid, series);
  return canonical({
    source,
    grid: gridSummary(grid),
    detected: detected(grid, detectSheetKind(grid)),
    check: {
      call: `checkScheduleSheet(grid, series "${series.id}")`,
      table: checked.ok ? listTable(grid, checked.value.table) : undefined,
      dates: checked.ok ? checked.value.dates.map((d) => d ?? null) : [],
      findings: findings(checked.findings),
    },
  });
}

// ─── inputs ─────────────────────────────────────────────────────────────────────────────────────────────

/** One entry of examples/office-sheets/expected.json, as far as the golden run reads it. */
interface OfficeEntry {
  readonly file: string;
  readonly sheet: string;
  readonly kind: "estimate" | "delegates" | "support" | "distribution" | "schedule";
  readonly plan?: string;
  readonly series?: string;
  readonly expectedCopies?: number;
}

function parsedPlan(path: string): Plan {
  const parsed = parsePlan(readJson(path));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.findings.map((f) => f.code).join(", ")}`);
  return parsed.value;
}

function seriesOf(plan: Plan, id: string | undefined, where: string): ConferenceSeries {
  const series = id === undefined ? plan.conferences[0] : plan.conferences.find((s) => s.id === id);
  if (!series) throw new Error(`${where}: the plan has no conference series ${id ?? "(first)"}`);
  return series;
}

async function readSheet(path: string, sheet: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(`${repoRoot}${path}`);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
  return worksheetToGrid(ws);
}

/** Every workbook of examples/office-sheets, checked as its kind in expected.json says. */
async function officeSheetRecords(): Promise<Record<string, Json>> {
  const entries = readJson(`${officeDir}/expected.json`) as OfficeEntry[];
  const out: Record<string, Json> = {};
  for (const e of entries) {
    const path = `${officeDir}/${e.file}`;
    const source = `${path}, sheet "${e.sheet}" (${e.kind}${e.plan ? `, plan ${e.plan}` : ""})`;
    const grid = await readSheet(path, e.sheet);
    const plan = e.plan === undefined ? undefined : parsedPlan(e.plan);
    const name = `${path}#${e.sheet}`;
    switch (e.kind) {
      case "estimate":
        out[name] = estimateSheetRecord(source, grid, plan);
        break;
      case "delegates":
      case "support":
        if (!plan) throw new Error(`${path}: a list is checked against a plan`);
        out[name] = listSheetRecord(source, grid, plan, seriesOf(plan, e.series, path));
        break;
      case "distribution":
        out[name] = distributionSheetRecord(
          source,
          grid,
          e.expectedCopies === undefined ? {} : { expected: e.expectedCopies },
        );
        break;
      case "schedule":
        if (!plan) throw new Error(`${path}: a schedule is checked against a plan`);
        out[name] = scheduleSheetRecord(source, grid, seriesOf(plan, e.series, path));
        break;
    }
  }
  // A workbook expected.json does not list yet is still recorded: each sheet as core tells its kind.
  const listed = new Set(entries.map((e) => e.file));
  for (const file of readdirSync(`${repoRoot}${officeDir}`)
    .filter((f) => f.endsWith(".xlsx") && !listed.has(f))
    .sort()) {
    const path = `${officeDir}/${file}`;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(`${repoRoot}${path}`);
    for (const ws of wb.worksheets) {
      const grid = worksheetToGrid(ws);
      const source = `${path}, sheet "${ws.name}" (not in expected.json: checked as detected, without a plan)`;
      const kind = detectSheetKind(grid);
      out[`${path}#${ws.name}`] =
        kind.kind === "estimate"
          ? estimateSheetRecord(source, grid, undefined)
          : canonical({ source, grid: gridSummary(grid), detected: detected(grid, kind) });
    }
  }
  return out;
}

/** The example plan itself: parsePlan and validatePlan findings, the prices, and the estimate drawn from them. */
function planRecords(plan: Plan): Record<string, Json> {
  const planPath = `${exampleDir}/plan.json`;
  const pricesPath = `${exampleDir}/prices.json`;
  const parsedPrices = parsePrices(readJson(pricesPath));
  if (!parsedPrices.ok) throw new Error(`${pricesPath}: ${parsedPrices.findings.map((f) => f.code).join(", ")}`);
  const built = estimateFromPlan(plan, parsedPrices.value, { date: checkDate });
  const rendered = renderEstimate(built.estimate, plan);
  const newSource = `hgcs new: renderEstimate(estimateFromPlan(${planPath}, ${pricesPath}, { date: "${checkDate}" }).estimate, plan).grid`;
  return {
    [planPath]: canonical({
      source: planPath,
      parsePlan: findings(parsePlan(readJson(planPath)).findings),
      validatePlan: findings(validatePlan(plan).findings),
    }),
    [pricesPath]: canonical({ source: pricesPath, parsePrices: findings(parsedPrices.findings) }),
    [`${exampleDir}/estimate (estimateFromPlan)`]: canonical({
      source: `estimateFromPlan(${planPath}, ${pricesPath}, { date: "${checkDate}" })`,
      estimateFromPlan: { estimate: estimate(built.estimate), findings: findings(built.findings) },
      checkEstimate: {
        call: `checkEstimate(estimate, plan, { date: "${checkDate}" })`,
        findings: findings(checkEstimate(built.estimate, plan, { date: checkDate }).findings),
      },
      rendered: { estimate: estimate(rendered.estimate, rendered.placement), cells: cellLines(rendered.grid) },
    }),
    [`${exampleDir}/new (renderEstimate)`]: estimateSheetRecord(newSource, rendered.grid, plan),
  };
}

/** The blank delegate and support lists of every conference of the plan, each checked against its series. */
function blankListRecords(plan: Plan): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const l of conferenceLists(plan, { date: checkDate })) {
    const series = seriesOf(plan, l.seriesId, "conferenceLists");
    for (const sheet of [l.delegates, l.support]) {
      const source = `conferenceLists(${exampleDir}/plan.json, { date: "${checkDate}" }): series "${l.seriesId}", conference ${l.number}, sheet "${sheet.grid.sheet}"`;
      out[`${exampleDir}/lists#${sheet.grid.sheet}`] = listSheetRecord(source, sheet.grid, plan, series);
    }
  }
  return out;
}

/** The plan's leaflet shared over tests/golden/weights.csv, drawn and checked. */
function distributionRecords(plan: Plan): Record<string, Json> {
  const weights = parseWeightsCsv(readText(weightsFile));
  const share = copiesToShare(plan);
  const distributed = distributeMaterial(plan, weights.rows);
  const name = `${exampleDir}/distribution (${weightsFile})`;
  if (!distributed.ok) {
    return { [name]: canonical({ weights: findings(weights.findings), distribute: findings(distributed.findings) }) };
  }
  const { share: shared, allocations } = distributed.value;
  const rendered = renderDistribution(plan, shared, allocations);
  const source = `renderDistribution(plan, distributeMaterial(${exampleDir}/plan.json, parseWeightsCsv(${weightsFile})))`;
  const sheet = distributionSheetRecord(source, rendered.grid, {
    expected: shared.toShare,
    weights: weights.rows,
  }) as { [key: string]: Json };
  return {
    [name]: canonical({
      ...sheet,
      parseWeightsCsv: {
        rows: weights.rows.map((w) => `line ${w.line}: ${w.unit} | ${w.weight}`),
        findings: findings(weights.findings),
      },
      copiesToShare: {
        share: share.ok
          ? {
              material: share.value.material.id,
              index: share.value.index,
              copies: share.value.copies,
              kept: share.value.kept,
              toShare: share.value.toShare,
            }
          : undefined,
        findings: findings(share.findings),
      },
      distributeMaterial: {
        allocations: allocations.map((a) => `${a.unit} | weight ${a.weight} | ${a.count}`),
        findings: findings(distributed.findings),
      },
      cells: cellLines(rendered.grid),
    }),
  };
}

/** The schedule proposed for every conference series of the plan, drawn and checked. */
function scheduleRecords(plan: Plan): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const series of plan.conferences) {
    const proposed = proposeSchedule(series);
    const rendered = renderSchedule(plan, { series, conferences: proposed.conferences });
    const source = `renderSchedule(plan, proposeSchedule(${exampleDir}/plan.json series "${series.id}"))`;
    const sheet = scheduleSheetRecord(source, rendered.grid, series) as { [key: string]: Json };
    out[`${exampleDir}/schedule#${series.id}`] = canonical({
      ...sheet,
      proposeSchedule: {
        conferences: proposed.conferences.map((c) => `${c.number}: ${c.days.join(", ")}`),
        findings: findings(proposed.findings),
      },
      cells: cellLines(rendered.grid),
    });
  }
  return out;
}

/** core's generated large estimate sheet (the benchmarks' and property tests'), at a small size. */
function largeSheetRecords(): Record<string, Json> {
  const source = `largeSheet(${largeSheetLines}) from packages/core/src/sheet/testing/largeSheet.ts, checked without a plan`;
  return {
    [`core/largeSheet(${largeSheetLines})`]: estimateSheetRecord(source, largeSheet(largeSheetLines), undefined),
  };
}

/** The whole golden record: every input by name, in canonical form (sorted keys, JSON values only). */
export async function recordGolden(): Promise<{ [key: string]: Json }> {
  const plan = parsedPlan(`${exampleDir}/plan.json`);
  const inputs = {
    ...(await officeSheetRecords()),
    ...planRecords(plan),
    ...blankListRecords(plan),
    ...distributionRecords(plan),
    ...scheduleRecords(plan),
    ...largeSheetRecords(),
  };
  return canonical({
    about:
      "Golden run of @hgcs/core over the repository's own example sheets (tests/golden/README.md). Written by `pnpm golden:update`; never edit by hand.",
    checkDate,
    inputs,
  }) as { [key: string]: Json };
}

/** golden.json's text before formatting: canonical JSON, two-space indent, final newline. */
export function goldenText(golden: Json): string {
  return `${JSON.stringify(canonical(golden), null, 2)}\n`;
}

/**
 * A value as JSON holds it, keys sorted at every level so the order core builds objects in does not matter:
 * undefined properties dropped, -0 as 0, a non-finite number as its name, bigint as its digits.
 */
export function canonical(value: unknown): Json {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : String(value);
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonical(v)));
  if (value instanceof Map) return canonical(Object.fromEntries(value));
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  throw new Error(`golden: cannot record a ${typeof value}`);
}
