// A folder of unit workbooks as the province's desk receives them, drawn from the example plans: one in đồng, one
// in nghìn đồng, one whose line amount was typed over (an error), and a damaged file.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { estimateFromPlan, parsePlan, parsePrices, renderEstimate, type RenderOptions } from "@hgcs/core";
import { toA1 } from "@hgcs/core/sheet";
import { writeRendered } from "@hgcs/cli/xlsx";
import ExcelJS from "exceljs";
import { repoRoot } from "./fixtures.js";

const plansDir = join(repoRoot, "examples", "plans");

/** One unit workbook written, with the total its sheet states (in đồng) and the unit its title block names. */
export interface UnitWorkbook {
  readonly file: string;
  readonly unit: string;
  readonly submitted: number;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

function planAndEstimate(name: string) {
  const plan = parsePlan(readJson(join(plansDir, name, "plan.json")));
  const prices = parsePrices(readJson(join(plansDir, name, "prices.json")));
  if (!plan.ok || !prices.ok) throw new Error(`examples/plans/${name} does not parse`);
  return { plan: plan.value, estimate: estimateFromPlan(plan.value, prices.value).estimate };
}

async function writeUnit(
  path: string,
  name: string,
  options: RenderOptions,
  edit?: (ws: ExcelJS.Worksheet, amountCell: string) => void,
): Promise<number> {
  const { plan, estimate } = planAndEstimate(name);
  const rendered = renderEstimate(estimate, plan, options);
  const wb = new ExcelJS.Workbook();
  const ws = writeRendered(wb, rendered);
  const first = rendered.placement.sections[0]?.lines[0];
  if (edit && first) edit(ws, toA1(first.row, rendered.placement.columns.amount));
  await wb.xlsx.writeFile(path);
  const total = rendered.estimate.amount.declared;
  if (total === null) throw new Error(`${name}: no total drawn`);
  return total;
}

/**
 * Writes the folder: Lạng Sơn's district office in đồng, Tân An's commune in nghìn đồng, Thừa Thiên Huế's
 * department with its first line's amount typed 1.000.000 đồng over its formula (the subtotal and total cells keep
 * their figures: what the unit submitted), and `hong.xlsx`, a damaged file. Returns the three readable units.
 */
export async function writeUnitFolder(dir: string): Promise<UnitWorkbook[]> {
  await mkdir(join(dir, "xa"), { recursive: true });
  const langSon = join(dir, "lang-son.xlsx");
  const tanAn = join(dir, "xa", "tan-an.xlsx");
  const hue = join(dir, "thua-thien-hue.xlsx");
  const units = [
    {
      file: langSon,
      unit: "PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN",
      submitted: await writeUnit(langSon, "lang-son-2023", {}),
    },
    {
      file: tanAn,
      unit: "ỦY BAN NHÂN DÂN XÃ TÂN AN",
      submitted: await writeUnit(tanAn, "tan-an-2025", { scale: 1000 }),
    },
    {
      file: hue,
      unit: "SỞ TƯ PHÁP TỈNH THỪA THIÊN HUẾ",
      submitted: await writeUnit(hue, "thua-thien-hue-2024", {}, (ws, cell) => {
        const target = ws.getCell(cell);
        const result = (target.value as ExcelJS.CellFormulaValue).result;
        target.value = (typeof result === "number" ? result : 0) + 1_000_000;
      }),
    },
  ];
  await writeFile(join(dir, "hong.xlsx"), "PK\u0003\u0004 half a download");
  return units;
}

/**
 * Lạng Sơn's estimate written as a desk finds some workbooks: without its title block's agency lines (`unnamed`:
 * nothing tells its unit but its file), and with a hidden copy of its sheet (`hiddenCopy`, the copy's name — last
 * year's estimate kept for reference). Returns the total its sheet states.
 */
export async function writeDeskWorkbook(
  path: string,
  options: { unnamed?: boolean; hiddenCopy?: string } = {},
): Promise<number> {
  const { plan, estimate } = planAndEstimate("lang-son-2023");
  const rendered = renderEstimate(estimate, plan, {});
  const wb = new ExcelJS.Workbook();
  const ws = writeRendered(wb, rendered);
  if (options.unnamed) for (let r = 1; r <= 3; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).value = null;
  if (options.hiddenCopy !== undefined) {
    const sheet = options.hiddenCopy;
    const copy = writeRendered(wb, {
      ...rendered,
      grid: { ...rendered.grid, sheet },
      layout: { ...rendered.layout, sheet },
    });
    copy.state = "hidden";
  }
  await mkdir(dirname(path), { recursive: true });
  await wb.xlsx.writeFile(path);
  const total = rendered.estimate.amount.declared;
  if (total === null) throw new Error("lang-son-2023: no total drawn");
  return total;
}
