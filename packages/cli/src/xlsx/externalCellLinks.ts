import { createRequire } from "node:module";

interface HyperlinkModel {
  readonly target?: string;
}
interface HyperlinkXform {
  isInternalLink(model: HyperlinkModel): boolean;
}

let patched = false;

/**
 * Lets ExcelJS write a link to a cell of another workbook ("sub/file.xlsx#'Dự toán'!G17") as one external
 * target. ExcelJS 4.4 takes any target ending in "!G17" for a link inside the workbook and also writes it
 * as the `location`, which Excel and LibreOffice then append to the file's address ("…#'Dự toán'!G17#sub/…"),
 * so the link opens nothing. A target naming a file before its "#" is never internal.
 */
export function allowExternalCellLinks(): void {
  if (patched) return;
  const require = createRequire(import.meta.url);
  const xform = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js") as { prototype: HyperlinkXform };
  const internal = xform.prototype.isInternalLink;
  xform.prototype.isInternalLink = function (this: HyperlinkXform, model: HyperlinkModel): boolean {
    if (model.target !== undefined && /^[^#]+#/.test(model.target)) return false;
    return internal.call(this, model);
  };
  patched = true;
}
