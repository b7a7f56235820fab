import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromA1, toA1 } from "../grid/a1.js";
import type { Cell, Grid } from "../grid/grid.js";
import { encodeTcvn3 } from "../text/legacy/testing/encode.js";
import { buildGrid, f } from "./testing/gridBuilder.js";
import { SheetView } from "./view.js";

// Excel's limits: 1,048,576 rows and 16,384 columns (XFD).
const maxRow = 1_048_575;
const maxCol = 16_383;

describe("SheetView addresses", () => {
  it("adds the grid's origin to every address and maps sheet coordinates back", () => {
    const view = new SheetView(buildGrid([[1, 2], [3]], { origin: { row: 4, col: 27 } }));
    expect(view.address(0, 0)).toBe("AB5");
    expect(view.address(1, 1)).toBe("AC6");
    expect([view.sheetRow(0), view.sheetCol(0)]).toEqual([4, 27]);
    expect([view.gridRow(4), view.gridCol(27)]).toEqual([0, 0]);
    // A sheet row above the grid maps to a negative grid row (callers clip it).
    expect(view.gridRow(0)).toBe(-4);
    expect(new SheetView(buildGrid([[1]])).address(0, 0)).toBe("A1");
  });

  it("ignores a missing, negative or fractional origin coordinate (taken as 0)", () => {
    for (const origin of [undefined, { row: -3, col: 2 }, { row: 1.5, col: 0 }, { row: Number.NaN, col: -1 }]) {
      const grid = { sheet: "S", rows: [[{ value: 1 }]], ...(origin ? { origin } : {}) } as Grid;
      const view = new SheetView(grid);
      const expected = origin?.row === -3 ? "C1" : "A1";
      expect(view.address(0, 0), JSON.stringify(origin)).toBe(expected);
    }
  });

  it("matches an address in place: letters in either case, no leading zeros, the whole row number", () => {
    const view = new SheetView(buildGrid([[1]], { origin: { row: 7, col: 3 } }));
    // Grid (0, 0) is D8 on the sheet.
    expect(view.matchAddress("D8", 0, 0, 0)).toBe(2);
    expect(view.matchAddress("d8*E8", 0, 0, 0)).toBe(2);
    expect(view.matchAddress("=SUM(D8)", 5, 0, 0)).toBe(7);
    for (const text of ["D08", "D80", "E8", "D9", "DD8", "D", "", "8"]) {
      expect(view.matchAddress(text, 0, 0, 0), text).toBe(-1);
    }
    // A cell left of or above the sheet has no address to match.
    expect(view.matchAddress("A1", 0, -8, 0)).toBe(-1);
  });

  it("round-trips grid and sheet coordinates through A1 for any origin", () => {
    const origin = fc.record({
      row: fc.integer({ min: 0, max: maxRow - 200 }),
      col: fc.integer({ min: 0, max: maxCol - 200 }),
    });
    const cell = fc.record({ r: fc.nat(199), c: fc.nat(199) });
    fc.assert(
      fc.property(origin, cell, (o, { r, c }) => {
        const view = new SheetView(buildGrid([[1]], { origin: o }));
        const address = view.address(r, c);
        expect(address).toBe(toA1(o.row + r, o.col + c));
        expect(fromA1(address)).toEqual({ row: view.sheetRow(r), col: view.sheetCol(c) });
        expect(view.gridRow(view.sheetRow(r))).toBe(r);
        expect(view.gridCol(view.sheetCol(c))).toBe(c);
        // Found in place at any offset, in either case, and only for its own cell.
        const text = `=${address.toLowerCase()}*2`;
        expect(view.matchAddress(text, 1, r, c)).toBe(1 + address.length);
        expect(view.matchAddress(address, 0, r + 1, c)).toBe(-1);
        expect(view.matchAddress(address, 0, r, c + 1)).toBe(-1);
        if (r > 0) expect(view.matchAddress(address, 0, r - 1, c)).toBe(-1);
      }),
    );
  });

  it("builds the same address again and again (cached column letters stay per column)", () => {
    const view = new SheetView(buildGrid([[1]], { origin: { row: 0, col: 25 } }));
    const first = [0, 1, 2, 26, 27].map((c) => view.address(3, c));
    expect(first).toEqual(["Z4", "AA4", "AB4", "AZ4", "BA4"]);
    expect([27, 26, 2, 1, 0].map((c) => view.address(3, c))).toEqual([...first].reverse());
  });
});

