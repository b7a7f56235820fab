import type { Plan } from "../../plan/planSchema.js";
import type { SheetBuilder } from "../../table/sheetBuilder.js";
import { signerTitle } from "../../table/titleBlock.js";
import { wrappedHeight } from "../../table/textHeight.js";

/** Names under the three signatures; the head of unit's comes from the plan's signer. */
export interface SignatureNames {
  readonly preparer?: string;
  readonly accountant?: string;
}

/** Rows left blank for the handwritten signatures and the seal. */
const signatureSpace = 4;

/**
 * NGƯỜI LẬP BIỂU | KẾ TOÁN TRƯỞNG | GIÁM ĐỐC with their "(Ký …)" lines and names, in three blocks
 * across `count` columns (A:B, C to the fourth-last, the last three). Returns the last row used.
 */
export function drawSignatures(
  b: SheetBuilder,
  top: number,
  count: number,
  plan: Plan,
  names: SignatureNames,
  fontSize: number,
): number {
  const blocks: ReadonlyArray<readonly [number, number, string, string, string | undefined]> = [
    [0, 1, "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", names.preparer],
    [2, Math.max(2, count - 4), "KẾ TOÁN TRƯỞNG", "(Ký, ghi rõ họ tên)", names.accountant],
    [Math.max(3, count - 3), count - 1, signerTitle(plan), "(Ký tên, đóng dấu)", plan.signer.name],
  ];
  const nameRow = top + 2 + signatureSpace;
  for (const [left, right, title, hint, name] of blocks) {
    b.text(top, left, title, { bold: true, horizontal: "center", vertical: "top", wrap: true }, right);
    b.text(top + 1, left, hint, { italic: true, horizontal: "center" }, right);
    if (name) b.text(nameRow, left, name, { bold: true, horizontal: "center" }, right);
  }
  if (plan.signer.onBehalf) b.height(top, wrappedHeight("x\nx", 10, fontSize));
  return nameRow;
}
