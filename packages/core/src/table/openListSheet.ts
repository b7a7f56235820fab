import type { Finding, LocalizedText } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { Grid } from "../grid/grid.js";
import { legacyFinding } from "./legacyFinding.js";
import { SheetView } from "./view.js";
import { locateListTable, type ListTable } from "./locateListTable.js";

/**
 * The opening every list check shares: the sheet's view, its list table (or `list.not_found` naming the
 * kind of table looked for) and the legacy-text notice of the header read so far.
 */
export function openListSheet<R>(
  grid: Grid,
  roleOf: (folded: string) => R | undefined,
  required: readonly R[],
  kind: LocalizedText,
): { view: SheetView; table?: ListTable<R>; findings: Finding[] } {
  const view = new SheetView(grid);
  const table = locateListTable(view, roleOf, required);
  const legacy = legacyFinding(view);
  const findings: Finding[] = legacy ? [legacy] : [];
  if (!table) {
    findings.push(makeFinding("list.not_found", { sheet: view.sheet, kind }, { sheet: view.sheet }));
    return { view, findings };
  }
  return { view, table, findings };
}
