// The project's example office workbooks: estimate sheets ("dự toán kinh phí") and the other sheets of a
// plan (delegate list, meal-support list, leaflet distribution, conference schedule), drawn the way
// offices keep them. This file is their source: `pnpm --filter @hgcs/office-sheets generate` rewrites
// every .xlsx beside it; generate.test.ts checks the committed files still match it, cell by cell.
// The figures of the province's sheets follow examples/thanh-hoa-2024/plan.json (6 one-day conferences
// of 320 delegates, 270 of them not salaried; 25.000 leaflets); prices are illustrative.
// The mistakes planted on purpose are marked MISTAKE; README.md and expected.json list them.
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type ExcelJS from "exceljs";
import {
  col,
  newWorkbook,
  saveWorkbook,
  SheetWriter,
  tcvn3Text,
  unicodeText,
  vniText,
  type Style,
} from "./sheetKit.js";

// ---------------------------------------------------------------------------------------------------
// Estimate tables

/** One line of an estimate: its factors in the sheet's factor columns (null = left blank). */
interface Line {
  readonly no: string;
  readonly content: string;
  readonly unit: string;
  readonly factors: readonly (number | null)[];
  /** In the sheet's money unit (đồng, or thousands on a "nghìn đồng" sheet). */
  readonly rate: number;
  readonly note?: string;
  /** Default: the product, as a live formula (or typed, on a sheet without formulas). */
  readonly amount?: { readonly typed: number } | "blank";
}

type Subtotal = "sum" | "blank" | { readonly typed: number } | { readonly sumShortBy: number };

interface Section {
  readonly no: string;
  readonly title: string;
  readonly lines: readonly Line[];
  /** Default "sum": =SUM over the section's lines (or typed, on a sheet without formulas). */
  readonly subtotal?: Subtotal;
  /** A "Cộng A" row under the lines holds the subtotal, the heading row none. */
  readonly footer?: string;
}

interface TableSpec {
  /** Column number of the STT column (1 = A). */
  readonly firstCol: number;
  /** Header labels: STT, content, unit, the factor columns, rate, amount, then the note column if any. */
  readonly headers: readonly string[];
  readonly factorColumns: number;
  readonly hasNote: boolean;
  /** A merged upper header cell over the factor, rate and amount columns (two header rows). */
  readonly group?: string;
  /** The "(1) (2) … (7)=(4)x(5)x(6)" row under the header. */
  readonly numbers?: readonly string[];
  /** "formulas": numbers and live formulas; "text": every figure typed as text ("1.920"), no formula. */
  readonly figures: "formulas" | "text";
  readonly sections: readonly Section[];
  readonly totalLabel: string;
  readonly total?: "sum" | "blank" | { readonly formula: string };
  /** The whole words line, label included ("Bằng chữ: …"). */
  readonly words: string;
}

interface TableLayout {
  readonly totalRow: number;
  readonly wordsRow: number;
  readonly lastCol: number;
}

/** "1.920", "1,35": a number typed as text the Vietnamese way. */
function typedText(n: number): string {
  const [int = "0", frac] = String(Math.round(n * 1e6) / 1e6).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

function estimateTable(w: SheetWriter, top: number, spec: TableSpec): TableLayout {
  const c0 = spec.firstCol;
  const nf = spec.factorColumns;
  const colNo = col(c0);
  const colContent = col(c0 + 1);
  const colUnit = col(c0 + 2);
  const factorCol = (i: number) => col(c0 + 3 + i);
  const colRate = col(c0 + 3 + nf);
  const colAmount = col(c0 + 4 + nf);
  const lastCol = c0 + 4 + nf + (spec.hasNote ? 1 : 0);
  const colNote = col(lastCol);
  const center: Style = { h: "center", wrap: true };
  const bold: Style = { bold: true, h: "center", v: "middle", wrap: true };

  let r = top;
  if (spec.group !== undefined) {
    // Two header rows: the group over factors, rate and amount; the other names merged down.
    spec.headers.forEach((label, i) => {
      const c = col(c0 + i);
      if (i >= 3 && i <= 4 + nf) w.text(`${c}${r + 1}`, label, bold);
      else w.merge(`${c}${r}:${c}${r + 1}`, label, bold);
    });
    w.merge(`${factorCol(0)}${r}:${colAmount}${r}`, spec.group, bold);
    r += 2;
  } else {
    spec.headers.forEach((label, i) => w.text(`${col(c0 + i)}${r}`, label, bold));
    w.height(r, 33);
    r += 1;
  }
  if (spec.numbers) {
    spec.numbers.forEach((label, i) => w.text(`${col(c0 + i)}${r}`, label, { italic: true, h: "center" }));
    r += 1;
  }

  const put = (address: string, n: number, style: Style = {}) =>
    spec.figures === "text"
      ? w.text(address, typedText(n), { h: "right", numFmt: "@", ...style })
      : w.number(address, n, style);

  // The subtotal cells and their values, for the total.
  const subtotals: { cell: string; value: number }[] = [];
  for (const section of spec.sections) {
    const head = r++;
    w.text(`${colNo}${head}`, section.no, { bold: true, h: "center" });
    w.text(`${colContent}${head}`, section.title, { bold: true, wrap: true });
    const first = r;
    // What an office adds up by hand on a sheet without formulas: the amounts as typed.
    let typedSum = 0;
    for (const line of section.lines) {
      w.text(`${colNo}${r}`, line.no, { h: "center" });
      w.text(`${colContent}${r}`, line.content, { wrap: true });
      w.text(`${colUnit}${r}`, line.unit, center);
      const used: string[] = [];
      let product = line.rate;
      line.factors.forEach((f, i) => {
        if (f === null) return;
        put(`${factorCol(i)}${r}`, f);
        used.push(`${factorCol(i)}${r}`);
        product *= f;
      });
      put(`${colRate}${r}`, line.rate);
      const amountCell = `${colAmount}${r}`;
      if (line.amount === "blank") {
        // Left for fill.
      } else if (line.amount !== undefined) {
        put(amountCell, line.amount.typed);
        typedSum += line.amount.typed;
      } else if (spec.figures === "formulas") {
        w.formula(amountCell, [...used, `${colRate}${r}`].join("*"));
      } else {
        put(amountCell, product);
        typedSum += product;
      }
      if (line.note !== undefined) w.text(`${colNote}${r}`, line.note, { wrap: true });
      r++;
    }
    const last = r - 1;
    let at = head;
    if (section.footer !== undefined) {
      at = r++;
      w.text(`${colContent}${at}`, section.footer, { bold: true, h: "center" });
    }
    const cell = `${colAmount}${at}`;
    const subtotal = section.subtotal ?? "sum";
    const sumOver = (to: number) => w.formula(cell, `SUM(${colAmount}${first}:${colAmount}${to})`, { bold: true });
    const typed = (value: number) => {
      put(cell, value, { bold: true });
      return value;
    };
    if (subtotal === "blank") continue;
    if (subtotal === "sum")
      subtotals.push({ cell, value: spec.figures === "formulas" ? sumOver(last) : typed(typedSum) });
    else if ("typed" in subtotal) subtotals.push({ cell, value: typed(subtotal.typed) });
    else subtotals.push({ cell, value: sumOver(last - subtotal.sumShortBy) });
  }

  const totalRow = r++;
  w.text(`${colContent}${totalRow}`, spec.totalLabel, { bold: true, h: "center", capitals: true });
  const total = spec.total ?? "sum";
  const totalCell = `${colAmount}${totalRow}`;
  if (total === "sum" && spec.figures === "formulas")
    w.formula(totalCell, subtotals.map((s) => s.cell).join("+"), { bold: true });
  else if (total === "sum")
    put(
      totalCell,
      subtotals.reduce((sum, s) => sum + s.value, 0),
      { bold: true },
    );
  else if (total !== "blank") w.formula(totalCell, total.formula, { bold: true });
  w.border(`${colNo}${top}:${col(lastCol)}${totalRow}`);

  const wordsRow = r;
  w.merge(`${colNo}${wordsRow}:${col(lastCol)}${wordsRow}`, spec.words, { italic: true, wrap: true });
  w.height(wordsRow, 33);
  return { totalRow, wordsRow, lastCol };
}

// ---------------------------------------------------------------------------------------------------
// Title block and signatures

interface Heading {
  readonly parent: string;
  readonly agency: string;
  readonly dateLine?: string;
  /** Last column of the left (agency) block; the motto takes the rest up to `last`. */
  readonly split: number;
  readonly first: number;
  readonly last: number;
}

/** Agency on the left, national motto on the right, the date line under the motto. */
function officeHeading(w: SheetWriter, h: Heading): void {
  const left = (r: number) => `${col(h.first)}${r}:${col(h.split)}${r}`;
  const right = (r: number) => `${col(h.split + 1)}${r}:${col(h.last)}${r}`;
  w.merge(left(1), h.parent, { h: "center", capitals: true });
  w.merge(left(2), h.agency, { bold: true, h: "center", capitals: true });
  w.merge(right(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, h: "center", capitals: true });
  w.merge(right(2), "Độc lập - Tự do - Hạnh phúc", { bold: true, h: "center" });
  if (h.dateLine !== undefined) w.merge(right(3), h.dateLine, { italic: true, h: "center" });
}

/** Centred title lines across the table, the first in bold capitals. */
function titles(w: SheetWriter, row: number, first: number, last: number, lines: readonly string[]): number {
  lines.forEach((line, i) => {
    const style: Style =
      i === 0
        ? { bold: true, h: "center", size: w.size + 1, capitals: true }
        : line.startsWith("(")
          ? { italic: true, h: "center", wrap: true }
          : { bold: true, h: "center", wrap: true };
    w.merge(`${col(first)}${row + i}:${col(last)}${row + i}`, line, style);
  });
  return row + lines.length;
}

interface Signature {
  readonly from: number;
  readonly to: number;
  readonly titles: readonly string[];
  readonly note: string;
  readonly name: string;
}

/** Signature blocks: titles in bold capitals, "(Ký, ghi rõ họ tên)", room to sign, then the name. */
function signatures(w: SheetWriter, row: number, blocks: readonly Signature[]): void {
  const span = (b: Signature, r: number) => `${col(b.from)}${r}:${col(b.to)}${r}`;
  const put = (b: Signature, r: number, text: string, style: Style) =>
    b.from === b.to ? w.text(`${col(b.from)}${r}`, text, style) : w.merge(span(b, r), text, style);
  for (const b of blocks) {
    b.titles.forEach((t, i) => put(b, row + i, t, { bold: true, h: "center", capitals: true }));
    put(b, row + b.titles.length, b.note, { italic: true, h: "center" });
    put(b, row + 6, b.name, { bold: true, h: "center" });
  }
}

function sheet(wb: ExcelJS.Workbook, name: string, landscape = true): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
}

