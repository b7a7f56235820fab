import type { AdjustmentKind } from "../../budget/estimate.js";
import { isFooterSumText, labelKind, type LabelKind } from "../../table/rowLabel.js";
import { adjustmentKind } from "./adjustmentLine.js";
import type { EstimateTable } from "../table.js";
import type { SheetView } from "../../table/view.js";

/** An item row (1, 2, …) and its sub-item rows (a, b, -, +). */
export interface ItemRows {
  readonly row: number;
  readonly children: readonly number[];
}

// Most items have no sub-items: they share one empty list (and get their own at their first sub-item).
const noChildren: readonly number[] = Object.freeze([]);

/** A section (I, II / A, B) by rows: its heading row (absent for a table without sections), footer and items. */
export interface SectionRows {
  readonly row?: number;
  footerRow?: number;
  readonly items: ItemRows[];
}

/** A group of sections (A over I, II): its heading row, whose amount cell adds its sections. */
export interface GroupRows {
  readonly row: number;
  readonly sections: SectionRows[];
}

/** An adjustment row below the sections: contingency, VAT, rounding. */
export interface AdjustmentRows {
  readonly row: number;
  readonly kind: AdjustmentKind;
}

/** The body of a table as rows: sections, items and sub-items, and the row holding the grand total. */
export interface BodyLayout {
  readonly sections: SectionRows[];
  /** Adjustments the total adds besides the sections, when the sheet has any. */
  readonly adjustments?: AdjustmentRows[];
  /** Letter headings over Roman sections (A: I, II; B: III), when the sheet nests them. */
  readonly groups: GroupRows[];
  readonly totalRow?: number;
}

/**
 * Splits a table's body into sections, items and sub-items by the STT labels (I/II/A/B, 1/2, a/b/-/+),
 * skipping blank rows and text-only notes. A "Cộng" footer closes its section; in a table without
 * sections it is the grand total. An adjustment (contingency, VAT, rounding) is a heading with no items of
 * its own, or a line after which only other adjustments come: it is neither a section nor an item.
 */
export function layoutBody(view: SheetView, table: EstimateTable): BodyLayout {
  const cols = table.columns;
  const sections: SectionRows[] = [];
  const groups: GroupRows[] = [];
  const adjustments: AdjustmentRows[] = [];
  // STT labels repeat down a sheet ("1", "2", … in every section): each is read once.
  const kinds = new Map<string, LabelKind>();
  const kindOf = (label: string): LabelKind => {
    let kind = kinds.get(label);
    if (kind === undefined) {
      kind = labelKind(label);
      kinds.set(label, kind);
    }
    return kind;
  };
  const nested = nestsSections(view, table, kindOf);
  let group: GroupRows | undefined;
  let current: SectionRows | undefined;
  let lastItem: { readonly row: number; children: readonly number[] } | undefined;
  let flatTotal: number | undefined;
  const numericCols = [cols.amount, ...cols.factors.map((f) => f.col)];
  if (cols.rate !== undefined) numericCols.push(cols.rate);

  for (let r = table.bodyTop; r <= table.bodyBottom; r++) {
    const label = cols.number === undefined ? "" : view.text(r, cols.number);
    const content = view.foldedStart(r, cols.content);
    if (
      isFooterSumText(content) ||
      (label !== "" && isFooterSumText(view.foldedStart(r, cols.number ?? cols.content)))
    ) {
      // A flat table's "Cộng" is its total, unless a total row stands below it: it then sums the lines.
      if (current?.row !== undefined || (current && table.totalRow !== undefined && table.totalRow > r))
        current.footerRow = r;
      else flatTotal = r;
      continue;
    }
    let kind = kindOf(label);
    const hasNumbers = anyFilled(view, r, numericCols);
    // A line is an adjustment only below a closed section, or unnumbered below items: else it is an item.
    const closed = current?.footerRow !== undefined || flatTotal !== undefined;
    if (
      kind === "section" ||
      (kind !== "subitem" && (closed || (kind === "none" && (current?.items.length ?? 0) > 0)))
    ) {
      const adjustment = adjustmentKind(view.folded(r, cols.content));
      if (
        adjustment &&
        (kind === "section" ? !itemsFollow(view, table, r, kindOf) : onlyAdjustmentsFollow(view, table, r, kindOf))
      ) {
        adjustments.push({ row: r, kind: adjustment });
        continue;
      }
    }
    if (kind === "none") {
      if (label === "" && /^[-+•]\s/.test(view.text(r, cols.content))) kind = "subitem";
      // Any content, not only one a marker can start ("I.1 | Hội nghị …" as well as "I.2 | Số hóa …").
      else if (hasNumbers || (label !== "" && view.text(r, cols.content) !== "")) kind = "item";
      else continue;
    }
    if (kind === "section" && nested && isLetter(label)) {
      group = { row: r, sections: [] };
      groups.push(group);
      current = undefined;
      continue;
    }
    if (kind === "section") {
      current = { row: r, items: [] };
      sections.push(current);
      group?.sections.push(current);
      continue;
    }
    if (!current) {
      current = { items: [] };
      sections.push(current);
      group?.sections.push(current);
    }
    const parent = current.items.length > 0 ? lastItem : undefined;
    if (kind === "subitem" && parent) {
      if (parent.children === noChildren) parent.children = [r];
      else (parent.children as number[]).push(r);
    } else {
      lastItem = { row: r, children: noChildren };
      current.items.push(lastItem);
    }
  }
  const totalRow = table.totalRow ?? (sections.every((s) => s.row === undefined) ? flatTotal : undefined);
  const layout: BodyLayout = adjustments.length > 0 ? { sections, adjustments, groups } : { sections, groups };
  return totalRow === undefined ? layout : { ...layout, totalRow };
}

