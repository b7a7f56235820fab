import { describe, expect, it } from "vitest";
import { columnsFromRoles, rowRoles } from "./header.js";
import { isHeaderLike } from "../../table/headerRow.js";
import { locateIn } from "./locate.js";
import { estimateSheet } from "../testing/estimateSheet.js";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { sampleSpec } from "../testing/sampleSpec.js";
import type { ColumnRole } from "./vocabulary.js";
import { SheetView } from "../../table/view.js";

const viewOf = (...rows: CellSpec[][]) => new SheetView(buildGrid(rows));
const roles = (row: CellSpec[]) => Object.fromEntries(rowRoles(viewOf(row), 0));

describe("rowRoles", () => {
  it("names every column of a standard header", () => {
    expect(
      roles([
        "STT",
        "Nội dung chi",
        "Đơn vị tính",
        "Số lượng",
        "Số người",
        "Số ngày",
        "Mức chi",
        "Thành tiền",
        "Ghi chú",
      ]),
    ).toEqual({ number: 0, content: 1, unit: 2, quantity: 3, persons: 4, days: 5, rate: 6, amount: 7, note: 8 });
  });

  it("reads NFD text, line breaks, extra spaces and capitals like plain text", () => {
    const nfd = (s: string) => s.normalize("NFD");
    expect(
      roles([
        nfd("Số\nTT"),
        nfd("NỘI DUNG\nCHI"),
        nfd("  Đơn   vị\r\ntính "),
        nfd("Số ngày/\nbuổi (5)"),
        nfd(" Đơn  giá "),
        nfd("THÀNH\nTIỀN\n(đồng)"),
      ]),
    ).toEqual({ number: 0, content: 1, unit: 2, days: 3, rate: 4, amount: 5 });
  });

  it("knows the synonyms offices use: Đơn giá / Mức chi / Định mức, Thành tiền / Số tiền / Kinh phí", () => {
    for (const rate of ["Đơn giá", "Mức chi", "Định mức", "Đơn giá (đồng)"]) {
      for (const amount of ["Thành tiền", "Số tiền", "Kinh phí", "Tổng tiền", "Thành tiền (đồng)"]) {
        expect(roles(["TT", "Diễn giải", rate, amount]), `${rate} | ${amount}`).toEqual({
          number: 0,
          content: 1,
          rate: 2,
          amount: 3,
        });
      }
    }
    // The longer phrase wins: "Diễn giải cách tính" is a note, not the content.
    expect(roles(["Khoản chi", "Diễn giải cách tính", "Số tiền"])).toEqual({ content: 0, note: 1, amount: 2 });
  });

  it("keeps the first column naming a role, and ignores long texts and unknown names", () => {
    const long = "Nội dung " + "rất dài ".repeat(10);
    expect(roles([long, "Nội dung", "Thành tiền", "Dự toán", "Số tiền"])).toEqual({ content: 1, amount: 2 });
    // A word that only starts like a header name is none ("Số lượt" is not "Số lượng", only a count of something).
    expect(roles(["Số lượt", "Nộidung", "Thành"])).toEqual({ count: 0 });
  });

  it("finds no header in a body row: two numbers, formulas or numbers typed as text", () => {
    // Each of these rows names content and amount by their texts, yet is a line of the body.
    for (const row of [
      ["Nội dung", "Thành tiền", 2, 10],
      ["Nội dung", "Thành tiền", "1.500.000", "2"],
      ["Nội dung", "Thành tiền", f("C1*D1", 20), 1],
    ] as CellSpec[][]) {
      expect(rowRoles(viewOf(row), 0).size, JSON.stringify(row)).toBe(0);
    }
    expect(roles(["Nội dung", "Thành tiền", 2])).toEqual({ content: 0, amount: 1 });
  });
});

