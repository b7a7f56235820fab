import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../grid/grid.js";
import { layoutBody } from "../read/bodyLayout.js";
import { locateIn } from "../locate/locate.js";
import { RowRanges } from "./rowRanges.js";
import { coveredBelow, covers, sumTree, type SumNode } from "./sumTree.js";
import type { EstimateTable } from "../table.js";
import { estimateSheet, type MoneyMode, type SheetLineSpec, type SheetSectionSpec } from "../testing/estimateSheet.js";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { sampleSpec } from "../testing/sampleSpec.js";
import { SheetView } from "../../table/view.js";

function treeOf(grid: Grid): { tree: SumNode[]; table: EstimateTable } {
  const view = new SheetView(grid);
  const table = locateIn(view).table;
  if (!table) throw new Error("no table located");
  return { tree: sumTree(view, table, layoutBody(view, table)), table };
}

const item = (row: number, subitems: number[] = []): SumNode => ({
  kind: "item",
  row,
  parts: subitems.map((r) => ({ kind: "subitem", row: r, parts: [] })),
});
const header: CellSpec[] = ["STT", "Nội dung", "Số lượng", "Mức chi", "Thành tiền"];
const line = (label: string | null, content: string, amount: CellSpec = 10): CellSpec[] => [
  label,
  content,
  1,
  10,
  amount,
];

describe("sumTree", () => {
  it("puts the sample's sections over their items, each at its amount cell's row", () => {
    const { tree } = treeOf(estimateSheet(sampleSpec));
    expect(tree).toEqual([
      { kind: "section", row: 6, parts: [7, 8, 9, 10].map((r) => item(r)) },
      { kind: "section", row: 11, parts: [12, 13].map((r) => item(r)) },
    ]);
  });

  it("nests groups over sections over items over sub-items", () => {
    const { tree } = treeOf(
      buildGrid([
        header,
        ["A", "Trung ương", null, null, f("E3+E7", 40)],
        ["I", "Hội nghị", null, null, f("SUM(E4:E6)", 30)],
        line("1", "Thuê", f("SUM(E5:E6)", 20)),
        line("a", "Hội trường"),
        line("b", "Âm thanh"),
        ["II", "Tờ gấp", null, null, f("E8", 10)],
        line("1", "In"),
        ["B", "Địa phương"],
        ["III", "Khác", null, null, 10],
        line("1", "Khác"),
        [null, "Tổng cộng", null, null, f("E2+E9", 50)],
      ]),
    );
    expect(tree).toEqual([
      {
        kind: "group",
        row: 1,
        parts: [
          { kind: "section", row: 2, parts: [item(3, [4, 5])] },
          { kind: "section", row: 6, parts: [item(7)] },
        ],
      },
      // B's amount cell is empty: only its sections can stand for it.
      { kind: "group", parts: [{ kind: "section", row: 9, parts: [item(10)] }] },
    ]);
  });

  it("takes a section's subtotal from its heading, else its 'Cộng' footer, else none", () => {
    const { tree } = treeOf(
      buildGrid([
        header,
        ["I", "Heading", null, null, 10],
        line("1", "a"),
        [null, "Cộng mục I", null, null, 10],
        ["II", "Footer"],
        line("1", "b"),
        [null, "Cộng mục II", null, null, 10],
        ["III", "Empty footer"],
        line("1", "c"),
        [null, "Cộng mục III"],
        ["IV", "None"],
        line("1", "d"),
        [null, "TỔNG CỘNG", null, null, 40],
      ]),
    );
    expect(tree.map((s) => [s.kind, s.row])).toEqual([
      ["section", 1],
      ["section", 6],
      ["section", undefined],
      ["section", undefined],
    ]);
  });

  it("keeps sections outside any group at the top, and a flat table as one section without a row", () => {
    const { tree } = treeOf(buildGrid([header, line("1", "a"), line("2", "b"), ["Cộng", null, null, null, 20]]));
    expect(tree).toEqual([{ kind: "section", parts: [item(1), item(2)] }]);
  });

  it("mirrors any generated sheet: sections, items, sub-items, and subtotals only where filled", () => {
    fc.assert(
      fc.property(sectionsArbitrary, fc.boolean(), (sections, columnNumbers) => {
        const { tree, table } = treeOf(estimateSheet({ sections, columnNumbers }));
        expect(tree).toEqual(expectedTree(sections, table.bodyTop));
      }),
    );
  });
});