/** True when an item row (1, 2, a, -) comes below a heading before the next heading or footer. */
function itemsFollow(
  view: SheetView,
  table: EstimateTable,
  heading: number,
  kindOf: (label: string) => LabelKind,
): boolean {
  const col = table.columns.number;
  for (let r = heading + 1; r <= table.bodyBottom; r++) {
    if (isFooterSumText(view.foldedStart(r, table.columns.content))) return false;
    const kind = col === undefined ? "none" : kindOf(view.text(r, col));
    if (kind === "section") return false;
    if (kind === "item" || kind === "subitem") return true;
  }
  return false;
}

/** True when every row below (to the body's end) is blank, a footer, or another adjustment. */
function onlyAdjustmentsFollow(
  view: SheetView,
  table: EstimateTable,
  row: number,
  kindOf: (label: string) => LabelKind,
): boolean {
  const col = table.columns.number;
  for (let r = row + 1; r <= table.bodyBottom; r++) {
    if (r === table.totalRow) return true;
    if (isFooterSumText(view.foldedStart(r, table.columns.content))) continue;
    const label = col === undefined ? "" : view.text(r, col);
    const content = view.text(r, table.columns.content);
    if (label === "" && content === "") continue;
    if (kindOf(label) === "section" || adjustmentKind(view.folded(r, table.columns.content)) === undefined)
      return false;
  }
  return true;
}

function anyFilled(view: SheetView, r: number, cols: readonly number[]): boolean {
  for (const c of cols) if (!view.isEmpty(r, c)) return true;
  return false;
}

const isLetter = (label: string) => /^\(?[A-HJ-UWYZĐ][.):]*$/.test(label.trim());

/** True when letter headings stand over Roman ones (A, I, II, B, III): the letters are then groups. */
function nestsSections(view: SheetView, table: EstimateTable, kindOf: (label: string) => LabelKind): boolean {
  const col = table.columns.number;
  if (col === undefined) return false;
  let letterFirst: boolean | undefined;
  let previous = "";
  for (let r = table.bodyTop; r <= table.bodyBottom; r++) {
    const label = view.text(r, col);
    if (kindOf(label) !== "section") continue;
    if (letterFirst === undefined) letterFirst = isLetter(label);
    else if (letterFirst && !isLetter(label) && !nextLetter(previous, label)) return true;
    previous = label;
  }
  return false;
}

const bareLetter = (label: string) =>
  label
    .trim()
    .replace(/[.):]+$/, "")
    .replace(/^\(/, "");

/** True when a label is the letter after the previous one: "I" after "H" is the ninth letter, not Roman one. */
function nextLetter(previous: string, label: string): boolean {
  const a = bareLetter(previous);
  const b = bareLetter(label);
  return a.length === 1 && b.length === 1 && b.charCodeAt(0) === a.charCodeAt(0) + 1;
}
