import { checkEstimate } from "../budget/checkEstimate.js";
import type { Estimate } from "../budget/estimate.js";
import { findingId, type Finding } from "../findings/finding.js";
import { failure, success, type Result } from "../findings/result.js";
import type { Grid } from "../grid/grid.js";
import type { NormRow } from "../norms/normRow.js";
import type { Plan } from "../plan/planSchema.js";
import type { WordsOptions } from "../words/wordsOptions.js";
import { auditLineFormulas } from "./audit/formulaAudit.js";
import { legacyFinding } from "../table/legacyFinding.js";
import { locateIn } from "./locate/locate.js";
import { readIn, type ReadResult } from "./read/read.js";
import { auditSums } from "./audit/sumAudit.js";
import type { EstimateTable } from "./table.js";
import { estimateLocator, type EstimatePlacement } from "./placement.js";
import { SheetView } from "../table/view.js";
import { checkWords } from "./audit/wordsCheck.js";
import { deepFormulaFindings } from "./formula/deepFormulas.js";
import { usableSheetOptions } from "./sheetOptions.js";
import { capDay } from "./capDay.js";

/** Options of checkSheet and fillSheet. */
export interface SheetCheckOptions {
  /** The plan the estimate implements; without it there are no quota or plan-count checks. */
  readonly plan?: Plan;
  /** The norms table (default: defaultNorms). */
  readonly norms?: readonly NormRow[];
  /**
   * The day whose caps apply (ISO). Default: the plan's document date, else 1 January of its year;
   * without a plan, the date line on the sheet ("…, ngày 20 tháng 02 năm 2024"), else the caps in force now.
   */
  readonly date?: string;
  /** Style of the words written or expected for the total. */
  readonly words?: WordsOptions;
  /** The allocated amount in đồng (default: the plan's `funding.allocatedVnd`). */
  readonly allocation?: number;
}

/**
 * What checkSheet gives for a sheet whose estimate table it found: the table, the estimate read from it, and
 * where the estimate's lines, sections, total and words sit on the sheet.
 */
export interface SheetCheck {
  readonly table: EstimateTable;
  readonly estimate: Estimate;
  readonly placement: EstimatePlacement;
}

/** What one pass over a sheet knows: the view, the table, the read estimate and every finding. */
export interface SheetAnalysis {
  readonly view: SheetView;
  readonly table?: EstimateTable;
  readonly read?: ReadResult;
  readonly findings: Finding[];
}

/**
 * Checks an estimate sheet: finds the table, reads it, and reports every finding (docs/findings.md) that
 * applies, at its cell — arithmetic, caps, quotas and plan counts (through checkEstimate), formula
 * audits, total double counting, the words line, legacy text. Not `ok` when the sheet has no estimate
 * table (the findings then say so: `table.not_found`, and the legacy-text notice). Never throws.
 */
export function checkSheet(grid: Grid, options: SheetCheckOptions = {}): Result<SheetCheck> {
  const { table, read, findings } = analyzeSheet(grid, options);
  return table && read
    ? success({ table, estimate: read.estimate, placement: read.placement }, findings)
    : failure(findings);
}

/** checkSheet's whole analysis, for fill to reuse. */
export function analyzeSheet(grid: Grid, given: SheetCheckOptions = {}): SheetAnalysis {
  const { options, findings: optionFindings } = usableSheetOptions<SheetCheckOptions>(given);
  const view = new SheetView(grid);
  const located = locateIn(view);
  const table = located.table;
  if (!table) return withLegacy(view, { view, findings: [...optionFindings, ...located.findings] });
  const read = readIn(view, table);
  const date = capDay(view, table, options);
  const findings = [
    ...optionFindings,
    ...located.findings,
    ...read.findings,
    ...checkEstimate(read.estimate, options.plan, {
      locator: estimateLocator(read.placement),
      ...(options.norms ? { norms: options.norms } : {}),
      ...(date ? { date } : {}),
      ...(options.allocation === undefined ? {} : { allocation: options.allocation }),
    }).findings,
    ...auditSums(view, table, read.layout, read.estimate),
    ...auditLineFormulas(view, table, read.layout),
    ...checkWords(view, table, read.estimate, options.words),
    ...deepFormulaFindings(view, table.headerTop, Math.max(table.bodyBottom, table.totalRow ?? 0)),
  ];
  return withLegacy(view, { view, table, read, findings: unique(findings) });
}

function withLegacy(view: SheetView, analysis: SheetAnalysis): SheetAnalysis {
  const legacy = legacyFinding(view);
  return legacy ? { ...analysis, findings: [legacy, ...analysis.findings] } : analysis;
}

function unique(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const id = findingId(f);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