// ---------------------------------------------------------------------------------------------------
// The province's estimate sheets (Sở Tư pháp Thanh Hóa), checked with the plan

const PROVINCE = { parent: "UBND TỈNH THANH HÓA", agency: "SỞ TƯ PHÁP" };
const BASES =
  "Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 và Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính; Thông báo số 7780/TB-STC ngày 19/12/2023 của Sở Tài chính về giao dự toán ngân sách năm 2024.";
const PLAN_REF = "(Kèm theo Kế hoạch số        /KH-STP ngày       tháng 02 năm 2024 của Sở Tư pháp tỉnh Thanh Hóa)";
const STANDARD_HEADERS = [
  "STT",
  "Nội dung chi",
  "Đơn vị tính",
  "Số lượng",
  "Số ngày",
  "Mức chi",
  "Thành tiền",
  "Ghi chú",
] as const;
const STANDARD_NUMBERS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)x(5)x(6)", "(8)"];
const STANDARD_WIDTHS = [6, 46, 11, 10, 8, 12, 15, 24];

const provinceSignatures: readonly Signature[] = [
  { from: 2, to: 2, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Thị Thu Hà" },
  { from: 4, to: 6, titles: ["KẾ TOÁN TRƯỞNG"], note: "(Ký, ghi rõ họ tên)", name: "Lê Văn Tâm" },
  { from: 7, to: 8, titles: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], note: "(Ký tên, đóng dấu)", name: "Trịnh Minh Đức" },
];

/** The standard province sheet around a table: heading, titles, bases, caption, table, signatures. */
function provinceEstimate(
  wb: ExcelJS.Workbook,
  dateLine: string,
  subtitle: string,
  caption: string,
  table: Omit<TableSpec, "firstCol" | "factorColumns" | "hasNote">,
): void {
  const w = new SheetWriter(sheet(wb, "Dự toán"), unicodeText, 13);
  w.widths(STANDARD_WIDTHS);
  officeHeading(w, { ...PROVINCE, dateLine, first: 1, split: 3, last: 8 });
  titles(w, 5, 1, 8, ["DỰ TOÁN KINH PHÍ", subtitle, PLAN_REF]);
  w.merge("A8:H8", BASES, { wrap: true });
  w.height(8, 36);
  w.merge("G9:H9", caption, { italic: true, h: "right" });
  const layout = estimateTable(w, 10, { ...table, firstCol: 1, factorColumns: 2, hasNote: true });
  signatures(w, layout.wordsRow + 2, provinceSignatures);
}

// Section I lines shared by the standard sheets; each sheet sets its own rates.
interface ConferenceRates {
  readonly hall: number;
  readonly decoration: number;
  readonly speaker: number;
  readonly documents: number;
  readonly water: number;
  readonly meal: number;
  readonly travel: number;
  readonly stationery: number;
}

const SECTION_I = "Tổ chức 06 hội nghị tập huấn bồi dưỡng nghiệp vụ hòa giải ở cơ sở";
const SECTION_II = "Biên soạn, in và cấp phát tờ gấp pháp luật về hòa giải ở cơ sở";

