import type { Grid } from "../../grid/grid.js";
import { estimateSheet, type SheetLineSpec, type SheetSectionSpec } from "./estimateSheet.js";

const contents: readonly [string, string, number][] = [
  ["Thuê hội trường, âm thanh, ánh sáng", "hội nghị", 6_000_000],
  ["Trang trí, khánh tiết, ma-két hội nghị", "hội nghị", 1_500_000],
  ["Thù lao báo cáo viên", "buổi", 1_000_000],
  ["Tài liệu tập huấn cho đại biểu", "bộ", 25_000],
  ["Nước uống giữa giờ", "người", 40_000],
  ["Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN", "người", 150_000],
  ["Văn phòng phẩm", "người", 10_000],
  ["In tờ gấp pháp luật", "tờ", 1_200],
];

/**
 * A generated estimate sheet of `lines` lines (benchmarks and property tests): sections of at least 50 items
 * with live formulas and cached values, varied texts (each line's content is different), correct words. At
 * most 80 sections, numbered I … LXXX, so that no section number repeats or reads as a letter group (C, D).
 */
export function largeSheet(lines: number): Grid {
  const perSection = Math.max(50, Math.ceil(lines / 80));
  const sections: SheetSectionSpec[] = [];
  for (let s = 0; s * perSection < lines; s++) {
    const items: SheetLineSpec[] = [];
    for (let i = 0; i < perSection && s * perSection + i < lines; i++) {
      const n = s * perSection + i;
      const [content, unit, rate] = contents[n % contents.length] ?? ["", "", 0];
      items.push({
        number: String(i + 1),
        content: `${content} (đợt ${n + 1})`,
        unit,
        factors: n % 3 === 0 ? { quantity: (n % 40) + 1 } : { quantity: (n % 40) + 1, days: (n % 3) + 1 },
        rate,
        note: n % 5 === 0 ? `${(n % 9) + 1} người x ${(n % 4) + 1} hội nghị` : undefined,
      } as SheetLineSpec);
    }
    sections.push({ number: roman(s), title: `Hoạt động số ${s + 1}`, lines: items });
  }
  return estimateSheet({ sections, columnNumbers: true });
}

function roman(i: number): string {
  const numerals: [number, string][] = [
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let n = i + 1;
  let out = "";
  for (const [v, s] of numerals)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
