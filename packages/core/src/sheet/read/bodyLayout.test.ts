import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../grid/grid.js";
import { layoutBody, type BodyLayout, type GroupRows, type SectionRows } from "./bodyLayout.js";
import { locateIn } from "../locate/locate.js";
import { estimateSheet } from "../testing/estimateSheet.js";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { sampleSpec } from "../testing/sampleSpec.js";
import { SheetView } from "../../table/view.js";

function layoutOf(grid: Grid): BodyLayout {
  const view = new SheetView(grid);
  const table = locateIn(view).table;
  if (!table) throw new Error("no table located");
  return layoutBody(view, table);
}

const header: CellSpec[] = ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"];
const line = (label: string | null, content: string, amount: CellSpec = 10): CellSpec[] => [
  label,
  content,
  1,
  10,
  amount,
];
/** Item rows as [row, children] pairs, for short expectations. */
const items = (s: SectionRows | undefined) => s?.items.map((i) => [i.row, [...i.children]]);

describe("layoutBody", () => {
  it("lays out the sample: two Roman sections, their items, the total", () => {
    const layout = layoutOf(estimateSheet(sampleSpec));
    // Header at grid row 4, column numbers at 5; I at 6 with items 7–10, II at 11 with 12–13, total at 14.
    expect(layout).toEqual({
      sections: [
        { row: 6, items: [7, 8, 9, 10].map((row) => ({ row, children: [] })) },
        { row: 11, items: [12, 13].map((row) => ({ row, children: [] })) },
      ],
      groups: [],
      totalRow: 14,
    });
  });

  it("takes letter headings as sections when no Roman ones stand under them", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["A", "Trung ương"],
        line("1", "Hội nghị"),
        ["B.", "Địa phương"],
        line("1", "Tờ gấp"),
        line("2", "Tài liệu"),
        [null, "Tổng cộng", null, null, 30],
      ]),
    );
    expect(layout.groups).toEqual([]);
    expect(layout.sections.map((s) => s.row)).toEqual([1, 3]);
    expect(layout.sections.map(items)).toEqual([
      [[2, []]],
      [
        [4, []],
        [5, []],
      ],
    ]);
    expect(layout.totalRow).toBe(6);
  });

  it("groups Roman sections under letter headings (A: I, II; B: III)", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["A", "Trung ương", null, null, 30],
        ["I", "Hội nghị"],
        line("1", "Hội trường"),
        ["II", "Tờ gấp"],
        line("1", "In"),
        ["B", "Địa phương"],
        ["III", "Khác"],
        line("1", "Khác"),
        [null, "Tổng cộng", null, null, 30],
      ]),
    );
    expect(layout.sections.map((s) => s.row)).toEqual([2, 4, 7]);
    expect(layout.groups.map((g) => [g.row, g.sections.map((s) => s.row)])).toEqual([
      [1, [2, 4]],
      [6, [7]],
    ]);
    // The groups hold the very sections of the layout (the audits look them up by identity).
    expect(layout.groups[1]?.sections[0]).toBe(layout.sections[2]);
  });

  it("hangs sub-items (a, b, 1.1, -, +, and '- …' / '+ …' contents without a label) under the item above", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["I", "Hội nghị"],
        line("1", "Thuê", null),
        line("a", "Hội trường"),
        line("b)", "Âm thanh"),
        line("1.1", "Phông"),
        line("2", "Xe", null),
        line("-", "Xe đi"),
        line("+", "Xe về"),
        line(null, "- Xăng"),
        line(null, "+ Phí cầu đường"),
        line("3", "Nước"),
        [null, "TỔNG CỘNG", null, null, 1],
      ]),
    );
    expect(items(layout.sections[0])).toEqual([
      [2, [3, 4, 5]],
      [6, [7, 8, 9, 10]],
      [11, []],
    ]);
  });

  it("makes a sub-item an item when its section has no item above it", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["I", "Hội nghị"],
        line("1", "Thuê", null),
        line("a", "Hội trường"),
        ["II", "Tờ gấp"],
        line("a", "In"),
        line("-", "Vận chuyển"),
        [null, "TỔNG CỘNG", null, null, 1],
      ]),
    );
    // "a" in II does not join item 1 of I; "-" then hangs under it.
    expect(layout.sections.map(items)).toEqual([[[2, [3]]], [[5, [6]]]]);
  });

  it("skips blank rows and text-only notes, and reads hidden rows like any other", () => {
    const layout = layoutOf(
      buildGrid(
        [
          header,
          ["I", "Hội nghị"],
          line("1", "Hội trường"),
          [],
          [null, "(Chi tiết theo phụ lục kèm theo)"],
          [null, "   ", null, null, ""],
          line("2", "Ẩn"),
          line("a", "Ẩn nữa"),
          [null, "Tổng cộng", null, null, 20],
        ],
        { hiddenRows: [2, 6, 7] },
      ),
    );
    expect(items(layout.sections[0])).toEqual([
      [2, []],
      [6, [7]],
    ]);
  });

  it("takes an unlabelled row with numbers as an item", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["I", "Hội nghị"],
        line(null, "Hội trường"),
        line("", "Nước"),
        [null, "Tổng cộng", null, null, 20],
      ]),
    );
    expect(items(layout.sections[0])).toEqual([
      [2, []],
      [3, []],
    ]);
  });

  it("closes a section with its 'Cộng' footer, and takes a flat table's 'Cộng' as the total", () => {
    const footed = layoutOf(
      buildGrid([
        header,
        ["I", "Hội nghị"],
        line("1", "Hội trường"),
        [null, "Cộng mục I", null, null, 10],
        ["II", "Tờ gấp"],
        line("1", "In"),
        [null, "Cộng (II):", null, null, 10],
        [null, "TỔNG CỘNG", null, null, 20],
      ]),
    );
    expect(footed.sections.map((s) => [s.row, s.footerRow])).toEqual([
      [1, 3],
      [4, 6],
    ]);
    expect(footed.totalRow).toBe(7);

    const flat = layoutOf(
      buildGrid([header, line("1", "Hội trường"), line("2", "Nước"), ["Cộng", null, null, null, 20]]),
    );
    expect(flat).toEqual({
      sections: [{ items: [1, 2].map((row) => ({ row, children: [] })) }],
      groups: [],
      totalRow: 3,
    });
    // With headings, a 'Cộng' after a section is that section's footer, never the total.
    const sectioned = layoutOf(
      buildGrid([header, ["I", "Hội nghị"], line("1", "Hội trường"), ["Cộng", null, null, null, 10]]),
    );
    expect(sectioned.sections[0]?.footerRow).toBe(3);
    expect(sectioned.totalRow).toBeUndefined();
  });

  it("reads a table without an STT column by its numbers and '- ' contents", () => {
    const layout = layoutOf(
      buildGrid([
        ["Nội dung", "Số lượng", "Đơn giá", "Số tiền"],
        ["Hội trường", 1, 10, f("B2*C2", 10)],
        ["Xe", null, null, 20],
        ["- Xe đi", 1, 10, 10],
        ["Ghi chú: không có số"],
        ["Tổng cộng", null, null, 30],
      ]),
    );
    expect(layout.sections).toHaveLength(1);
    expect(items(layout.sections[0])).toEqual([
      [1, []],
      [2, [3]],
    ]);
    expect(layout.totalRow).toBe(5);
  });

  it("recovers any layout of groups, sections, footers, items and sub-items, with blank, note and hidden rows", () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.infiniteStream(fc.boolean()), (body, hide) => {
        const { rows, expected } = renderBody(body);
        const hidden = rows.map((_, r) => r).filter(() => hide.next().value);
        expect(layoutOf(buildGrid(rows, { hiddenRows: hidden }))).toEqual(expected);
      }),
    );
  });

  it("reads a contingency or VAT heading with no items, and a rounding line below the sections, as adjustments", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["I", "Chi phí in", null, null, 20],
        line("1", "In tờ gấp"),
        line("2", "In áp phích"),
        ["II", "Chi phí dự phòng 10 %", null, null, 2],
        ["III", "Thuế GTGT 10 %", null, null, 2.2],
        [null, "Làm tròn", null, null, -0.2],
        [null, "Tổng cộng (I + II + III)", null, null, 24],
      ]),
    );
    expect(layout.sections.map((s) => s.row)).toEqual([1]);
    expect(layout.adjustments).toEqual([
      { row: 4, kind: "percentage" },
      { row: 5, kind: "percentage" },
      { row: 6, kind: "correction" },
    ]);
    expect(layout.totalRow).toBe(7);
  });

  it("keeps a contingency heading with items of its own a section, and a contingency item an item", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["I", "Chi phí in", null, null, 20],
        line("1", "In tờ gấp"),
        line("2", "Dự phòng in lại"),
        ["II", "Chi phí dự phòng", null, null, 10],
        line("1", "Dự phòng phát sinh"),
        [null, "Tổng cộng", null, null, 30],
      ]),
    );
    expect(layout.adjustments).toBeUndefined();
    expect(layout.sections.map(items)).toEqual([
      [
        [2, []],
        [3, []],
      ],
      [[5, []]],
    ]);
  });

  it("reads a row labelled I.1 whatever its content starts with, as it reads I.2", () => {
    const layout = layoutOf(
      buildGrid([
        header,
        ["I", "Hội nghị, số hóa"],
        ["I.1", "Hội nghị triển khai"],
        line("-", "Thuê hội trường"),
        ["I.2", "Số hóa tài liệu"],
        line("-", "Nhập liệu"),
        [null, "Tổng cộng", null, null, 20],
      ]),
    );
    expect(layout.sections.map(items)).toEqual([
      [
        [2, [3]],
        [4, [5]],
      ],
    ]);
  });

  it("reads nine letter sections A … I as letters, not I as a Roman section under H", () => {
    const letters = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];
    const layout = layoutOf(
      buildGrid([
        header,
        ...letters.flatMap((l) => [[l, `Phần ${l}`], line("1", `Khoản ${l}`)]),
        [null, "Tổng cộng", null, null, 90],
      ]),
    );
    expect(layout.groups).toEqual([]);
    expect(layout.sections.map((s) => s.row)).toEqual(letters.map((_, i) => 1 + 2 * i));
  });
});

