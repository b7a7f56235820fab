import { describe, expect, it } from "vitest";
import { buildGrid } from "./testing/gridBuilder.js";
import { SheetView } from "./view.js";
import { conferenceListRole } from "../lists/listVocabulary.js";
import { locateListTable } from "./locateListTable.js";

const locate = (rows: Parameters<typeof buildGrid>[0]) =>
  locateListTable(new SheetView(buildGrid(rows)), conferenceListRole, ["name"]);

describe("locateListTable", () => {
  it("finds a header in any order and wording, skips a column-number row and stops at the total", () => {
    const t = locate([
      ["DANH SÁCH ĐẠI BIỂU"],
      ["Ký nhận", "Số tiền (đồng)", "HỌ VÀ TÊN", "TT"],
      ["(1)", "(2)", "(3)", "(4)"],
      [null, 1000, "Tống Văn Cộng", 1],
      [],
      [null, 2000, "B", 2],
      ["Tổng cộng", 3000],
      ["Bằng chữ: Ba nghìn đồng"],
    ]);
    expect(t).toMatchObject({
      headerRow: 1,
      bodyTop: 3,
      bodyBottom: 5,
      totalRow: 6,
      words: { row: 7, col: 0, labelOnly: false },
    });
    expect(Object.fromEntries(t?.columns ?? [])).toEqual({ sign: 0, amount: 1, name: 2, number: 3 });
  });

  it("keeps a row whose first cell is its number even if the name reads like a total", () => {
    const t = locate([
      ["STT", "Họ và tên"],
      [1, "Tổng Văn Cộng"],
      [2, "B"],
    ]);
    expect(t).toMatchObject({ bodyBottom: 2 });
    expect(t?.totalRow).toBeUndefined();
  });

  it("takes missing roles from the lower row of a two-row header", () => {
    const t = locate([
      ["STT", "Họ và tên", "Hỗ trợ", null],
      [null, null, "Số ngày", "Số tiền"],
      [1, "A", 1, 150000],
    ]);
    expect(Object.fromEntries(t?.columns ?? [])).toEqual({ number: 0, name: 1, days: 2, amount: 3 });
    expect(t?.bodyTop).toBe(2);
  });

  it("stops at the signatures and finds nothing without the required roles", () => {
    expect(
      locate([
        ["STT", "Họ và tên"],
        [1, "A"],
        [null, "NGƯỜI LẬP BIỂU"],
        [null, "Ông B"],
      ])?.bodyBottom,
    ).toBe(1);
    expect(locate([["STT", "Nội dung"]])).toBeUndefined();
  });
});
