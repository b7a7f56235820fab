// Hostile and huge workbooks, crafted as raw OOXML (a few kilobytes of XML can declare a billion cells),
// so none is committed: each test run writes them afresh into a temporary folder.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { cellXml, craftXlsx, rowXml, type CraftedSheet } from "../../packages/cli/src/ooxml/testing/craftXlsx.js";
import { zip } from "./rezip.js";

/**
 * A small, correct estimate table (rows 1–12): title, unit caption, header, section I with three lines
 * whose amounts are formulas with cached results, the total and its words line. Its total is 23.000.000 đ.
 */
export function estimateRows(): string[] {
  const lines: [number, number][] = [
    [10, 500_000],
    [20, 300_000],
    [30, 400_000],
  ];
  const rows = [
    rowXml(1, [["A", "DỰ TOÁN KINH PHÍ HÒA GIẢI Ở CƠ SỞ"]]),
    rowXml(2, [["F", "Đơn vị tính: đồng"]]),
    rowXml(3, [
      ["A", "STT"],
      ["B", "Nội dung chi"],
      ["C", "Đơn vị tính"],
      ["D", "Số lượng"],
      ["E", "Mức chi"],
      ["F", "Thành tiền"],
    ]),
    rowXml(4, [
      ["A", "I"],
      ["B", "Tổ chức hội nghị"],
      ["F", "=SUM(F5:F7)", 23_000_000],
    ]),
  ];
  lines.forEach(([qty, rate], i) => {
    const r = 5 + i;
    rows.push(
      rowXml(r, [
        ["A", String(i + 1)],
        ["B", `Khoản chi ${i + 1}`],
        ["C", "người"],
        ["D", qty],
        ["E", rate],
        ["F", `=D${r}*E${r}`, qty * rate],
      ]),
    );
  });
  rows.push(
    rowXml(8, [
      ["B", "TỔNG CỘNG"],
      ["F", "=F4", 23_000_000],
    ]),
  );
  rows.push(rowXml(9, [["A", "Bằng chữ: Hai mươi ba triệu đồng./."]]));
  return rows;
}

/** An .ods package whose "mimetype" entry is compressed (so its text is not readable at offset 30). */
export function compressedOds(): Buffer {
  return zip(
    new Map([
      ["mimetype", Buffer.from("application/vnd.oasis.opendocument.spreadsheet")],
      ["content.xml", Buffer.from("<office:document-content/>")],
    ]),
  );
}

const estimate: CraftedSheet = { name: "Dự toán", rows: estimateRows() };

function* withRows(base: readonly string[], more: () => Iterable<string>): Iterable<string> {
  yield* base;
  yield* more();
}

/** One hostile case: the file to write, the CLI arguments to run on it, and what must come out. */
export interface HostileCase {
  readonly name: string;
  readonly file?: string;
  readonly bytes?: () => Buffer;
  readonly args: (file: string, out: string) => string[];
  /** The exit codes that count as an answer (never 3, never a crash). */
  readonly exit: readonly number[];
  /** A text the output (stdout + stderr) must hold, in the default language. */
  readonly says?: RegExp;
}

const check = (file: string) => ["check", file];
const fillAll = (file: string, out: string) => ["fill", file, "-o", out, "--fix", "all"];

