import type { Finding } from "../../findings/finding.js";
import { makeFinding } from "../../findings/makeFinding.js";
import type { SheetView } from "../../table/view.js";
import { isFormulaTooDeep, maxFormulaDepth } from "./formula.js";

/**
 * A warning at each formula of rows top..bottom nested too deeply to read (formula.too_deep): such a
 * formula is opaque to every check, so the sheet says so rather than staying silent.
 */
export function deepFormulaFindings(view: SheetView, top: number, bottom: number): Finding[] {
  const out: Finding[] = [];
  for (let r = Math.max(0, top); r <= bottom && r < view.rowCount; r++) {
    for (let c = 0; c < view.width(r); c++) {
      const formula = view.formula(r, c);
      // Each level takes at least one character: a short formula cannot be too deep.
      if (formula === undefined || formula.length <= maxFormulaDepth || !isFormulaTooDeep(formula)) continue;
      const cell = view.address(r, c);
      out.push(makeFinding("formula.too_deep", { depth: maxFormulaDepth }, { sheet: view.sheet, cell }));
    }
  }
  return out;
}
