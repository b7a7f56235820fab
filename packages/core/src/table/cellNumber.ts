import type { Finding, FindingLocation, LocalizedText } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { parseAmountText } from "../money/parseAmountText.js";
import type { SheetView } from "./view.js";

/** What a numeric column's cell holds. */
export type NumberRead =
  | { readonly kind: "blank"; readonly formula?: string }
  | { readonly kind: "number"; readonly value: number; readonly formula?: string; readonly typedText?: boolean }
  | { readonly kind: "error"; readonly error: string }
  | { readonly kind: "text"; readonly text: string };

/**
 * Reads a cell of a numeric column: numbers, formulas' cached values, numbers typed as text
 * ("1.500.000", "1,2", "150.000đ") through the money parser. A formula without a cached value is blank.
 */
export function readNumberCell(view: SheetView, r: number, c: number): NumberRead {
  // Hot path (every numeric cell of every line): no spreads, one cell lookup for the common cases.
  const formula = view.formula(r, c);
  const v = view.value(r, c);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { kind: "error", error: "#NUM!" };
    return formula === undefined ? { kind: "number", value: v } : { kind: "number", value: v, formula };
  }
  if (v === null) return formula === undefined ? blank : { kind: "blank", formula };
  if (typeof v === "object") return { kind: "error", error: v.error };
  if (typeof v === "boolean") return { kind: "text", text: String(v) };
  const text = view.text(r, c);
  // Accountants write "-" (or nothing) for "no amount".
  if (text === "" || /^[-–—]$/.test(text)) return formula === undefined ? blank : { kind: "blank", formula };
  const parsed = parseAmountText(text);
  if (parsed.ok && Number.isFinite(parsed.value)) {
    return formula === undefined
      ? { kind: "number", value: parsed.value, typedText: true }
      : { kind: "number", value: parsed.value, typedText: true, formula };
  }
  return { kind: "text", text };
}

const blank: NumberRead = { kind: "blank" };

/** The finding for a numeric cell that holds an error value or unreadable text (`column` names the column); none otherwise. */
export function unreadableNumberFinding(
  read: NumberRead,
  column: LocalizedText,
  at: FindingLocation,
): Finding | undefined {
  if (read.kind === "error") return makeFinding("value.formula_error", { error: read.error }, at);
  if (read.kind === "text") return makeFinding("value.not_a_number", { text: read.text, column }, at);
  return undefined;
}