// --- random bodies ---

interface ItemSpec {
  readonly children: readonly string[];
  readonly amount: boolean;
}
interface SectionSpec {
  /** The heading row holds the subtotal. */
  readonly headingAmount: boolean;
  readonly footer: "none" | "filled" | "empty";
  readonly items: readonly ItemSpec[];
}
interface BodySpec {
  /** Items before the first heading (a section without a heading row); only without groups. */
  readonly lead: readonly ItemSpec[];
  /** Letter groups over the sections, or undefined for plain Roman sections. */
  readonly groups?: readonly { readonly filled: boolean; readonly sections: readonly SectionSpec[] }[];
  readonly sections: readonly SectionSpec[];
  /** Rows (blank or note) slipped in after body rows, by a pseudo-random pick. */
  readonly fillers: readonly ("blank" | "note" | "none")[];
}

const itemArbitrary: fc.Arbitrary<ItemSpec> = fc.record({
  children: fc.array(fc.constantFrom("a", "b)", "c.", "1.1", "-", "+", "- Xe", "+ Xăng"), { maxLength: 3 }),
  amount: fc.boolean(),
});
const sectionArbitrary: fc.Arbitrary<SectionSpec> = fc.record({
  headingAmount: fc.boolean(),
  footer: fc.constantFrom("none", "filled", "empty"),
  items: fc.array(itemArbitrary, { maxLength: 4 }),
});
const fillers = fc.array(fc.constantFrom("blank", "note", "none", "none", "none"), { minLength: 1, maxLength: 20 });
const bodyArbitrary: fc.Arbitrary<BodySpec> = fc.oneof(
  fc.record({
    lead: fc.array(itemArbitrary, { maxLength: 2 }),
    sections: fc.array(sectionArbitrary, { maxLength: 4 }),
    fillers,
  }),
  fc
    .record({
      lead: fc.constant([]),
      groups: fc.array(fc.record({ filled: fc.boolean(), sections: fc.array(sectionArbitrary, { maxLength: 3 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      sections: fc.constant([]),
      fillers,
    })
    // Letters are groups only when a Roman heading stands under one.
    .filter((b) => (b.groups ?? []).some((g) => g.sections.length > 0)),
);

const romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const letters = ["A", "B", "C", "D"];

/** The grid rows of a body spec and the layout they should give. */
function renderBody(body: BodySpec): { rows: CellSpec[][]; expected: BodyLayout } {
  const rows: CellSpec[][] = [header];
  let filler = 0;
  const push = (row: CellSpec[]): number => {
    rows.push(row);
    const at = rows.length - 1;
    const kind = body.fillers[filler++ % body.fillers.length];
    if (kind === "blank") rows.push([]);
    if (kind === "note") rows.push([null, "Ghi chú: theo thực tế"]);
    return at;
  };
  const sections: SectionRows[] = [];
  const groups: GroupRows[] = [];
  let roman = 0;
  const renderItems = (specs: readonly ItemSpec[]) =>
    specs.map((item, i) => {
      const row = push(line(String(i + 1), `Khoản ${i + 1}`, item.amount ? 10 : null));
      const children = item.children.map((label) =>
        push(/^[-+] /.test(label) ? line(null, label, 5) : line(label, "Chi tiết", 5)),
      );
      return { row, children };
    });
  const renderSection = (s: SectionSpec): SectionRows => {
    const label = romans[roman++] ?? "I";
    const row = push([label, `Mục ${label}`, null, null, s.headingAmount ? 10 : null]);
    const section: { row: number; items: SectionRows["items"]; footerRow?: number } = {
      row,
      items: renderItems(s.items),
    };
    if (s.footer !== "none")
      section.footerRow = push([null, `Cộng mục ${label}`, null, null, s.footer === "filled" ? 10 : null]);
    return section;
  };
  if (body.lead.length > 0) sections.push({ items: renderItems(body.lead) });
  for (const s of body.sections) sections.push(renderSection(s));
  (body.groups ?? []).forEach((g, i) => {
    const row = push([letters[i] ?? "A", `Nhóm ${i + 1}`, null, null, g.filled ? 10 : null]);
    const inGroup = g.sections.map(renderSection);
    sections.push(...inGroup);
    groups.push({ row, sections: inGroup });
  });
  rows.push([null, "TỔNG CỘNG", null, null, 1]);
  return { rows, expected: { sections, groups, totalRow: rows.length - 1 } };
}