function conferenceLines(rates: ConferenceRates): Line[] {
  return [
    {
      no: "1",
      content: "Thuê hội trường, âm thanh, ánh sáng, máy chiếu",
      unit: "hội nghị",
      factors: [6, 1],
      rate: rates.hall,
      note: "Theo báo giá",
    },
    {
      no: "2",
      content: "Trang trí, khánh tiết hội nghị",
      unit: "hội nghị",
      factors: [6, null],
      rate: rates.decoration,
    },
    {
      no: "3",
      content: "Thù lao báo cáo viên",
      unit: "buổi",
      factors: [12, null],
      rate: rates.speaker,
      note: "02 buổi/hội nghị",
    },
    {
      no: "4",
      content: "Tài liệu tập huấn cho đại biểu",
      unit: "bộ",
      factors: [1920, null],
      rate: rates.documents,
      note: "320 đại biểu x 6 hội nghị",
    },
    { no: "5", content: "Nước uống giữa giờ", unit: "người", factors: [1920, 1], rate: rates.water },
    {
      no: "6",
      content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
      unit: "người",
      factors: [1620, 1],
      rate: rates.meal,
      note: "270 hòa giải viên x 6 hội nghị",
    },
    {
      no: "7",
      content: "Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN",
      unit: "người",
      factors: [1620, null],
      rate: rates.travel,
    },
    { no: "8", content: "Văn phòng phẩm", unit: "người", factors: [1920, null], rate: rates.stationery },
  ];
}

/** 1. Standard layout, live formulas, correct. Total 568.750.000 đ. */
function duToanChuan(wb: ExcelJS.Workbook): void {
  const lines = conferenceLines({
    hall: 5_500_000,
    decoration: 1_200_000,
    speaker: 800_000,
    documents: 30_000,
    water: 25_000,
    meal: 150_000,
    travel: 60_000,
    stationery: 15_000,
  });
  provinceEstimate(
    wb,
    "Thanh Hóa, ngày 26 tháng 02 năm 2024",
    "Triển khai công tác hòa giải ở cơ sở năm 2024",
    "Đơn vị tính: đồng",
    {
      headers: STANDARD_HEADERS,
      numbers: STANDARD_NUMBERS,
      figures: "formulas",
      sections: [
        {
          no: "I",
          title: SECTION_I,
          lines: [
            ...lines,
            {
              no: "9",
              content: "Phụ cấp lưu trú cho báo cáo viên và cán bộ phục vụ",
              unit: "người",
              factors: [24, 1],
              rate: 200_000,
              note: "04 người x 6 hội nghị",
            },
            { no: "10", content: "Thuốc y tế thông thường", unit: "hội nghị", factors: [6, null], rate: 300_000 },
          ],
        },
        {
          no: "II",
          title: SECTION_II,
          lines: [
            {
              no: "1",
              content: "Biên soạn tờ gấp pháp luật về hòa giải ở cơ sở",
              unit: "tờ gấp",
              factors: [1, null],
              rate: 1_500_000,
            },
            {
              no: "2",
              content: "In tờ gấp (khổ A4, gấp 3, in màu 2 mặt)",
              unit: "tờ",
              factors: [25_000, null],
              rate: 1_350,
              note: "Theo báo giá",
            },
            {
              no: "3",
              content: "Vận chuyển, cấp phát tờ gấp đến các huyện",
              unit: "lần",
              factors: [1, null],
              rate: 2_500_000,
            },
          ],
        },
      ],
      totalLabel: "TỔNG CỘNG",
      words: "Bằng chữ: Năm trăm sáu mươi tám triệu bảy trăm năm mươi nghìn đồng./.",
    },
  );
}

/**
 * 2. The same kind of sheet with four mistakes: a typed amount (G16) left from an old rate, meal
 * support at 180.000 đ (F18, cap 150.000), section I's SUM stopping one row short (G12 leaves out
 * G22), and words still reading an earlier total (A28).
 */
function duToanCoLoi(wb: ExcelJS.Workbook): void {
  const lines = conferenceLines({
    hall: 6_200_000,
    decoration: 1_300_000,
    speaker: 900_000,
    documents: 32_000,
    water: 20_000,
    meal: 180_000, // MISTAKE: above the 150.000 đ/người/ngày cap (TT 40/2017 Điều 12 khoản 4 điểm b)
    travel: 55_000,
    stationery: 12_000,
  }).map((line) =>
    line.no === "3"
      ? { ...line, content: "Bồi dưỡng báo cáo viên" }
      : line.no === "4"
        ? // MISTAKE: typed, left from the old rate of 27.000 đ: 1.920 × 27.000 = 51.840.000, not 61.440.000.
          { ...line, amount: { typed: 51_840_000 } }
        : line,
  );
  provinceEstimate(
    wb,
    "Thanh Hóa, ngày 27 tháng 02 năm 2024",
    "Tổ chức hội nghị tập huấn và in tờ gấp pháp luật về hòa giải ở cơ sở năm 2024",
    "Đơn vị tính: đồng",
    {
      headers: STANDARD_HEADERS,
      numbers: STANDARD_NUMBERS,
      figures: "formulas",
      sections: [
        {
          no: "I",
          title: SECTION_I,
          lines: [
            ...lines,
            {
              no: "9",
              content: "Phụ cấp lưu trú cho báo cáo viên, cán bộ phục vụ",
              unit: "người",
              factors: [30, 1],
              rate: 200_000,
              note: "05 người x 6 hội nghị",
            },
            { no: "10", content: "Thuốc y tế thông thường", unit: "hội nghị", factors: [6, null], rate: 250_000 },
          ],
          // MISTAKE: =SUM(G13:G21), one row short of the last line (G22).
          subtotal: { sumShortBy: 1 },
        },
        {
          no: "II",
          title: SECTION_II,
          lines: [
            {
              no: "1",
              content: "Biên soạn tờ gấp pháp luật về hòa giải ở cơ sở",
              unit: "tờ gấp",
              factors: [1, null],
              rate: 1_500_000,
            },
            {
              no: "2",
              content: "In tờ gấp (khổ A4, gấp 3, in màu 2 mặt)",
              unit: "tờ",
              factors: [25_000, null],
              rate: 1_400,
            },
            { no: "3", content: "Vận chuyển, cấp phát tờ gấp", unit: "lần", factors: [1, null], rate: 3_000_000 },
          ],
        },
      ],
      totalLabel: "TỔNG CỘNG",
      // MISTAKE: the words of an earlier draft's total (546.680.000, before the meal rate was raised);
      // the total cell holds 595.280.000.
      words: "Bằng chữ: Năm trăm bốn mươi sáu triệu sáu trăm tám mươi nghìn đồng./.",
    },
  );
}

/**
 * 4. Thousands of đồng, every figure typed as text ("1.920", "1,35"), no formulas. One mistake: the
 * stationery amount G19 typed "23.400" for 1.920 × 12 = 23.040 (the subtotal and total add the
 * amounts as typed, so they agree with it).
 */