describe("SheetView text", () => {
  it("gives NFC text with single spaces, line breaks as spaces, and folds it for matching", () => {
    const view = new SheetView(
      buildGrid([["THÀNH\nTIỀN".normalize("NFD"), "  Đơn   giá ", "Nội dung\r\nchi", "Số ngày/\nbuổi (5)"]]),
    );
    expect([0, 1, 2, 3].map((c) => view.text(0, c))).toEqual([
      "THÀNH TIỀN",
      "Đơn giá",
      "Nội dung chi",
      "Số ngày/ buổi (5)",
    ]);
    expect(view.text(0, 0)).toBe("THÀNH TIỀN".normalize("NFC"));
    expect([0, 1, 2].map((c) => view.folded(0, c))).toEqual(["thanh tien", "don gia", "noi dung chi"]);
  });

  it("folds only the start of texts a row marker can begin with", () => {
    const long = "TỔNG CỘNG KINH PHÍ ĐỀ NGHỊ CẤP CHO CÁC HOẠT ĐỘNG NĂM 2024";
    const view = new SheetView(buildGrid([["Tổng cộng", "Cộng mục I", "Hỗ trợ tiền ăn", long, "Bằng chữ: Một đồng"]]));
    expect(view.foldedStart(0, 0)).toBe("tong cong");
    expect(view.foldedStart(0, 1)).toBe("cong muc i");
    // A line's content starting with a word no marker starts with is not folded at all.
    expect(view.foldedStart(0, 2)).toBe("");
    expect(view.foldedStart(0, 3)).toBe("tong cong kinh phi de nghi cap c");
    expect(view.foldedStart(0, 4)).toBe("bang chu: mot dong");
    // Whole folds are independent of the start's cache.
    expect(view.folded(0, 2)).toBe("ho tro tien an");
    expect(view.foldedStart(0, 2)).toBe("");
  });

  it("keeps each cell's text apart on ragged rows, read in any order, twice", () => {
    // Every cell says where it is (with messy spacing): a cache keyed wrongly would return a neighbour's.
    const shape = fc.array(fc.array(fc.boolean(), { maxLength: 8 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(
        shape,
        fc.array(fc.tuple(fc.integer({ min: -1, max: 9 }), fc.integer({ min: -1, max: 9 }))),
        (rows, reads) => {
          const grid = buildGrid(rows.map((row, r) => row.map((has, c) => (has ? ` ${r}\n:  ${c} ` : null))));
          const view = new SheetView(grid);
          const expected = (r: number, c: number) => (rows[r]?.[c] ? `${r} : ${c}` : "");
          for (const [r, c] of [...reads, ...reads]) {
            expect(view.text(r, c)).toBe(expected(r, c));
            expect(view.folded(r, c)).toBe(expected(r, c));
          }
        },
      ),
    );
  });

  it("decodes legacy TCVN3 text once per cell and records where it was found", () => {
    const view = new SheetView(
      buildGrid([["STT", { value: encodeTcvn3("Nội dung chi"), font: ".VnTime" }, "Nội dung"]]),
    );
    expect(view.text(0, 1)).toBe("Nội dung chi");
    expect(view.text(0, 1)).toBe("Nội dung chi");
    expect(view.folded(0, 1)).toBe("noi dung chi");
    expect(view.text(0, 2)).toBe("Nội dung");
    expect(view.legacyHits).toEqual([{ row: 0, col: 1, encoding: "TCVN3", sample: "Nội dung chi" }]);
  });
});

describe("SheetView values", () => {
  it("gives numbers as digits and keeps numbers typed as text as typed", () => {
    const view = new SheetView(
      buildGrid([[1_500_000, "1.500.000", "  1 500 000 ", 0.5, { value: 36_000_000, formula: "D8*F8" }, true]]),
    );
    expect([0, 1, 2, 3, 4, 5].map((c) => view.text(0, c))).toEqual([
      "1500000",
      "1.500.000",
      "1 500 000",
      "0.5",
      "36000000",
      "",
    ]);
    // A number typed as text stays a string value: the number readers parse it, the view does not.
    expect(view.value(0, 1)).toBe("1.500.000");
    expect(view.value(0, 4)).toBe(36_000_000);
    expect(view.formula(0, 4)).toBe("D8*F8");
  });

  it("tells empty cells: blank text is empty, a formula without a cached value is not", () => {
    const view = new SheetView(
      buildGrid([
        ["", "   ", null, f("A1"), { value: Number.NaN }, { value: { error: "#REF!" } }, 0, { value: 1, formula: " " }],
      ]),
    );
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => view.isEmpty(0, c))).toEqual([
      true,
      true,
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect(view.value(0, 3)).toBeNull();
    expect(view.value(0, 4)).toBeNull();
    expect(view.value(0, 5)).toEqual({ error: "#REF!" });
    expect(view.text(0, 5)).toBe("");
    // A blank formula is no formula.
    expect(view.formula(0, 7)).toBeUndefined();
  });

  it("never throws on malformed grids, rows or cells", () => {
    const odd = {
      sheet: 7,
      rows: [null, [3, "x", { value: { nested: true } }, { value: "ok", formula: 12 }], "row"],
      origin: { row: "2" },
    } as unknown as Grid;
    const view = new SheetView(odd);
    expect(view.sheet).toBe("");
    expect([view.rowCount, view.colCount]).toEqual([3, 4]);
    expect([view.value(1, 0), view.value(1, 1), view.value(1, 2), view.value(0, 0), view.value(2, 0)]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(view.text(1, 3)).toBe("ok");
    expect(view.formula(1, 3)).toBeUndefined();
    expect(view.address(0, 0)).toBe("A1");
    expect(new SheetView(null as unknown as Grid).rowCount).toBe(0);
  });

  it("reports hidden cells", () => {
    const view = new SheetView(buildGrid([["a"], ["b"]], { hiddenRows: [1] }));
    expect([view.isHidden(0, 0), view.isHidden(1, 0), view.isHidden(5, 5)]).toEqual([false, true, false]);
  });
});

describe("SheetView and merged cells", () => {
  it("reads a merged area's value at its top-left cell only; the covered cells are empty", () => {
    const merges = [
      { top: 0, left: 3, bottom: 0, right: 5 },
      { top: 0, left: 0, bottom: 1, right: 0 },
    ];
    const grid = buildGrid(
      [
        ["STT", "Nội dung", "ĐVT", "Kinh phí", null, null],
        [null, null, null, "Số lượng", "Đơn giá", "Thành tiền"],
        ["1", "Hội trường", "hội nghị", 6, 100, 600],
      ],
      { merges },
    );
    const view = new SheetView(grid);
    expect(view.text(0, 3)).toBe("Kinh phí");
    expect([view.isEmpty(0, 4), view.isEmpty(0, 5), view.isEmpty(1, 0)]).toEqual([true, true, true]);
    expect(view.text(1, 0)).toBe("");
  });
});

describe("SheetView on sparse, far-flung grids", () => {
  it("does not allocate rows × columns for one cell at XFD1048576, and walks rows to their own width", () => {
    const rows: (Cell | undefined)[][] = [[{ value: "STT" }, { value: "Nội dung" }]];
    const far: (Cell | undefined)[] = [];
    far[maxCol] = { value: "xa" };
    rows[maxRow] = far;
    const view = new SheetView({ sheet: "S", rows });
    expect([view.rowCount, view.colCount]).toEqual([maxRow + 1, maxCol + 1]);
    expect([view.width(0), view.width(1), view.width(maxRow), view.width(maxRow + 1)]).toEqual([2, 0, maxCol + 1, 0]);
    expect(view.text(maxRow, maxCol)).toBe("xa");
    expect(view.foldedStart(0, 0)).toBe("");
    expect(view.address(maxRow, maxCol)).toBe("XFD1048576");
  });

  it("ignores rows and cells beyond Excel's limits", () => {
    const rows: (Cell | undefined)[][] = [[{ value: 1 }]];
    rows[4_294_967_293] = [{ value: 2 }];
    const wide: (Cell | undefined)[] = [];
    wide[maxCol + 5] = { value: 3 };
    rows[1] = wide;
    const view = new SheetView({ sheet: "S", rows });
    expect([view.rowCount, view.colCount]).toEqual([maxRow + 1, maxCol + 1]);
    expect(view.cell(1, maxCol + 5)).toBeUndefined();
    expect(view.value(4_294_967_293, 0)).toBeNull();
  });
});
