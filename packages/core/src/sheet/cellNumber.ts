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
  const formula = view.formula(r, c);
  const v = view.value(r, c);
  const withFormula = formula === undefined ? {} : { formula };
  if (v === null) return { kind: "blank", ...withFormula };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v, ...withFormula } : { kind: "error", error: "#NUM!" };
  if (typeof v === "object") return { kind: "error", error: v.error };
  if (typeof v === "boolean") return { kind: "text", text: String(v) };
  const text = view.text(r, c);
  // Accountants write "-" (or nothing) for "no amount".
  if (text === "" || /^[-–—]$/.test(text)) return { kind: "blank", ...withFormula };
  const parsed = parseAmountText(text);
  if (parsed.ok && Number.isFinite(parsed.value)) return { kind: "number", value: parsed.value, typedText: true, ...withFormula };
  return { kind: "text", text };
}
