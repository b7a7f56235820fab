import { describe, expect, it } from "vitest";
import { buildGrid, f, type CellSpec } from "../../table/testing/gridBuilder.js";
import { SheetView } from "../../table/view.js";
import { locateIn } from "./locate.js";

const columnsOf = (rows: CellSpec[][]) => locateIn(new SheetView(buildGrid(rows))).table?.columns;

describe("resolveColumns: the lines tell which columns multiply, price and total", () => {
  it("takes a 'Số lần' column as a multiplier when the amounts are products with it", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "ĐVT", "Số lượng", "Số lần", "Đơn giá", "Thành tiền"],
      ["1", "Nước uống", "người", 100, 2, 20000, f("D2*E2*F2", 4000000)],
      ["2", "Tài liệu", "bộ", 100, null, 30000, f("D3*F3", 3000000)],
      ["3", "Báo cáo viên", "buổi", 2, 3, 1000000, 6000000],
    ]);
    expect(cols?.factors).toEqual([
      { kind: "quantity", col: 3 },
      { kind: "count", col: 4 },
    ]);
    expect(cols).toMatchObject({ rate: 5, amount: 6 });
  });

  it("reads the shape from amounts typed rounded off their products (to the thousand, up or to nearest)", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "ĐVT", "Số lượng", "Số lần", "Đơn giá", "Thành tiền"],
      ["1", "Nước uống", "người", 37, 3, 12345, 1370000],
      ["2", "Tài liệu", "bộ", 41, 2, 23456, 1923000],
      ["3", "Báo cáo viên", "buổi", 3, 2, 1234567, 7408000],
    ]);
    expect(cols?.factors).toEqual([
      { kind: "quantity", col: 3 },
      { kind: "count", col: 4 },
    ]);
    expect(cols).toMatchObject({ rate: 5, amount: 6 });
  });

  it("leaves out a count column the amounts do not use (Số tổ hòa giải beside Số vụ việc)", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "Số tổ hòa giải", "Số vụ việc", "Mức chi", "Kinh phí"],
      ["1", "Xã Hải Thanh", 12, 11, 150000, f("D2*E2", 1650000)],
      ["2", "Xã Hải Hà", 8, 4, 150000, 600000],
      ["3", "Xã Hải Châu", 10, 6, 150000, f("D4*E4", 900000)],
    ]);
    expect(cols?.factors).toEqual([{ kind: "count", col: 3 }]);
  });

  it("keeps the shape of the most lines: one wrong line does not change it", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "Số lượng", "Số ngày", "Mức chi", "Thành tiền"],
      ["1", "Tiền ăn", 50, 2, 150000, 15000000],
      ["2", "Nước uống", 50, 2, 20000, 2000000],
      ["3", "Tài liệu", 50, null, 30000, 1500000],
      ["4", "Hội trường", 1, 2, 3000000, 3000000],
    ]);
    expect(cols?.factors.map((x) => x.kind)).toEqual(["quantity", "days"]);
  });

  it("leaves out an unused count column when the amounts are rounded to the thousand", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "Số tổ hòa giải", "Số vụ việc", "Mức chi", "Kinh phí"],
      ["1", "Xã Hải Thanh", 12, 11, 151234, 1664000],
      ["2", "Xã Hải Hà", 8, 4, 151234, 605000],
      ["3", "Xã Hải Châu", 10, 6, 151234, f("ROUND(D4*E4,-3)", 907000)],
    ]);
    expect(cols?.factors).toEqual([{ kind: "count", col: 3 }]);
  });

  it("tells the price from the cap beside it (Định mức | Đơn giá), even with text in the cap column", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "Số lượng", "Định mức", "Đơn giá", "Thành tiền"],
      ["1", "Tiền ăn", 50, 150000, 120000, 6000000],
      ["2", "Hội trường", 1, "Theo hợp đồng", 3000000, 3000000],
    ]);
    expect(cols).toMatchObject({ rate: 4, amount: 5 });
  });

  it("tells the amount from an approved figure beside it (Dự toán được duyệt | … | Số tiền quyết toán)", () => {
    const cols = columnsOf([
      ["STT", "Nội dung chi", "Dự toán được duyệt", "Số lượng", "Đơn giá", "Số tiền quyết toán", "Chứng từ"],
      ["1", "Tiền ăn", 7000000, 45, 150000, 6750000, "PC 12"],
      ["2", "Hội trường", 3000000, 1, 3000000, 3000000, "HĐ 05"],
    ]);
    expect(cols).toMatchObject({ rate: 4, amount: 5 });
    expect(
      locateIn(new SheetView(buildGrid([["STT", "Nội dung", "Dự toán", "Thành tiền", "Chứng từ"]]))).table?.range,
    ).toBe("A1:E1");
  });

  it("goes by the header alone on an unfilled sheet: every multiplier, the plain price and amount words", () => {
    const cols = columnsOf([
      ["STT", "Nội dung", "Số tổ", "Số tháng", "Định mức", "Mức chi", "Giá trị", "Số tiền"],
      ["1", "Hỗ trợ tổ hòa giải", null, null, null, null, null, null],
    ]);
    expect(cols).toMatchObject({
      factors: [
        { kind: "count", col: 2 },
        { kind: "count", col: 3 },
      ],
      rate: 5,
      amount: 7,
    });
  });

  it("reads 'Đơn vị' as the content column when no other column is the content", () => {
    expect(columnsOf([["TT", "Đơn vị", "Số tổ", "Mức chi", "Số tiền"]])).toMatchObject({ content: 1 });
    expect(columnsOf([["TT", "Nội dung", "Đơn vị", "Số lượng", "Mức chi", "Số tiền"]])).toMatchObject({
      content: 1,
      unit: 2,
    });
  });
});
