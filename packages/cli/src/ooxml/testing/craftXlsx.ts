// Workbooks crafted as raw OOXML, for tests of what no spreadsheet program writes (a few kilobytes of XML
// can declare a billion cells): used by the reader's tests and the hostile-input suite.
import { zip } from "./zipWriter.js";

/** One sheet of a crafted workbook: its name, visibility, and the XML parts inside <worksheet>. */
export interface CraftedSheet {
  readonly name: string;
  readonly state?: "hidden" | "veryHidden";
  /** Rows as XML (`<row r="1">…</row>`), in order; a generator for sheets too big to hold as one string. */
  readonly rows: Iterable<string>;
  readonly merges?: readonly string[];
  readonly cols?: string;
}

/** Text escaped for XML content and attribute values. */
export const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell as XML: numbers as values, strings inline, `=…` as a formula with an optional cached result. */
export function cellXml(ref: string, value: string | number, result?: number): string {
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (value.startsWith("=")) {
    const cached = result === undefined ? "" : `<v>${result}</v>`;
    return `<c r="${ref}"><f>${escapeXml(value.slice(1))}</f>${cached}</c>`;
  }
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

/** A row as XML from [column letters, value] pairs. */
export function rowXml(r: number, cells: readonly (readonly [string, string | number, number?])[], attrs = ""): string {
  return `<row r="${r}"${attrs}>${cells.map(([col, v, result]) => cellXml(`${col}${r}`, v, result)).join("")}</row>`;
}

function sheetXml(sheet: CraftedSheet): Buffer[] {
  const head =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    (sheet.cols ? `<cols>${sheet.cols}</cols>` : "") +
    `<sheetData>`;
  const parts: Buffer[] = [Buffer.from(head)];
  let chunk = "";
  for (const row of sheet.rows) {
    chunk += row;
    if (chunk.length > 1 << 20) {
      parts.push(Buffer.from(chunk));
      chunk = "";
    }
  }
  const merges = sheet.merges ?? [];
  const tail =
    `</sheetData>` +
    (merges.length > 0
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "") +
    `</worksheet>`;
  parts.push(Buffer.from(chunk + tail));
  return parts;
}

/**
 * The bytes of an .xlsx package holding the given sheets (inline strings; a styles part only when given its
 * inside, e.g. "<cellXfs>…</cellXfs>"), to test readers on what ExcelJS would never write.
 */
export function craftXlsx(
  sheets: readonly CraftedSheet[],
  options: { macros?: boolean; date1904?: boolean; styles?: string } = {},
): Buffer {
  const entries = new Map<string, Buffer>();
  const ct = options.macros
    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  entries.set(
    "[Content_Types].xml",
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        (options.macros ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        `</Types>`,
    ),
  );
  entries.set(
    "_rels/.rels",
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`,
    ),
  );
  entries.set(
    "xl/workbook.xml",
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
        `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        (options.date1904 ? `<workbookPr date1904="1"/>` : "") +
        `<sheets>` +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`,
          )
          .join("") +
        `</sheets></workbook>`,
    ),
  );
  entries.set(
    "xl/_rels/workbook.xml.rels",
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `</Relationships>`,
    ),
  );
  sheets.forEach((s, i) => entries.set(`xl/worksheets/sheet${i + 1}.xml`, Buffer.concat(sheetXml(s))));
  if (options.macros) entries.set("xl/vbaProject.bin", Buffer.from("not really a VBA project"));
  if (options.styles !== undefined) {
    entries.set(
      "xl/styles.xml",
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.styles}</styleSheet>`,
      ),
    );
  }
  return zip(entries);
}