describe("columnsFromRoles", () => {
  it("builds the columns, factors in sheet order", () => {
    const found = new Map<ColumnRole, number>([
      ["amount", 7],
      ["days", 5],
      ["content", 1],
      ["quantity", 3],
      ["number", 0],
      ["rate", 6],
    ]);
    expect(columnsFromRoles(found)).toEqual({
      content: 1,
      amount: 7,
      number: 0,
      rate: 6,
      factors: [
        { kind: "quantity", col: 3 },
        { kind: "days", col: 5 },
      ],
    });
  });

  it("finds no table without both a content and an amount column", () => {
    expect(
      columnsFromRoles(
        new Map<ColumnRole, number>([
          ["content", 1],
          ["rate", 2],
        ]),
      ),
    ).toBeUndefined();
    expect(
      columnsFromRoles(
        new Map<ColumnRole, number>([
          ["amount", 1],
          ["number", 0],
        ]),
      ),
    ).toBeUndefined();
    expect(
      columnsFromRoles(
        new Map<ColumnRole, number>([
          ["content", 0],
          ["amount", 1],
        ]),
      ),
    ).toEqual({
      content: 0,
      amount: 1,
      factors: [],
    });
  });
});

// The locator puts the header functions together; these check what they give it.
describe("headers as the locator reads them", () => {
  it("reads a two-row header with a merged 'Kinh phí' over quantity, rate and amount", () => {
    const grid = buildGrid(
      [
        ["STT", "Nội dung", "ĐVT", "Kinh phí", null, null, "Ghi chú"],
        [null, null, null, "Số lượng", "Đơn giá", "Thành tiền", null],
        ["1", "Hội trường", "hội nghị", 6, 100, f("D3*E3", 600)],
        [null, "Tổng cộng", null, null, null, f("F3", 600)],
      ],
      {
        merges: [
          { top: 0, left: 3, bottom: 0, right: 5 },
          { top: 0, left: 0, bottom: 1, right: 0 },
          { top: 0, left: 1, bottom: 1, right: 1 },
        ],
      },
    );
    const view = new SheetView(grid);
    // The upper row alone names "Kinh phí" (amount) over the quantity column: the lower row must win.
    expect(Object.fromEntries(rowRoles(view, 0))).toMatchObject({ amount: 3 });
    expect(isHeaderLike(view, 1)).toBe(true);
    const { table } = locateIn(view);
    expect(table).toMatchObject({ headerTop: 0, headerBottom: 1, bodyTop: 2, totalRow: 3 });
    expect(table?.columns).toEqual({
      number: 0,
      content: 1,
      unit: 2,
      factors: [{ kind: "quantity", col: 3 }],
      rate: 4,
      amount: 5,
      note: 6,
    });
  });

  it("splits a merged 'Số lượng' into the persons and days named under it", () => {
    const grid = buildGrid([
      ["TT", "Nội dung", "Số lượng", null, "Mức chi", "Thành tiền"],
      [null, null, "Số người", "Số ngày", null, null],
      ["1", "Tiền ăn", 30, 2, 150_000, 9_000_000],
    ]);
    const { table } = locateIn(new SheetView(grid));
    expect(table?.headerBottom).toBe(1);
    expect(table?.columns.factors).toEqual([
      { kind: "persons", col: 2 },
      { kind: "days", col: 3 },
    ]);
  });

  it("takes a column-number row under the header as no part of the header or body", () => {
    const { table } = locateIn(new SheetView(estimateSheet(sampleSpec)));
    expect(table).toMatchObject({ headerTop: 4, headerBottom: 4, columnNumbersRow: 5, bodyTop: 6 });
  });

  it("reads NFD, line-broken and spaced-out header text on a whole sheet", () => {
    const grid = estimateSheet({
      ...sampleSpec,
      labels: {
        number: " Số   thứ\ntự ".normalize("NFD"),
        content: "NỘI DUNG\nCHI".normalize("NFD"),
        rate: " Đơn  giá ".normalize("NFD"),
        amount: "Số tiền\r\n(đồng)".normalize("NFD"),
      },
    });
    const { table } = locateIn(new SheetView(grid));
    expect(table?.columns).toMatchObject({ number: 0, content: 1, rate: 5, amount: 6 });
  });

  it("reports no table when no row names both content and amount, or the only one is a body row", () => {
    for (const rows of [
      [
        ["STT", "Nội dung", "Số lượng", "Mức chi"],
        ["1", "Thuê hội trường", 2, 10],
      ],
      [["Nội dung", "Thành tiền", 1, 2]],
      [["Đơn vị tính: đồng"], ["Thành tiền"], ["Nội dung"]],
    ] as CellSpec[][][]) {
      const { table, findings } = locateIn(new SheetView(buildGrid(rows)));
      expect(table).toBeUndefined();
      expect(findings.map((x) => x.code)).toEqual(["table.not_found"]);
    }
  });
});
