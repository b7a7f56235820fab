import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import type { SheetView } from "./view.js";

/** `text.legacy_encoding` (info) at the first cell, in sheet order, whose TCVN3/VNI text was read as Unicode. */
export function legacyFinding(view: SheetView): Finding | undefined {
  let first = view.legacyHits[0];
  for (const hit of view.legacyHits) {
    if (first && (hit.row < first.row || (hit.row === first.row && hit.col < first.col))) first = hit;
  }
  if (!first) return undefined;
  return makeFinding(
    "text.legacy_encoding",
    { encoding: first.encoding, sample: first.sample },
    { sheet: view.sheet, cell: view.address(first.row, first.col) },
  );
}
