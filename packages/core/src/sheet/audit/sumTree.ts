import type { BodyLayout } from "../read/bodyLayout.js";
import { subtotalRowOf } from "../read/read.js";
import type { RowSet } from "./rowRanges.js";
import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

/**
 * What a sum adds, as a tree of amount cells: groups over sections over items over sub-items. `row` is
 * the node's own amount cell when it holds something (an empty subtotal can only be covered by its parts).
 */
export interface SumNode {
  readonly kind: "group" | "section" | "adjustment" | "item" | "subitem";
  readonly row?: number;
  readonly parts: readonly SumNode[];
}

// Items and sub-items without parts (most of them) share one empty list.
const leaf: readonly SumNode[] = Object.freeze([]);
const subitem = (row: number): SumNode => ({ kind: "subitem", row, parts: leaf });

/** The top of the table's sum tree: groups, the sections outside any group, and the adjustments. */
export function sumTree(view: SheetView, table: EstimateTable, layout: BodyLayout): SumNode[] {
  const amount = table.columns.amount;
  const filled = (r: number | undefined) => (r !== undefined && !view.isEmpty(r, amount) ? { row: r } : {});
  const sectionNode = (s: BodyLayout["sections"][number]): SumNode => ({
    kind: "section",
    ...filled(subtotalRowOf(view, table, s.row, s.footerRow)),
    // A parent line's empty cell adds nothing: a sum covers it only through its sub-items.
    parts: s.items.map((i) =>
      i.children.length === 0
        ? { kind: "item", row: i.row, parts: leaf }
        : { kind: "item", ...filled(i.row), parts: i.children.map(subitem) },
    ),
  });
  const grouped = new Set(layout.groups.flatMap((g) => g.sections));
  const top: SumNode[] = layout.groups.map((g) => ({
    kind: "group",
    ...filled(g.row),
    parts: g.sections.map(sectionNode),
  }));
  for (const s of layout.sections) if (!grouped.has(s)) top.push(sectionNode(s));
  for (const a of layout.adjustments ?? []) top.push({ kind: "adjustment", ...filled(a.row), parts: leaf });
  return top;
}

/** True when the node has an amount cell somewhere: its own, or one of its parts'. A section heading with no
 * lines and no subtotal holds nothing, so no sum can leave it out. */
export function holdsAmount(node: SumNode): boolean {
  return node.row !== undefined || node.parts.some(holdsAmount);
}

/** True when the rows cover the node: its own cell, or every one of its parts. */
export function covers(rows: RowSet, node: SumNode): boolean {
  if (node.row !== undefined && rows.has(node.row)) return true;
  return node.parts.length > 0 && node.parts.every((p) => covers(rows, p));
}

/** Rows below the node (its parts and theirs) that are also in `rows`. */
export function coveredBelow(rows: RowSet, node: SumNode): number[] {
  const out: number[] = [];
  collectCovered(rows, node, out);
  return out;
}

// Into one list: a list per node (and spreading it into its parent's) cost more than the walk.
function collectCovered(rows: RowSet, node: SumNode, out: number[]): void {
  for (const p of node.parts) {
    if (p.row !== undefined && rows.has(p.row)) out.push(p.row);
    collectCovered(rows, p, out);
  }
}
