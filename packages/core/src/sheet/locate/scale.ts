import type { Scale } from "../../money/scale.js";
import { scaleFromCaption } from "../../money/scaleFromCaption.js";
import type { SheetView } from "../../table/view.js";

const captionRows = 8;

/**
 * The table's money unit from the caption above its header ("Đơn vị tính: đồng" / "nghìn đồng" /
 * "1.000 đồng"), else from the money columns' own headers ("Thành tiền (nghìn đồng)"); 1 by default.
 */
export function captionScale(
  view: SheetView,
  headerTop: number,
  headerCols: readonly (number | undefined)[],
): { scale: Scale; cell?: string } {
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - captionRows); r--) {
    for (let c = 0; c < view.width(r); c++) {
      const found = scaleOf(view, r, c);
      if (found) return found;
    }
  }
  for (const c of headerCols) {
    const found = c === undefined ? undefined : scaleOf(view, headerTop, c);
    if (found) return found;
  }
  return { scale: 1 };
}

function scaleOf(view: SheetView, r: number, c: number): { scale: Scale; cell: string } | undefined {
  const f = view.folded(r, c);
  if (f === "" || f.length > 80) return undefined;
  const scale = scaleFromCaption(view.text(r, c));
  return scale === undefined ? undefined : { scale, cell: view.address(r, c) };
}
