import type { Plan } from "../../plan/planSchema.js";
import type { SheetBuilder } from "../../table/sheetBuilder.js";
import { leadSigner } from "../../plan/planSigners.js";
import { signerTitle } from "../../table/titleBlock.js";
import { wrappedHeight } from "../../table/textHeight.js";

/** Names under the three signatures; the head of unit's comes from the plan's signer. */
export interface SignatureNames {
  readonly preparer?: string;
  readonly accountant?: string;
}

/** Rows left blank for the handwritten signatures and the seal. */
const signatureSpace = 4;

/** The accounts' signature by the issuer's accountant setting: a chief accountant unless the plan says otherwise. */
const accountantTitles = { chief: "KẾ TOÁN TRƯỞNG", accountant: "KẾ TOÁN", none: undefined } as const;

/**
 * NGƯỜI LẬP BIỂU | KẾ TOÁN TRƯỞNG | GIÁM ĐỐC with their "(Ký …)" lines and names, in three blocks
 * across `count` columns (A:B, C to the fourth-last, the last three); the middle block reads KẾ TOÁN for a
 * commune's accountant and is left out for an office without one. Returns the last row used.
 */
export function drawSignatures(
  b: SheetBuilder,
  top: number,
  count: number,
  plan: Pick<Plan, "signer" | "signers" | "issuer">,
  names: SignatureNames,
  fontSize: number,
): number {
  const signer = leadSigner(plan);
  const accountant = accountantTitles[plan.issuer.accountant ?? "chief"];
  type Block = readonly [number, number, string, string, string | undefined];
  const blocks: readonly Block[] = [
    [0, 1, "NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", names.preparer],
    ...(accountant === undefined
      ? []
      : [[2, Math.max(2, count - 4), accountant, "(Ký, ghi rõ họ tên)", names.accountant] as const]),
    [Math.max(3, count - 3), count - 1, signerTitle(plan), "(Ký tên, đóng dấu)", signer.name],
  ];
  const nameRow = top + 2 + signatureSpace;
  for (const [left, right, title, hint, name] of blocks) {
    b.text(top, left, title, { bold: true, horizontal: "center", vertical: "top", wrap: true }, right);
    b.text(top + 1, left, hint, { italic: true, horizontal: "center" }, right);
    if (name) b.text(nameRow, left, name, { bold: true, horizontal: "center" }, right);
  }
  if (signer.onBehalf) b.height(top, wrappedHeight("x\nx", 10, fontSize));
  return nameRow;
}
