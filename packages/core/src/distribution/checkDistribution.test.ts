import { describe, expect, it } from "vitest";
import { valueOf } from "../testing/resultValue.js";
import { buildGrid, f } from "../table/testing/gridBuilder.js";
import { foldText } from "../text/normalize.js";
import { checkDistributionSheet, distributionRole } from "./checkDistribution.js";

// An office's own sheet: title above, header worded differently, a column-number row, numbers typed as text.
const office = (rows: (string | number | null | ReturnType<typeof f>)[][]) =>
  buildGrid(
    [
      ["SỞ TƯ PHÁP TỈNH THANH HÓA"],
      ["DANH SÁCH CẤP PHÁT TỜ GẤP PHÁP LUẬT"],
      [],
      ["TT", "Tên đơn vị", "Số tờ", "Ký, ghi rõ họ tên"],
      ["(1)", "(2)", "(3)", "(4)"],
      ...rows,
    ],
    { sheet: "Cấp phát" },
  );
const codes = (r: ReturnType<typeof checkDistributionSheet>) => r.findings.map((x) => `${x.code}@${x.at?.cell ?? ""}`);

describe("checkDistributionSheet", () => {
  it("reads an office sheet with other header wording and a column-number row", () => {
    const grid = office([
      [1, "Phòng Tư pháp huyện A", "12.000"],
      [2, "Phòng Tư pháp huyện B", 8000],
      [null, "Tổng cộng", f("SUM(C6:C7)", 20000)],
    ]);
    const result = checkDistributionSheet(grid, { expected: 20000 });
    expect(result.findings).toEqual([]);
    expect(valueOf(result).rows).toEqual([
      { unit: "Phòng Tư pháp huyện A", count: 12000, unitCell: "B6", cell: "C6" },
      { unit: "Phòng Tư pháp huyện B", count: 8000, unitCell: "B7", cell: "C7" },
    ]);
  });

  it("flags negative and fractional counts, text, a wrong total and a sum off the copies", () => {
    const grid = office([
      [1, "Huyện A", -5],
      [2, "Huyện B", 2.5],
      [3, "Huyện C", "nhiều"],
      [4, "Huyện D", 100],
      [null, "Tổng cộng", 90],
    ]);
    expect(codes(checkDistributionSheet(grid, { expected: 100 }))).toEqual([
      "distribution.bad_count@C6",
      "distribution.bad_count@C7",
      "value.not_a_number@C8",
      "distribution.total_mismatch@C10",
      "distribution.sum_mismatch@C10",
    ]);
  });

  it("flags units not in the weights, weighted units missing, and a unit listed twice (accent-insensitive)", () => {
    const grid = office([
      [1, "Huyện A", 10],
      [2, "Huyen a", 10],
      [3, "Huyện Z", 5],
    ]);
    const weights = [
      { unit: "Huyện A", weight: 1 },
      { unit: "Huyện B", weight: 1 },
    ];
    const result = checkDistributionSheet(grid, { weights });
    expect(codes(result)).toEqual([
      "distribution.duplicate_unit@B7",
      "distribution.unknown_unit@B8",
      "distribution.missing_unit@B4",
    ]);
    expect(result.findings[0]?.params).toEqual({ unit: "Huyen a", first: "B6" });
  });

  it("says when there is no distribution table, and never throws on junk", () => {
    const none = checkDistributionSheet(buildGrid([["Nội dung", "Thành tiền"]], { sheet: "X" }));
    expect(none.ok).toBe(false);
    expect(codes(none)).toEqual(["list.not_found@"]);
    expect(() =>
      checkDistributionSheet({ sheet: "Y", rows: [null as never, [undefined, { value: { error: "#REF!" } }]] }),
    ).not.toThrow();
  });

  it("reports formula errors in a count", () => {
    const grid = office([[1, "Huyện A", { value: { error: "#REF!" }, formula: "C99" }]]);
    expect(codes(checkDistributionSheet(grid))).toEqual(["value.formula_error@C6"]);
  });

  it("knows the header words", () => {
    expect(
      ["Đơn vị nhận", "Nơi nhận", "Số lượng (tờ)", "Ký nhận", "STT"].map((h) => distributionRole(foldText(h))),
    ).toEqual(["unit", "unit", "count", "sign", "number"]);
  });
});
