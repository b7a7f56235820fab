import { zipDirectory } from "../ooxml/zip.js";

/**
 * The entry names of a zip package, read from its central directory (no decompression): as far as the
 * directory can be read, [] when it cannot be found; the workbook reader reports damaged packages itself.
 */
export function zipEntries(bytes: Uint8Array): string[] {
  return [...zipDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { partial: true }).keys()];
}

/** Parts of an .xlsx package that ExcelJS drops when it writes the workbook back. */
export type UnkeptPart = "charts" | "pivotTables" | "macros" | "slicers" | "chartsheets";

const unkept: readonly [UnkeptPart, RegExp][] = [
  ["charts", /^xl\/charts\//],
  ["chartsheets", /^xl\/chartsheets\//],
  ["pivotTables", /^xl\/pivot(Tables|Cache)\//],
  ["macros", /^xl\/vbaProject\.bin$/],
  ["slicers", /^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//],
];

/** Which of those a package holds, judged by its entry names. */
export function unkeptParts(entries: readonly string[]): UnkeptPart[] {
  return unkept.filter(([, re]) => entries.some((e) => re.test(e))).map(([kind]) => kind);
}