describe("covers", () => {
  const section: SumNode = { kind: "section", row: 1, parts: [item(2, [3, 4]), item(5)] };
  const set = (...rows: number[]) => new Set(rows);

  it("takes a node's own cell, or every one of its parts, down to the sub-items", () => {
    expect(covers(set(1), section)).toBe(true);
    expect(covers(set(2, 5), section)).toBe(true);
    expect(covers(set(3, 4, 5), section)).toBe(true);
    expect(covers(set(2, 3), section)).toBe(false);
    expect(covers(set(3, 5), section)).toBe(false);
    expect(covers(set(), section)).toBe(false);
  });

  it("never takes an empty subtotal without parts: there is nothing to add it by", () => {
    expect(covers(set(1, 2, 3), { kind: "section", parts: [] })).toBe(false);
    expect(covers(set(7), { kind: "item", row: 7, parts: [] })).toBe(true);
  });

  it("answers for SUM ranges: a range covers a section unless a gap leaves out a line nothing else stands for", () => {
    fc.assert(
      fc.property(sectionsArbitrary, fc.nat(), (sections, pick) => {
        const { tree } = treeOf(estimateSheet({ sections }));
        for (const node of tree) {
          const below = descendants(node);
          const [top, bottom] = [Math.min(...below.map((n) => n.row)), Math.max(...below.map((n) => n.row))];
          if (below.length === 0) {
            expect(covers(new RowRanges([{ top: 0, bottom: 1000 }]), node)).toBe(node.row !== undefined);
            continue;
          }
          // The whole range under the subtotal (as SUM(G8:G11) adds it) covers the section.
          expect(covers(new RowRanges([{ top, bottom }]), node)).toBe(true);
          // SUM(G8:G9,G11:G11): a gap at one row.
          const gap = below[pick % below.length] as { row: number; node: SumNode };
          const split = new RowRanges([
            { top, bottom: gap.row - 1 },
            { top: gap.row + 1, bottom },
          ]);
          const childless = gap.node.kind === "item" && gap.node.parts.length === 0;
          // A sub-item of a parent line whose own cell is empty: nothing else stands for it.
          const unstood = node.parts.some((p) => p.row === undefined && p.parts.includes(gap.node));
          expect(covers(split, node)).toBe(!childless && !unstood);
        }
      }),
    );
  });
});

describe("coveredBelow", () => {
  it("lists the rows under a node that are also added, in reading order", () => {
    const group: SumNode = {
      kind: "group",
      row: 0,
      parts: [
        { kind: "section", row: 1, parts: [item(2, [3, 4]), item(5)] },
        { kind: "section", parts: [item(7)] },
      ],
    };
    expect(coveredBelow(new Set([0, 1, 4, 7]), group)).toEqual([1, 4, 7]);
    expect(coveredBelow(new Set([0]), group)).toEqual([]);
    expect(coveredBelow(new RowRanges([{ top: 0, bottom: 10 }]), group)).toEqual([1, 2, 3, 4, 5, 7]);
  });
});

// --- generated sheets ---

const roman = ["I", "II", "III", "IV", "V"];
const moneyMode = fc.constantFrom<MoneyMode>("formula", "typed", "empty");
const lineArbitrary: fc.Arbitrary<SheetLineSpec> = fc
  .record({ children: fc.nat(3), amount: moneyMode, quantity: fc.integer({ min: 1, max: 50 }) })
  .map(({ children, amount, quantity }) => ({
    content: "Khoản chi",
    factors: { quantity },
    rate: 1000,
    amount,
    ...(children === 0
      ? {}
      : {
          children: Array.from({ length: children }, (_, k) => ({
            number: ["a", "b", "-"][k] ?? "+",
            content: "Chi tiết",
            factors: { quantity },
            rate: 500,
          })),
        }),
  }));
const sectionsArbitrary: fc.Arbitrary<SheetSectionSpec[]> = fc
  .array(fc.record({ lines: fc.array(lineArbitrary, { maxLength: 4 }), subtotal: moneyMode }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((specs) =>
    specs.map((s, i) => ({
      number: roman[i] ?? "I",
      title: `Mục ${i + 1}`,
      subtotal: s.subtotal,
      lines: s.lines.map((l, k) => ({ ...l, number: String(k + 1) })),
    })),
  );

/** The tree a generated sheet should give, counting rows down from the body's top. */
function expectedTree(sections: readonly SheetSectionSpec[], bodyTop: number): SumNode[] {
  let r = bodyTop;
  return sections.map((s) => {
    const row = r++;
    const parts = s.lines.map((l): SumNode => {
      const at = r++;
      const node = item(
        at,
        (l.children ?? []).map(() => r++),
      );
      // A parent line's empty cell is no cell of the tree: only its sub-items stand for it.
      if (node.parts.length > 0 && l.amount === "empty") return { kind: "item", parts: node.parts };
      return node;
    });
    return { kind: "section", ...(s.subtotal === "empty" ? {} : { row }), parts };
  });
}

/** Every node under a node that has a row (all but empty subtotals and empty parent lines). */
function descendants(node: SumNode): { row: number; node: SumNode }[] {
  return node.parts.flatMap((p) => [...(p.row === undefined ? [] : [{ row: p.row, node: p }]), ...descendants(p)]);
}