/** Every crafted input of the hostile suite. */
export function hostileCases(): HostileCase[] {
  const typedLines = (n: number): CraftedSheet => ({
    name: "Dự toán",
    rows: withRows(estimateRows().slice(0, 3), function* () {
      for (let i = 0; i < n; i++) {
        const r = 4 + i;
        yield rowXml(r, [
          ["A", String(i + 1)],
          ["B", `Khoản ${i + 1}`],
          ["D", 2],
          ["E", 1000],
          ["F", 3000],
        ]);
      }
      yield rowXml(4 + n, [
        ["B", "TỔNG CỘNG"],
        ["F", 3000 * n],
      ]);
    }),
  });
  const formulaSheet = (formula: string): CraftedSheet => ({
    name: "Dự toán",
    rows: [
      ...estimateRows().slice(0, 4),
      rowXml(5, [
        ["B", "Khoản 1"],
        ["D", 10],
        ["E", 500_000],
        ["F", formula],
      ]),
    ],
  });
  return [
    {
      name: "xfd-50-rows.xlsx",
      bytes: () =>
        craftXlsx([
          {
            name: "Dự toán",
            rows: estimateRows().map((row, i) => row.replace("</row>", cellXml(`XFD${i + 1}`, "x") + "</row>")),
          },
        ]),
      args: check,
      exit: [0, 1],
    },
    {
      name: "xfd-1048576.xlsx",
      bytes: () => craftXlsx([{ name: "Dự toán", rows: [...estimateRows(), rowXml(1_048_576, [["XFD", 1]])] }]),
      args: check,
      exit: [0, 1],
    },
    {
      name: "row-4294967294.xlsx",
      bytes: () =>
        craftXlsx([{ name: "Dự toán", rows: [...estimateRows(), `<row r="4294967294"><c><v>1</v></c></row>`] }]),
      args: check,
      exit: [2],
      says: /4\.294\.967\.294/,
    },
    {
      name: "merge-huge.xlsx",
      bytes: () => craftXlsx([{ ...estimate, merges: ["A40:XFD1040"] }]),
      args: fillAll,
      exit: [0, 1, 2],
    },
    {
      name: "merge-huge-check.xlsx",
      bytes: () => craftXlsx([{ ...estimate, merges: ["A40:XFD1040"] }]),
      args: check,
      exit: [0, 1],
    },
    {
      name: "shared-huge.xlsx",
      bytes: () =>
        craftXlsx([
          {
            name: "Dự toán",
            rows: estimateRows().map((row) =>
              row
                .replace(/<c r="F5"><f>D5\*E5<\/f>/, `<c r="F5"><f t="shared" ref="F5:XFD1048576" si="0">D5*E5</f>`)
                .replace(/<c r="F([67])"><f>D\d\*E\d<\/f>/, `<c r="F$1"><f t="shared" si="0"/>`),
            ),
          },
        ]),
      args: fillAll,
      exit: [0, 1],
    },
    {
      name: "lines-130000.xlsx",
      bytes: () => craftXlsx([typedLines(130_000)]),
      args: check,
      exit: [0, 1],
    },
    {
      name: "words-ty-ty.xlsx",
      bytes: () =>
        craftXlsx([
          {
            name: "Dự toán",
            rows: [...estimateRows().slice(0, 8), rowXml(9, [["A", `Bằng chữ: Một${" tỷ".repeat(7000)} đồng./.`]])],
          },
        ]),
      args: check,
      exit: [1],
    },
    {
      name: "parens-2345.xlsx",
      bytes: () => craftXlsx([formulaSheet(`=${"(".repeat(2345)}D5*E5${")".repeat(2345)}`)]),
      args: check,
      exit: [0, 1],
      says: /lồng quá sâu/,
    },
    {
      name: "minus-9375.xlsx",
      bytes: () => craftXlsx([formulaSheet(`=${"-".repeat(9375)}D5*E5`)]),
      args: check,
      exit: [0, 1],
      says: /lồng quá sâu/,
    },
    {
      name: "plus-8000.xlsx",
      bytes: () => craftXlsx([formulaSheet(`=${"D14+".repeat(8000)}D5*E5`)]),
      args: fillAll,
      exit: [0, 1],
    },
    {
      name: "forged-name.xlsx",
      bytes: () =>
        craftXlsx([
          { ...estimate, name: "Dự toán\n    G99   lỗi   GIẢ MẠO" },
          { name: "Ghi chú\u202e\u0085", rows: [rowXml(1, [["A", "x"]])] },
        ]),
      args: check,
      exit: [0, 1],
    },
    {
      name: "long-name.xlsx",
      bytes: () => craftXlsx([{ ...estimate, name: "D".repeat(5000) }]),
      args: fillAll,
      exit: [2],
      says: /31/,
    },
    {
      name: "hidden-sheets.xlsx",
      bytes: () =>
        craftXlsx([
          estimate,
          { ...estimate, name: "Ẩn", state: "hidden" },
          { ...estimate, name: "Ẩn sâu", state: "veryHidden" },
        ]),
      args: check,
      exit: [0, 1],
      says: /ẩn/,
    },
    {
      name: "nen-mimetype.ods",
      bytes: compressedOds,
      args: check,
      exit: [2],
      says: /OpenDocument/,
    },
    {
      name: "macros.xlsm",
      bytes: () => craftXlsx([estimate], { macros: true }),
      args: (file, out) => ["fill", file, "-o", out.replace(/\.xlsx$/, ".xlsm"), "--fix", "all"],
      exit: [2],
      says: /\.xlsm/,
    },
  ];
}

/** Writes every case's file into `dir`; returns the cases with their paths. */
export async function writeHostileInputs(dir: string): Promise<(HostileCase & { file: string })[]> {
  const out: (HostileCase & { file: string })[] = [];
  for (const c of hostileCases()) {
    const file = join(dir, c.name);
    if (c.bytes) await writeFile(file, c.bytes());
    out.push({ ...c, file });
  }
  return out;
}

/** Rows 40–1.048.576, two cells each, below the small estimate table: the biggest sheet Excel can hold. */
export function millionRowSheet(last = 1_048_576): Buffer {
  return craftXlsx([
    {
      name: "Dự toán",
      rows: withRows(estimateRows(), function* () {
        for (let r = 40; r <= last; r++)
          yield `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c></row>`;
      }),
    },
  ]);
}

/** An estimate of `lines` lines with quantities and rates typed and every amount left to fill. */
export function unfilledEstimate(lines: number): Buffer {
  return craftXlsx([
    {
      name: "Dự toán",
      rows: withRows(estimateRows().slice(0, 3), function* () {
        yield rowXml(4, [
          ["A", "I"],
          ["B", "Tổ chức hội nghị"],
        ]);
        for (let i = 0; i < lines; i++) {
          const r = 5 + i;
          yield rowXml(r, [
            ["A", String(i + 1)],
            ["B", `Khoản ${i + 1}`],
            ["C", "người"],
            ["D", (i % 50) + 1],
            ["E", 1000 * ((i % 7) + 1)],
          ]);
        }
        yield rowXml(5 + lines, [["B", "TỔNG CỘNG"]]);
      }),
    },
  ]);
}
