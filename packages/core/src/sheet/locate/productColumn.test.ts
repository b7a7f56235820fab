import { describe, expect, it } from "vitest";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { SheetView } from "../../table/view.js";
import { locateIn } from "./locate.js";

const locate = (rows: CellSpec[][]) => locateIn(new SheetView(buildGrid(rows)));

describe("an amount column no header word names", () => {
  it("is the column of the price × multipliers products, found by the lines", () => {
    const { table } = locate([
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Cộng tiền", "Ghi chú"],
      ["(1)", "(2)", "(3)", "(4)", "(5)=(3)x(4)", "(6)"],
      ["1", "Hội trường", 1, 3000000, f("C3*D3", 3000000), null],
      ["2", "Nước uống", 100, 20000, 2000000, "2 buổi"],
      ["3", "Tài liệu", 100, 30000, f("C5*D5", 3000000), null],
      [null, "Tổng cộng", null, null, f("SUM(E3:E5)", 8000000)],
    ]);
    expect(table?.columns).toMatchObject({ content: 1, rate: 3, amount: 4, note: 5 });
    expect(table?.range).toBe("A1:F6");
  });

  it("is not guessed when no column is clearly the products: no table rather than a wrong one", () => {
    const { table, findings } = locate([
      ["STT", "Nội dung", "Số lượng", "Đơn giá", "Năm trước"],
      ["1", "Hội trường", 1, 3000000, 2500000],
      ["2", "Nước uống", 100, 20000, 1800000],
    ]);
    expect(table).toBeUndefined();
    expect(findings.map((x) => x.code)).toEqual(["table.not_found"]);
  });
});
