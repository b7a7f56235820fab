import { own } from "./ownText.js";
import { XmlScanner, attributesOf, decodeXml } from "./xmlScanner.js";

/** A sheet as the workbook lists it: its name, visibility and the package part holding its cells. */
export interface SheetEntry {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly part: string | undefined;
}

/** Scans a whole (small) part. */
function scan(text: string, handler: ConstructorParameters<typeof XmlScanner>[0]): void {
  const scanner = new XmlScanner(handler);
  scanner.feed(text);
}

/** xl/workbook.xml: the sheets in order, and whether dates count from 1904. */
export function parseWorkbook(xml: string): {
  sheets: { name: string; state: string; id: string }[];
  date1904: boolean;
} {
  const sheets: { name: string; state: string; id: string }[] = [];
  let date1904 = false;
  scan(xml, {
    open(name, attributes) {
      if (name === "sheet") {
        const a = attributesOf(attributes);
        sheets.push({ name: a.name ?? "", state: a.state ?? "visible", id: a.id ?? "" });
      } else if (name === "workbookPr") {
        const a = attributesOf(attributes);
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      }
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** docProps/core.xml: the document's keywords (`cp:keywords`), undefined when it has none. */
export function parseCoreKeywords(xml: string): string | undefined {
  let inKeywords = false;
  const text: string[] = [];
  let found = false;
  scan(xml, {
    open(name, _attributes, selfClosing) {
      if (name === "keywords" && !selfClosing) inKeywords = found = true;
    },
    close(name) {
      if (name === "keywords") inKeywords = false;
    },
    text(t, cdata) {
      if (inKeywords) text.push(cdata ? t : decodeXml(t));
    },
  });
  return found ? text.join("").trim() : undefined;
}

/** A relationships part: target by id, resolved against the folder of the part the relationships belong to. */
export function parseRelationships(xml: string, folder: string): Map<string, string> {
  const targets = new Map<string, string>();
  scan(xml, {
    open(name, attributes) {
      if (name !== "Relationship") return;
      const a = attributesOf(attributes);
      if (a.Id && a.Target) targets.set(a.Id, resolvePart(folder, a.Target));
    },
    close() {},
    text() {},
  });
  return targets;
}

function resolvePart(folder: string, target: string): string {
  const parts = target.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "" || piece === ".") continue;
    if (piece === "..") parts.pop();
    else parts.push(piece);
  }
  return parts.join("/");
}

// "_x000D_" in shared strings stands for a character XML cannot carry (as ExcelJS reads it).
const escapedChar = /_x([0-9A-F]{4})_/g;
const unescapeOoxml = (text: string) =>
  text.includes("_x")
    ? text.replace(escapedChar, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/**
 * xl/sharedStrings.xml: each string item's text, runs of rich text joined, phonetic guides (rPh) left out.
 * Fed in chunks like a sheet, since a workbook of a million rows can hold a million strings.
 */
export class SharedStringsReader {
  readonly strings: string[] = [];
  private current: string[] | undefined;
  private inText = false;
  private phonetic = 0;
  private text: string[] = [];
  readonly scanner = new XmlScanner({
    open: (name) => {
      if (name === "si") this.current = [];
      else if (name === "rPh") this.phonetic++;
      else if (name === "t" && this.phonetic === 0) {
        this.inText = true;
        this.text = [];
      }
    },
    close: (name) => {
      if (name === "t" && this.inText) {
        this.inText = false;
        this.current?.push(unescapeOoxml(this.text.join("")));
      } else if (name === "rPh") this.phonetic--;
      else if (name === "si") {
        this.strings.push(own((this.current ?? []).join("")));
        this.current = undefined;
      }
    },
    text: (text, cdata) => {
      if (this.inText) this.text.push(cdata ? text : decodeXml(text));
    },
  });
}

/** What a cell style says: its number format code and its font's name, as ExcelJS reads them. */
export interface CellStyle {
  readonly numFmt?: string;
  readonly font?: string;
}

// Excel's built-in number formats (ids without a <numFmt> of their own), as ExcelJS knows them.
const builtInFormats: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** xl/styles.xml: the cell styles (cellXfs) by index, each resolved to a format code and a font name. */
export function parseStyles(xml: string): CellStyle[] {
  const formats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  const stack: string[] = [];
  scan(xml, {
    open(name, attributes) {
      const parent = stack[stack.length - 1];
      stack.push(name);
      if (name === "numFmt") {
        const a = attributesOf(attributes);
        const id = Number.parseInt(a.numFmtId ?? "", 10);
        if (Number.isInteger(id) && a.formatCode !== undefined) formats.set(id, a.formatCode);
      } else if (name === "font" && parent === "fonts") {
        fonts.push(undefined);
      } else if (name === "name" && parent === "font" && stack[stack.length - 3] === "fonts") {
        fonts[fonts.length - 1] = attributesOf(attributes).val;
      } else if (name === "xf" && parent === "cellXfs") {
        const a = attributesOf(attributes);
        xfs.push({ numFmtId: Number.parseInt(a.numFmtId ?? "", 10), fontId: Number.parseInt(a.fontId ?? "", 10) });
      }
    },
    close() {
      stack.pop();
    },
    text() {},
  });
  return xfs.map(({ numFmtId, fontId }) => {
    const numFmt = numFmtId ? (formats.get(numFmtId) ?? builtInFormats[numFmtId]) : undefined;
    const font = Number.isInteger(fontId) ? fonts[fontId] : undefined;
    return { ...(numFmt ? { numFmt } : {}), ...(font ? { font } : {}) };
  });
}

/** True for a number format that shows a date or time (ExcelJS's rule: y m d h s b outside quotes and []). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
