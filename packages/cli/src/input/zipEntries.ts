/**
 * The entry names of a zip package, read from its central directory (no decompression). Returns []
 * when the directory cannot be found; the workbook reader reports damaged packages itself.
 */
export function zipEntries(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (≤ 65535).
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
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