function duToanNghinDong(wb: ExcelJS.Workbook): void {
  const w = new SheetWriter(sheet(wb, "Dự toán"), unicodeText, 13);
  w.widths(STANDARD_WIDTHS);
  officeHeading(w, { ...PROVINCE, dateLine: "Thanh Hóa, ngày 29 tháng 02 năm 2024", first: 1, split: 3, last: 8 });
  titles(w, 5, 1, 8, ["DỰ TOÁN KINH PHÍ", "Triển khai công tác hòa giải ở cơ sở năm 2024", PLAN_REF]);
  w.merge("A8:H8", BASES, { wrap: true });
  w.height(8, 36);
  w.merge("G9:H9", "Đơn vị tính: nghìn đồng", { italic: true, h: "right" });
  const layout = estimateTable(w, 10, {
    firstCol: 1,
    factorColumns: 2,
    hasNote: true,
    headers: ["TT", "Nội dung", "ĐVT", "Số lượng", "Số ngày", "Đơn giá", "Thành tiền", "Ghi chú"],
    figures: "text",
    sections: [
      {
        no: "I.",
        title: SECTION_I,
        lines: [
          {
            no: "1.",
            content: "Thuê hội trường, âm thanh, máy chiếu",
            unit: "hội nghị",
            factors: [6, 1],
            rate: 6_500,
          },
          { no: "2.", content: "Trang trí, khánh tiết hội nghị", unit: "hội nghị", factors: [6, null], rate: 1_000 },
          { no: "3.", content: "Thù lao báo cáo viên", unit: "buổi", factors: [12, null], rate: 1_100 },
          { no: "4.", content: "Tài liệu tập huấn", unit: "bộ", factors: [1920, null], rate: 35 },
          { no: "5.", content: "Nước uống giữa giờ", unit: "người", factors: [1920, 1], rate: 25 },
          {
            no: "6.",
            content: "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN",
            unit: "người",
            factors: [1620, 1],
            rate: 150,
            note: "270 người x 6 hội nghị",
          },
          {
            no: "7.",
            content: "Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN",
            unit: "người",
            factors: [1620, null],
            rate: 45,
          },
          // MISTAKE: 1.920 × 12 = 23.040, typed 23.400.
          {
            no: "8.",
            content: "Văn phòng phẩm",
            unit: "người",
            factors: [1920, null],
            rate: 12,
            amount: { typed: 23_400 },
          },
          {
            no: "9.",
            content: "Phụ cấp lưu trú cho báo cáo viên, cán bộ phục vụ",
            unit: "người",
            factors: [30, 1],
            rate: 150,
            note: "05 người x 6 hội nghị",
          },
        ],
      },
      {
        no: "II.",
        title: SECTION_II,
        lines: [
          { no: "1.", content: "Biên soạn tờ gấp pháp luật", unit: "tờ gấp", factors: [1, null], rate: 1_500 },
          { no: "2.", content: "In tờ gấp (khổ A4, gấp 3)", unit: "tờ", factors: [25_000, null], rate: 1.35 },
          { no: "3.", content: "Vận chuyển, cấp phát tờ gấp", unit: "lần", factors: [1, null], rate: 3_000 },
        ],
      },
    ],
    totalLabel: "TỔNG CỘNG",
    words: "Số tiền bằng chữ: Năm trăm năm mươi lăm triệu bốn trăm năm mươi nghìn đồng./.",
  });
  signatures(w, layout.wordsRow + 2, provinceSignatures);
}

/**
 * 5. Only quantities and rates typed: amounts, subtotals, total and words are for `fill`, which must
 * reach a total of 549.830.000 đ.
 */
function chuaDien(wb: ExcelJS.Workbook): void {
  const blank = { amount: "blank" } as const;
  const lines = conferenceLines({
    hall: 4_800_000,
    decoration: 900_000,
    speaker: 1_100_000,
    documents: 28_000,
    water: 20_000,
    meal: 150_000,
    travel: 70_000,
    stationery: 11_000,
  }).map((line) => ({ ...line, ...blank, ...(line.no === "3" ? { content: "Bồi dưỡng báo cáo viên" } : {}) }));
  provinceEstimate(
    wb,
    "Thanh Hóa, ngày       tháng 02 năm 2024",
    "Triển khai công tác hòa giải ở cơ sở năm 2024",
    "Đơn vị tính: đồng",
    {
      headers: ["STT", "Nội dung", "ĐVT", "Số lượng", "Số ngày", "Đơn giá", "Thành tiền", "Ghi chú"],
      figures: "formulas",
      sections: [
        { no: "I", title: SECTION_I, lines, subtotal: "blank" },
        {
          no: "II",
          title: "Biên soạn, in tờ gấp pháp luật về hòa giải ở cơ sở",
          lines: [
            {
              no: "1",
              content: "Biên soạn tờ gấp pháp luật về hòa giải ở cơ sở",
              unit: "tờ gấp",
              factors: [1, null],
              rate: 1_500_000,
              ...blank,
            },
            {
              no: "2",
              content: "In tờ gấp (khổ A4, in màu 2 mặt)",
              unit: "tờ",
              factors: [25_000, null],
              rate: 1_250,
              ...blank,
            },
          ],
          subtotal: "blank",
        },
      ],
      totalLabel: "TỔNG CỘNG",
      total: "blank",
      words: "Bằng chữ:",
    },
  );
}

