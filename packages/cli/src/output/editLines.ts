import type { CellEdit } from "@hgcs/core";
import type { CliMessages } from "../messages/index.js";
import { displayText, widest } from "./displayText.js";

/**
 * One line per written cell, in the order core proposed them:
 *   G14  =D14*E14*F14  [#,##0]
 *   A28  "Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./."  (sửa words.mismatch)
 */
export function editLines(edits: readonly CellEdit[], messages: CliMessages): string[] {
  const width = widest(
    edits.map((e) => e.address.length),
    4,
  );
  const shown = edits.map((e) =>
    e.formula !== undefined
      ? e.formula
      : e.value === undefined
        ? ""
        : typeof e.value === "string"
          ? `"${displayText(e.value)}"`
          : String(e.value),
  );
  // Formulas are short; pad them into a column so the formats line up (long texts just run on).
  const whatWidth = widest(shown.filter((w) => w.length <= 40).map((w) => w.length));
  return edits.map((e, i) => {
    const what = (shown[i] ?? "").padEnd(whatWidth);
    const format = e.numberFormat !== undefined ? `  [${messages.fill.format} ${e.numberFormat}]` : "";
    const answers =
      e.answers !== undefined ? `  (${messages.fill.answers} ${e.answers.split("@")[0] ?? e.answers})` : "";
    return `  ${e.address.padEnd(width)}  ${what}${format}${answers}`.trimEnd();
  });
}
