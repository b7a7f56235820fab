import { createRequire } from "node:module";

interface HyperlinkModel {
  readonly target?: string;
}
interface HyperlinkXform {
  isInternalLink(model: HyperlinkModel): boolean;
}
interface DefinedName {
  readonly name: string;
  readonly ranges: readonly string[];
  readonly localSheetId?: number;
}
interface WorkbookModel {
  readonly sheets?: readonly ({ readonly name: string; readonly autoFilter?: unknown } | undefined)[];
  definedNames: DefinedName[];
}
interface WorkbookXform {
  prepare(model: WorkbookModel): void;
}

let patched = false;

/**
 * Two things ExcelJS 4.4 writes so that other programs misread them, put right before hgcs writes a
 * workbook they matter in (the findings report):
 *
 * - A link to a cell of another workbook ("sub/file.xlsx#'Dự toán'!G17"): ExcelJS takes any target ending
 *   in "!G17" for a link inside the workbook and also writes it as the `location`, which Excel and
 *   LibreOffice append to the file's address ("…#'Dự toán'!G17#sub/…"), so the link opens nothing. A target
 *   naming a file before its "#" is never internal.
 * - An autofilter: Excel pairs each sheet's filter range with a hidden `_xlnm._FilterDatabase` name local
 *   to the sheet, and LibreOffice keeps no filter without that name. ExcelJS writes the range only.
 */
export function interoperableExcelJs(): void {
  if (patched) return;
  const require = createRequire(import.meta.url);
  const hyperlink = require("exceljs/lib/xlsx/xform/sheet/hyperlink-xform.js") as { prototype: HyperlinkXform };
  const internal = hyperlink.prototype.isInternalLink;
  hyperlink.prototype.isInternalLink = function (this: HyperlinkXform, model: HyperlinkModel): boolean {
    if (model.target !== undefined && /^[^#]+#/.test(model.target)) return false;
    return internal.call(this, model);
  };
  const workbook = require("exceljs/lib/xlsx/xform/book/workbook-xform.js") as { prototype: WorkbookXform };
  const prepare = workbook.prototype.prepare;
  workbook.prototype.prepare = function (this: WorkbookXform, model: WorkbookModel): void {
    prepare.call(this, model);
    // Sheets are numbered as ExcelJS numbers them for the print titles: in order, gaps skipped.
    (model.sheets ?? [])
      .filter((sheet) => sheet !== undefined)
      .forEach((sheet, index) => {
        const range = filterRange(sheet.autoFilter);
        if (range === undefined) return;
        const name = `'${sheet.name.replace(/'/g, "''")}'!${range}`;
        model.definedNames.push({ name: "_xlnm._FilterDatabase", ranges: [name], localSheetId: index });
      });
  };
  patched = true;
}

/** "A2:K7" as an absolute range, "$A$2:$K$7" (a filter set as a range string, as hgcs sets it). */
function filterRange(filter: unknown): string | undefined {
  const m = typeof filter === "string" ? /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(filter) : null;
  return m ? `$${m[1]}$${m[2]}:$${m[3]}$${m[4]}` : undefined;
}