/** 7. The table from column B (A left narrow and empty), sections lettered A and B closed by "Cộng" rows; correct. */
function duToanCotB(wb: ExcelJS.Workbook): void {
  const w = new SheetWriter(sheet(wb, "Dự toán"), unicodeText, 13);
  w.widths([2, 6, 44, 10, 10, 10, 12, 15, 22]);
  officeHeading(w, { ...PROVINCE, dateLine: "Thanh Hóa, ngày 28 tháng 02 năm 2024", first: 2, split: 4, last: 9 });
  titles(w, 5, 2, 9, [
    "BẢN DỰ TRÙ KINH PHÍ CHI TIẾT",
    "Tổ chức hội nghị tập huấn và in tờ gấp pháp luật về hòa giải ở cơ sở năm 2024",
    "(Kèm theo Kế hoạch số        /KH-STP ngày       tháng 02 năm 2024 của Sở Tư pháp)",
  ]);
  w.merge("H8:I8", "Đơn vị tính: đồng", { italic: true, h: "right" });
  const perConference = (
    no: string,
    content: string,
    unit: string,
    count: number,
    rate: number,
    note?: string,
  ): Line => ({ no, content, unit, factors: [count, 6], rate, ...(note === undefined ? {} : { note }) });
  const layout = estimateTable(w, 9, {
    firstCol: 2,
    factorColumns: 2,
    hasNote: true,
    headers: ["TT", "Nội dung", "ĐVT", "Số lượng", "Số hội nghị", "Đơn giá", "Thành tiền", "Ghi chú"],
    numbers: STANDARD_NUMBERS,
    figures: "formulas",
    sections: [
      {
        no: "A",
        title: "TỔ CHỨC 06 HỘI NGHỊ TẬP HUẤN NGHIỆP VỤ HÒA GIẢI Ở CƠ SỞ",
        footer: "Cộng A",
        lines: [
          perConference("1", "Thuê hội trường, âm thanh, ánh sáng, máy chiếu", "hội nghị", 1, 5_000_000),
          perConference("2", "Trang trí, phông nền, băng rôn hội nghị", "hội nghị", 1, 1_000_000),
          perConference("3", "Thù lao báo cáo viên", "buổi", 2, 1_200_000, "02 buổi/hội nghị"),
          perConference("4", "Tài liệu tập huấn cho đại biểu", "bộ", 320, 26_000),
          perConference("5", "Nước uống giữa giờ", "người", 320, 20_000),
          perConference("6", "Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", "người", 270, 150_000),
          perConference("7", "Hỗ trợ tiền đi lại cho đại biểu không hưởng lương từ NSNN", "người", 270, 80_000),
          perConference("8", "Văn phòng phẩm cho đại biểu", "người", 320, 12_000),
        ],
      },
      {
        no: "B",
        title: "BIÊN SOẠN, IN TỜ GẤP PHÁP LUẬT VỀ HÒA GIẢI Ở CƠ SỞ",
        footer: "Cộng B",
        lines: [
          {
            no: "1",
            content: "Biên soạn tờ gấp pháp luật về hòa giải ở cơ sở",
            unit: "tờ gấp",
            factors: [1, null],
            rate: 1_500_000,
          },
          {
            no: "2",
            content: "In tờ gấp (gấp 3, in 4 màu 2 mặt)",
            unit: "tờ",
            factors: [25_000, null],
            rate: 1_300,
            note: "25.000 tờ",
          },
        ],
      },
    ],
    totalLabel: "TỔNG CỘNG (A + B)",
    words: "Bằng chữ: Năm trăm sáu mươi tám triệu ba trăm sáu mươi nghìn đồng chẵn./.",
  });
  signatures(w, layout.wordsRow + 2, [
    { from: 3, to: 3, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Hoàng Thị Lan" },
    { from: 4, to: 6, titles: ["PHỤ TRÁCH KẾ TOÁN"], note: "(Ký, ghi rõ họ tên)", name: "Đỗ Văn Quang" },
    { from: 7, to: 9, titles: ["GIÁM ĐỐC"], note: "(Ký tên, đóng dấu)", name: "Mai Xuân Hòa" },
  ]);
}

// ---------------------------------------------------------------------------------------------------
// District sheets in legacy encodings, checked without a plan

/**
 * 3. A district office's sheet in TCVN3 (.VnTime; capitals in .VnTimeH), a two-row header with
 * "Dự toán" over Số lượng | Đơn giá | Thành tiền, no days column. One mistake: section I's subtotal
 * F11 typed 51.400.000 (the decoration line left out) where its lines add up to 53.000.000.
 */
function phongTuPhapTcvn3(wb: ExcelJS.Workbook): void {
  const w = new SheetWriter(sheet(wb, "Dự toán"), tcvn3Text, 13);
  w.widths([6, 44, 10, 10, 12, 15, 22]);
  officeHeading(w, {
    parent: "UBND HUYỆN HOẰNG HÓA",
    agency: "PHÒNG TƯ PHÁP",
    dateLine: "Hoằng Hóa, ngày 12 tháng 3 năm 2024",
    first: 1,
    split: 2,
    last: 7,
  });
  titles(w, 5, 1, 7, [
    "DỰ TOÁN KINH PHÍ",
    "Tổ chức hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở năm 2024",
    "(Căn cứ Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ Tài chính và dự toán được giao năm 2024)",
  ]);
  w.merge("F8:G8", "Đơn vị tính: đồng", { italic: true, h: "right" });
  const layout = estimateTable(w, 9, {
    firstCol: 1,
    factorColumns: 1,
    hasNote: true,
    group: "Dự toán",
    headers: ["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền", "Ghi chú"],
    figures: "formulas",
    sections: [
      {
        no: "I",
        title: "Tổ chức 02 hội nghị tập huấn cho hòa giải viên các xã, thị trấn",
        // MISTAKE: typed without the decoration line (1.600.000): the lines add up to 53.000.000.
        subtotal: { typed: 51_400_000 },
        lines: [
          { no: "1", content: "Thuê hội trường, âm thanh, ánh sáng", unit: "hội nghị", factors: [2], rate: 2_500_000 },
          { no: "2", content: "Trang trí, khánh tiết hội nghị", unit: "hội nghị", factors: [2], rate: 800_000 },
          {
            no: "3",
            content: "Bồi dưỡng báo cáo viên",
            unit: "buổi",
            factors: [4],
            rate: 600_000,
            note: "02 buổi/hội nghị",
          },
          {
            no: "4",
            content: "Tài liệu tập huấn",
            unit: "bộ",
            factors: [300],
            rate: 25_000,
            note: "150 đại biểu x 2 hội nghị",
          },
          { no: "5", content: "Nước uống giữa giờ", unit: "người", factors: [300], rate: 25_000 },
          {
            no: "6",
            content: "Hỗ trợ tiền ăn cho hòa giải viên không hưởng lương",
            unit: "người",
            factors: [260],
            rate: 100_000,
            note: "130 người x 2 hội nghị",
          },
          { no: "7", content: "Văn phòng phẩm", unit: "người", factors: [300], rate: 10_000 },
        ],
      },
      {
        no: "II",
        title: "In, cấp phát tờ gấp pháp luật về hòa giải ở cơ sở",
        lines: [
          { no: "1", content: "In tờ gấp (khổ A4, gấp 3)", unit: "tờ", factors: [3_000], rate: 1_500 },
          { no: "2", content: "Cấp phát tờ gấp đến các xã, thị trấn", unit: "lần", factors: [1], rate: 500_000 },
        ],
      },
    ],
    totalLabel: "TỔNG CỘNG",
    words: "Bằng chữ: Năm mươi sáu triệu bốn trăm nghìn đồng./.",
  });
  signatures(w, layout.wordsRow + 2, [
    { from: 2, to: 2, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Lê Thị Hoa" },
    { from: 4, to: 5, titles: ["KẾ TOÁN"], note: "(Ký, ghi rõ họ tên)", name: "Phạm Văn Bình" },
    { from: 6, to: 7, titles: ["TRƯỞNG PHÒNG"], note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Văn Long" },
  ]);
}

/**
 * 6. A district office's sheet in VNI-Windows (VNI-Times), no note column. One mistake: the total
 * G21 is =SUM(G11:G20), which adds the section subtotals and their lines both (157.200.000 for
 * 78.600.000); the words read the doubled figure, as the office copied it from the cell.
 */
function phongTuPhapVni(wb: ExcelJS.Workbook): void {
  const w = new SheetWriter(sheet(wb, "Dự toán"), vniText, 12);
  w.widths([6, 46, 10, 10, 8, 12, 15]);
  officeHeading(w, {
    parent: "UBND HUYỆN CHÂU THÀNH",
    agency: "PHÒNG TƯ PHÁP",
    dateLine: "Châu Thành, ngày 08 tháng 4 năm 2024",
    first: 1,
    split: 2,
    last: 7,
  });
  titles(w, 5, 1, 7, [
    "DỰ TOÁN KINH PHÍ",
    "Công tác hòa giải ở cơ sở năm 2024",
    "(Kèm theo Kế hoạch số 15/KH-PTP ngày 01/4/2024 của Phòng Tư pháp)",
  ]);
  w.merge("F8:G8", "Đơn vị tính: đồng", { italic: true, h: "right" });
  const layout = estimateTable(w, 9, {
    firstCol: 1,
    factorColumns: 2,
    hasNote: false,
    headers: ["STT", "Nội dung chi", "ĐVT", "Số lượng", "Số ngày", "Mức chi", "Thành tiền"],
    numbers: ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)x(5)x(6)"],
    figures: "formulas",
    sections: [
      {
        no: "I",
        title: "Tổ chức 01 hội nghị tập huấn nghiệp vụ cho hòa giải viên",
        lines: [
          { no: "1", content: "Thuê hội trường, âm thanh", unit: "hội nghị", factors: [1, 1], rate: 3_000_000 },
          { no: "2", content: "Bồi dưỡng báo cáo viên", unit: "buổi", factors: [2, null], rate: 500_000 },
          { no: "3", content: "Tài liệu tập huấn", unit: "bộ", factors: [200, null], rate: 20_000 },
          { no: "4", content: "Nước uống giữa giờ", unit: "người", factors: [200, 1], rate: 20_000 },
          {
            no: "5",
            content: "Hỗ trợ tiền ăn cho hòa giải viên không hưởng lương",
            unit: "người",
            factors: [170, 1],
            rate: 100_000,
          },
          { no: "6", content: "Văn phòng phẩm", unit: "người", factors: [200, null], rate: 8_000 },
        ],
      },
      {
        no: "II",
        title: "Hỗ trợ hoạt động hòa giải ở cơ sở",
        lines: [
          {
            no: "1",
            content: "Hỗ trợ kinh phí hoạt động của tổ hòa giải (30 tổ x 12 tháng)",
            unit: "tổ/tháng",
            factors: [360, null],
            rate: 100_000,
          },
          {
            no: "2",
            content: "Thù lao hòa giải viên theo vụ, việc",
            unit: "vụ, việc",
            factors: [40, null],
            rate: 300_000,
          },
        ],
      },
    ],
    totalLabel: "TỔNG CỘNG",
    // MISTAKE: the whole column, subtotals and lines both.
    total: { formula: "SUM(G11:G20)" },
    words: "Bằng chữ: Một trăm năm mươi bảy triệu hai trăm nghìn đồng./.",
  });
  signatures(w, layout.wordsRow + 2, [
    { from: 2, to: 2, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Trần Thị Mỹ Linh" },
    { from: 3, to: 5, titles: ["KẾ TOÁN"], note: "(Ký, ghi rõ họ tên)", name: "Võ Văn Phúc" },
    { from: 6, to: 7, titles: ["TRƯỞNG PHÒNG"], note: "(Ký, ghi rõ họ tên)", name: "Huỳnh Văn Tài" },
  ]);
}

// ---------------------------------------------------------------------------------------------------
// The other sheets of the plan: lists, distribution, schedule (province, checked with the plan)

/** A list cell; a formula's "{r}" stands for its own row number. */
type ListCell = string | number | { readonly formula: string } | { readonly date: string } | null;

interface ListSpec {
  readonly name: string;
  readonly widths: readonly number[];
  readonly split: number;
  readonly titles: readonly string[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ListCell[])[];
  /** A total row: its label's column and text, and the columns it adds up with SUM. */
  readonly total?: { readonly labelCol: number; readonly label: string; readonly sums: readonly number[] };
  readonly words?: string;
  readonly notes?: readonly string[];
  readonly dateLine: string;
  readonly signatures: readonly Signature[];
  readonly landscape?: boolean;
}

/** A signed list: heading, titles, bordered table, total, words, notes, date line and signatures. */
function listSheet(wb: ExcelJS.Workbook, spec: ListSpec): void {
  const w = new SheetWriter(sheet(wb, spec.name, spec.landscape ?? false), unicodeText, 13);
  const last = spec.widths.length;
  w.widths(spec.widths);
  officeHeading(w, { ...PROVINCE, first: 1, split: spec.split, last });
  let r = titles(w, 4, 1, last, spec.titles) + 1;
  const headerRow = r++;
  spec.headers.forEach((h, i) => w.text(`${col(i + 1)}${headerRow}`, h, { bold: true, h: "center", wrap: true }));
  w.height(headerRow, 33);
  const bodyTop = r;
  for (const row of spec.rows) {
    row.forEach((v, i) => {
      const address = `${col(i + 1)}${r}`;
      if (v === null) return;
      if (typeof v === "number") w.number(address, v, i === 0 ? { h: "center" } : {});
      else if (typeof v === "string") w.text(address, v, { wrap: true, ...(i === 0 ? { h: "center" } : {}) });
      else if ("formula" in v) w.formula(address, v.formula.replaceAll("{r}", String(r)));
      else w.date(address, v.date, { h: "center" });
    });
    r++;
  }
  const bodyBottom = r - 1;
  if (spec.total) {
    w.text(`${col(spec.total.labelCol)}${r}`, spec.total.label, { bold: true, h: "center" });
    for (const c of spec.total.sums)
      w.formula(`${col(c)}${r}`, `SUM(${col(c)}${bodyTop}:${col(c)}${bodyBottom})`, { bold: true });
    r++;
  }
  w.border(`A${headerRow}:${col(last)}${r - 1}`);
  if (spec.words !== undefined) w.merge(`A${r}:${col(last)}${r++}`, spec.words, { italic: true });
  for (const note of spec.notes ?? []) w.merge(`A${r}:${col(last)}${r++}`, note, { italic: true, wrap: true });
  r++;
  const lastBlock = spec.signatures[spec.signatures.length - 1];
  if (lastBlock)
    w.merge(`${col(lastBlock.from)}${r}:${col(lastBlock.to)}${r}`, spec.dateLine, { italic: true, h: "center" });
  signatures(w, r + 1, spec.signatures);
}

const CONFERENCE_2 = "Thời gian: ngày 16/5/2024. Địa điểm: Hội trường UBND huyện Hà Trung";

// Delegates of conference no. 2 (the Hà Trung cluster): name, position and unit, group.
const MEDIATORS: readonly (readonly [string, string])[] = [
  ["Lê Văn Hùng", "Tổ trưởng Tổ hòa giải thôn Đông, xã Hà Long"],
  ["Nguyễn Thị Mai", "Hòa giải viên thôn Đông, xã Hà Long"],
  ["Phạm Văn Thắng", "Tổ trưởng Tổ hòa giải thôn Bắc, xã Hà Bình"],
  ["Trịnh Thị Hằng", "Hòa giải viên thôn Nam, xã Hà Bình"],
  ["Hoàng Văn Sơn", "Tổ trưởng Tổ hòa giải thôn 3, xã Hà Lĩnh"],
  ["Đỗ Thị Nga", "Hòa giải viên thôn 5, xã Hà Lĩnh"],
  ["Mai Văn Tuấn", "Tổ trưởng Tổ hòa giải thôn 2, xã Hà Sơn"],
  ["Vũ Thị Thanh", "Hòa giải viên thôn 4, xã Hà Sơn"],
  ["Bùi Văn Lợi", "Tổ trưởng Tổ hòa giải thôn Trung, xã Hà Ngọc"],
  ["Lương Thị Huệ", "Hòa giải viên thôn Thượng, xã Hà Ngọc"],
  ["Đinh Văn Khánh", "Tổ trưởng Tổ hòa giải thôn 1, xã Hà Giang"],
  ["Cao Thị Phương", "Hòa giải viên thôn 6, xã Hà Giang"],
  ["Lê Đình Toàn", "Tổ trưởng Tổ hòa giải thôn Tây, xã Hà Tiến"],
  ["Nguyễn Văn Hải", "Hòa giải viên thôn Tây, xã Hà Tiến"],
  ["Trần Thị Loan", "Tổ trưởng Tổ hòa giải thôn 2, xã Hà Đông"],
  ["Phạm Thị Hồng", "Hòa giải viên thôn 7, xã Hà Đông"],
  ["Lê Thị Yến", "Tổ trưởng Tổ hòa giải thôn 4, xã Hà Bắc"],
  ["Nguyễn Đình Chiến", "Hòa giải viên thôn 1, xã Hà Bắc"],
  ["Hà Văn Dũng", "Tổ trưởng Tổ hòa giải tiểu khu 3, thị trấn Hà Trung"],
  ["Nguyễn Thị Thu", "Hòa giải viên tiểu khu 5, thị trấn Hà Trung"],
  ["Lê Văn Hiếu", "Tổ trưởng Tổ hòa giải thôn 3, xã Yến Sơn"],
  ["Trương Thị Hoa", "Hòa giải viên thôn 2, xã Yến Sơn"],
];
const MANAGERS: readonly (readonly [string, string])[] = [
  ["Nguyễn Văn Thành", "Trưởng phòng Tư pháp huyện Hà Trung"],
  ["Lê Thị Minh", "Công chức Tư pháp - Hộ tịch xã Hà Long"],
  ["Phạm Văn Quý", "Công chức Tư pháp - Hộ tịch xã Hà Lĩnh"],
  ["Hoàng Thị Vân", "Công chức Tư pháp - Hộ tịch thị trấn Hà Trung"],
];

/** 8. Delegate list of conference no. 2: 20 mediators and 4 managers; correct. */
function danhSachDaiBieu(wb: ExcelJS.Workbook): void {
  const people = [
    ...MEDIATORS.slice(0, 20).map(([name, unit]) => [name, unit, "Hòa giải viên"] as const),
    ...MANAGERS.map(([name, unit]) => [name, unit, "Cán bộ quản lý"] as const),
  ];
  listSheet(wb, {
    name: "DS đại biểu",
    widths: [6, 24, 44, 16, 14, 12],
    split: 3,
    titles: [
      "DANH SÁCH ĐẠI BIỂU",
      "Tham dự Hội nghị tập huấn bồi dưỡng nghiệp vụ hòa giải ở cơ sở (hội nghị số 2)",
      `(${CONFERENCE_2})`,
    ],
    headers: ["STT", "Họ và tên", "Chức vụ/Đơn vị", "Đối tượng", "Ký nhận", "Ghi chú"],
    rows: people.map(([name, unit, group], i) => [i + 1, name, unit, group, null, null]),
    notes: ["Tổng số: 24 đại biểu (20 hòa giải viên, 04 cán bộ quản lý)."],
    dateLine: "Hà Trung, ngày 16 tháng 5 năm 2024",
    signatures: [
      { from: 2, to: 2, titles: ["NGƯỜI LẬP DANH SÁCH"], note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Thị Thu Hà" },
      {
        from: 4,
        to: 6,
        titles: ["TRƯỞNG PHÒNG PHỔ BIẾN,", "GIÁO DỤC PHÁP LUẬT"],
        note: "(Ký, ghi rõ họ tên)",
        name: "Lê Quang Vinh",
      },
    ],
  });
}

/** 9. Signed meal-support list of conference no. 2: 22 mediators × 1 day × 150.000 đ; correct. */
function danhSachHoTro(wb: ExcelJS.Workbook): void {
  listSheet(wb, {
    name: "Hỗ trợ tiền ăn",
    landscape: true,
    widths: [6, 24, 44, 15, 10, 12, 14, 14],
    split: 3,
    titles: [
      "DANH SÁCH NHẬN TIỀN HỖ TRỢ TIỀN ĂN",
      "Đại biểu không hưởng lương từ ngân sách nhà nước dự Hội nghị tập huấn nghiệp vụ hòa giải ở cơ sở (hội nghị số 2)",
      `(${CONFERENCE_2})`,
      "(Mức hỗ trợ 150.000 đồng/người/ngày theo Thông tư số 40/2017/TT-BTC, Điều 12 khoản 4 điểm b)",
    ],
    headers: ["STT", "Họ và tên", "Chức vụ, đơn vị", "Đối tượng", "Số ngày", "Mức hỗ trợ", "Thành tiền", "Ký nhận"],
    rows: MEDIATORS.map(([name, unit], i) => [
      i + 1,
      name,
      unit,
      "Hòa giải viên",
      1,
      150_000,
      { formula: "E{r}*F{r}" },
      null,
    ]),
    total: { labelCol: 2, label: "Tổng cộng", sums: [7] },
    words: "Bằng chữ: Ba triệu ba trăm nghìn đồng./.",
    dateLine: "Hà Trung, ngày 16 tháng 5 năm 2024",
    signatures: [
      { from: 2, to: 2, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Thị Thu Hà" },
      { from: 3, to: 4, titles: ["KẾ TOÁN"], note: "(Ký, ghi rõ họ tên)", name: "Lê Văn Tâm" },
      { from: 5, to: 8, titles: ["THỦ TRƯỞNG ĐƠN VỊ"], note: "(Ký tên, đóng dấu)", name: "Trịnh Minh Đức" },
    ],
  });
}

// Copies per receiving unit; the Department keeps the rest for the conferences. 25.000 in all.
const LEAFLETS: readonly (readonly [string, number])[] = [
  ["Sở Tư pháp (lưu, phát tại 06 hội nghị tập huấn)", 3_500],
  ["Phòng Tư pháp thành phố Thanh Hóa", 1_400],
  ["Phòng Tư pháp thành phố Sầm Sơn", 500],
  ["Phòng Tư pháp thị xã Bỉm Sơn", 400],
  ["Phòng Tư pháp thị xã Nghi Sơn", 1_200],
  ["Phòng Tư pháp huyện Hà Trung", 800],
  ["Phòng Tư pháp huyện Nga Sơn", 900],
  ["Phòng Tư pháp huyện Hậu Lộc", 900],
  ["Phòng Tư pháp huyện Hoằng Hóa", 1_400],
  ["Phòng Tư pháp huyện Quảng Xương", 1_000],
  ["Phòng Tư pháp huyện Nông Cống", 1_000],
  ["Phòng Tư pháp huyện Đông Sơn", 500],
  ["Phòng Tư pháp huyện Triệu Sơn", 1_100],
  ["Phòng Tư pháp huyện Thiệu Hóa", 900],
  ["Phòng Tư pháp huyện Yên Định", 900],
  ["Phòng Tư pháp huyện Vĩnh Lộc", 500],
  ["Phòng Tư pháp huyện Thạch Thành", 900],
  ["Phòng Tư pháp huyện Cẩm Thủy", 700],
  ["Phòng Tư pháp huyện Ngọc Lặc", 800],
  ["Phòng Tư pháp huyện Lang Chánh", 400],
  ["Phòng Tư pháp huyện Bá Thước", 800],
  ["Phòng Tư pháp huyện Quan Hóa", 600],
  ["Phòng Tư pháp huyện Quan Sơn", 500],
  ["Phòng Tư pháp huyện Mường Lát", 400],
  ["Phòng Tư pháp huyện Như Xuân", 600],
  ["Phòng Tư pháp huyện Như Thanh", 600],
  ["Phòng Tư pháp huyện Thường Xuân", 700],
  ["Phòng Tư pháp huyện Thọ Xuân", 1_100],
];

/** 10. Distribution of the 25.000 leaflets to the Department and 27 district offices; correct. */
function phanPhoiToGap(wb: ExcelJS.Workbook): void {
  listSheet(wb, {
    name: "Phân phối",
    widths: [6, 48, 12, 12, 26],
    split: 2,
    titles: [
      "DANH SÁCH PHÂN PHỐI TỜ GẤP PHÁP LUẬT VỀ HÒA GIẢI Ở CƠ SỞ",
      "(Kèm theo Kế hoạch triển khai công tác hòa giải ở cơ sở năm 2024 của Sở Tư pháp)",
    ],
    headers: ["STT", "Đơn vị nhận", "Đơn vị tính", "Số lượng", "Ghi chú"],
    rows: LEAFLETS.map(([unit, copies], i) => [
      i + 1,
      unit,
      "tờ",
      copies,
      i === 0 ? "Phát cho đại biểu dự hội nghị" : "Cấp cho UBND cấp xã, tổ hòa giải",
    ]),
    total: { labelCol: 2, label: "Tổng cộng", sums: [4] },
    dateLine: "Thanh Hóa, ngày 15 tháng 4 năm 2024",
    signatures: [
      { from: 2, to: 2, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Thị Thu Hà" },
      { from: 3, to: 5, titles: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], note: "(Ký tên, đóng dấu)", name: "Trịnh Minh Đức" },
    ],
  });
}

/** 11. The six conferences' dates, Q2–Q3/2024, on working days three to six weeks apart; correct. */
function lichHoiNghi(wb: ExcelJS.Workbook): void {
  const day = (iso: string) => ({ date: iso });
  listSheet(wb, {
    name: "Lịch hội nghị",
    landscape: true,
    widths: [6, 46, 15, 40, 22],
    split: 2,
    titles: [
      "LỊCH TỔ CHỨC HỘI NGHỊ TẬP HUẤN NGHIỆP VỤ HÒA GIẢI Ở CƠ SỞ NĂM 2024",
      "(06 hội nghị, quý II và quý III năm 2024)",
    ],
    headers: ["STT", "Hội nghị", "Ngày tổ chức", "Địa điểm", "Ghi chú"],
    rows: [
      [
        1,
        "Cụm thành phố Thanh Hóa, Sầm Sơn, Đông Sơn, Quảng Xương",
        day("2024-04-23"),
        "Hội trường Sở Tư pháp",
        "Thứ Ba",
      ],
      [2, "Cụm Hà Trung, Nga Sơn, Bỉm Sơn, Hậu Lộc", day("2024-05-16"), "Hội trường UBND huyện Hà Trung", "Thứ Năm"],
      [
        3,
        "Cụm Ngọc Lặc, Lang Chánh, Cẩm Thủy, Thạch Thành",
        day("2024-06-13"),
        "Hội trường UBND huyện Ngọc Lặc",
        "Thứ Năm",
      ],
      [
        4,
        "Cụm Nghi Sơn, Nông Cống, Như Thanh, Như Xuân",
        day("2024-07-11"),
        "Hội trường UBND thị xã Nghi Sơn",
        "Thứ Năm",
      ],
      // Typed as text, as offices often do; it reads as 20/08/2024, a Tuesday.
      [5, "Cụm Thọ Xuân, Thiệu Hóa, Yên Định, Triệu Sơn", "20/8/2024", "Hội trường UBND huyện Thọ Xuân", "Thứ Ba"],
      [
        6,
        "Cụm Bá Thước, Quan Hóa, Quan Sơn, Mường Lát, Thường Xuân",
        day("2024-09-12"),
        "Hội trường UBND huyện Bá Thước",
        "Thứ Năm",
      ],
    ],
    notes: [
      "Ghi chú: Mỗi hội nghị tổ chức trong 01 ngày; thành phần 320 đại biểu (270 hòa giải viên, 50 cán bộ quản lý).",
    ],
    dateLine: "Thanh Hóa, ngày 01 tháng 4 năm 2024",
    signatures: [
      { from: 2, to: 2, titles: ["NGƯỜI LẬP BIỂU"], note: "(Ký, ghi rõ họ tên)", name: "Nguyễn Thị Thu Hà" },
      { from: 4, to: 5, titles: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], note: "(Ký tên, đóng dấu)", name: "Trịnh Minh Đức" },
    ],
  });
}

// ---------------------------------------------------------------------------------------------------

/** Every workbook, by file name, in the order README.md lists them. */
export const officeWorkbooks: Readonly<Record<string, (wb: ExcelJS.Workbook) => void>> = {
  "du-toan-chuan.xlsx": duToanChuan,
  "du-toan-co-loi.xlsx": duToanCoLoi,
  "phong-tu-phap-tcvn3.xlsx": phongTuPhapTcvn3,
  "du-toan-nghin-dong.xlsx": duToanNghinDong,
  "chua-dien.xlsx": chuaDien,
  "phong-tu-phap-vni.xlsx": phongTuPhapVni,
  "du-toan-cot-b.xlsx": duToanCotB,
  "danh-sach-dai-bieu.xlsx": danhSachDaiBieu,
  "danh-sach-ho-tro.xlsx": danhSachHoTro,
  "phan-phoi-to-gap.xlsx": phanPhoiToGap,
  "lich-hoi-nghi.xlsx": lichHoiNghi,
};

/** Writes every workbook into `dir` (created if missing) and returns their file names. */
export async function writeOfficeSheets(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, draw] of Object.entries(officeWorkbooks)) {
    const wb = newWorkbook();
    draw(wb);
    await saveWorkbook(wb, join(dir, file));
    written.push(file);
  }
  return written;
}

/** This file's own folder: where the committed workbooks live. */
export const sheetsDir = fileURLToPath(new URL(".", import.meta.url));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // `pnpm … generate -- dir` passes the "--" through.
  const [target] = process.argv.slice(2).filter((arg) => arg !== "--");
  const dir = resolve(target ?? sheetsDir);
  const files = await writeOfficeSheets(dir);
  console.log(`${files.length} workbooks written to ${dir}`);
}
