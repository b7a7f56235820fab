import { describe, expect, it } from "vitest";
import { valueOf } from "../../testing/resultValue.js";
import { computeAmounts } from "../../budget/computeAmounts.js";
import type { Estimate, EstimateLine } from "../../budget/estimate.js";
import { fromA1 } from "../../grid/a1.js";
import { cellAt, type Cell, type Grid } from "../../grid/grid.js";
import { checkSheet } from "../check.js";
import { locateEstimateTable } from "../locate/locate.js";
import { readEstimateTable } from "../read/read.js";
import { renderEstimate } from "./renderEstimate.js";
import { placementCell } from "../placement.js";
import { soTuPhap2024, thanhHoaPlan } from "../../plan/testing/soTuPhap2024.js";

function at(grid: Grid, address: string): Cell | undefined {
  const { row, col } = fromA1(address) ?? { row: -1, col: -1 };
  return cellAt(grid, row, col);
}

/** An estimate as the sheet holds it (no plan links), for comparing what was drawn with what is read back. */
function bare(estimate: Estimate): unknown {
  const line = (l: EstimateLine): unknown => {
    const { children, ...rest } = l;
    return { ...rest, ...(children ? { children: children.map(line) } : {}) };
  };
  return {
    amount: estimate.amount,
    words: estimate.words,
    sections: estimate.sections.map((s) => ({
      number: s.number,
      title: s.title,
      amount: s.amount,
      lines: s.lines.map(line),
    })),
  };
}

describe("renderEstimate", () => {
  const { grid, layout, estimate, placement } = renderEstimate(soTuPhap2024, thanhHoaPlan);

  it("draws the title block, bases and caption", () => {
    expect(at(grid, "A1")?.value).toBe("UBND TỈNH THANH HÓA");
    expect(at(grid, "A2")?.value).toBe("SỞ TƯ PHÁP");
    expect(at(grid, "C1")?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(at(grid, "C2")?.value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(at(grid, "C3")?.value).toBe("Thanh Hóa, ngày … tháng 02 năm 2024");
    expect(at(grid, "A5")?.value).toBe("DỰ TOÁN KINH PHÍ");
    expect(at(grid, "A6")?.value).toBe("Triển khai công tác hòa giải ở cơ sở năm 2024");
    expect(at(grid, "A7")?.value).toBe("(Kèm theo Kế hoạch số …/KH-STP ngày … tháng 02 năm 2024 của Sở Tư pháp)");
    expect(at(grid, "A8")?.value).toMatch(
      /^Căn cứ Kế hoạch số 39\/KH-UBND ngày 06\/02\/2024 của Chủ tịch UBND tỉnh Thanh Hóa về phổ biến.*;$/,
    );
    expect(at(grid, "A9")?.value).toBe(
      "Căn cứ Thông báo số 7780/TB-STC ngày 19/12/2023 của Sở Tài chính về việc giao dự toán thu, chi ngân sách nhà nước năm 2024.",
    );
    expect(at(grid, "H10")?.value).toBe("Đơn vị tính: đồng");
    expect(grid.rows[10]?.map((c) => c?.value)).toEqual([
      "STT",
      "Nội dung chi",
      "Đơn vị tính",
      "Số lượng",
      "Số ngày",
      "Mức chi",
      "Thành tiền",
      "Ghi chú",
    ]);
    expect(grid.rows[11]?.map((c) => c?.value)).toEqual([
      "(1)",
      "(2)",
      "(3)",
      "(4)",
      "(5)",
      "(6)",
      "(7)=(4)x(5)x(6)",
      "(8)",
    ]);
  });

  it("writes live formulas over the factors each line has, with cached values", () => {
    expect(at(grid, "G14")).toMatchObject({ formula: "D14*E14*F14", value: 36_000_000, numberFormat: "#,##0" });
    expect(at(grid, "G15")).toMatchObject({ formula: "D15*F15", value: 9_000_000 });
    expect(at(grid, "E15")).toBeUndefined();
    expect(at(grid, "G25")).toMatchObject({ formula: "D25*F25", value: 30_000_000 });
  });

  it("sums exactly each section's items, and the total over the subtotals", () => {
    expect(at(grid, "G13")).toMatchObject({ formula: "SUM(G14:G22)", value: 528_600_000 });
    expect(at(grid, "G23")).toMatchObject({ formula: "SUM(G24:G26)", value: 33_500_000 });
    expect(at(grid, "B27")?.value).toBe("TỔNG CỘNG");
    expect(at(grid, "G27")).toMatchObject({ formula: "G13+G23", value: 562_100_000 });
    expect(estimate.amount).toEqual({ declared: 562_100_000, computed: 562_100_000 });
  });

  it("writes the words of the total and the signature block", () => {
    expect(at(grid, "A28")?.value).toBe("Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./.");
    expect(at(grid, "A30")?.value).toBe("NGƯỜI LẬP BIỂU");
    expect(at(grid, "C30")?.value).toBe("KẾ TOÁN TRƯỞNG");
    expect(at(grid, "F30")?.value).toBe("GIÁM ĐỐC");
    expect(at(grid, "A31")?.value).toBe("(Ký, ghi rõ họ tên)");
    expect(at(grid, "F31")?.value).toBe("(Ký tên, đóng dấu)");
    expect(at(grid, "F36")?.value).toBe("Bùi Đình Sơn");
  });

  it("describes merges, borders, widths and print setup", () => {
    expect(layout.merges).toEqual(expect.arrayContaining(["A5:H5", "A6:H6", "A7:H7", "A28:H28", "C1:H1", "F30:H30"]));
    expect(grid.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 7 });
    expect(layout.borders).toEqual(["A11:H27"]);
    expect(layout.table).toMatchObject({
      header: "A11:H12",
      body: "A13:H26",
      total: "A27:H27",
      totalCell: "G27",
      words: "A28",
    });
    expect(layout.columns.map((c) => c.column)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H"]);
    expect(layout.print).toMatchObject({
      paperSize: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      printTitleRows: { first: 11, last: 12 },
    });
    expect(layout.font).toEqual({ name: "Times New Roman", size: 12 });
    expect(layout.styles).toContainEqual({
      range: "A5:H5",
      style: expect.objectContaining({ bold: true, horizontal: "center" }),
    });
    expect(
      grid.rows
        .flat()
        .filter(Boolean)
        .every((c) => c?.font === "Times New Roman"),
    ).toBe(true);
  });

  it("reads back as the same estimate and checks without errors", () => {
    const read = readEstimateTable(grid, valueOf(locateEstimateTable(grid)));
    expect(read.findings).toEqual([]);
    expect(bare(read.estimate)).toEqual(bare(estimate));
    const { sections, totalRow, words, scale } = read.placement;
    expect({ sections, totalRow, words, scale }).toEqual({
      sections: placement.sections,
      totalRow: placement.totalRow,
      words: placement.words,
      scale: placement.scale,
    });
    const checked = checkSheet(grid, { plan: thanhHoaPlan, date: "2024-02-20" });
    expect(checked.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says where it drew each line and section", () => {
    const { columns } = placement;
    expect(placement.sections[0]?.lines[0]?.row).toBe(13);
    expect([columns.amount, columns.rate, columns.factors]).toEqual([
      6,
      5,
      [
        { kind: "quantity", col: 3 },
        { kind: "days", col: 4 },
      ],
    ]);
    expect(placement.sections[1]).toMatchObject({ row: 22, amountRow: 22 });
    expect(placementCell(placement, 22, columns.amount)).toBe("G23");
  });
});

/** Sub-items, persons × conferences × days, a lump sum and a section without a heading. */
const variant: Estimate = computeAmounts({
  sections: [
    {
      number: "I",
      title: "Tổ chức hội nghị",
      lines: [
        {
          number: "1",
          content: "Hỗ trợ đại biểu không hưởng lương",
          factors: [],
          rate: null,
          amount: 324_000_000,
          children: [
            {
              number: "a",
              content: "Tiền ăn",
              unit: "người",
              factors: [
                { kind: "persons", value: 270 },
                { kind: "events", value: 6 },
                { kind: "days", value: 1 },
              ],
              rate: 150_000,
              amount: 243_000_000,
            },
            {
              number: "b",
              content: "Tiền đi lại",
              unit: "người",
              factors: [
                { kind: "persons", value: 270 },
                { kind: "events", value: 6 },
              ],
              rate: 50_000,
              amount: 81_000_000,
            },
          ],
        },
        { number: "2", content: "Thuê xe đưa đón", unit: "chuyến", factors: [], rate: null, amount: 5_000_000 },
      ],
      amount: 329_000_000,
    },
    {
      number: "II",
      title: "In tờ gấp",
      lines: [
        {
          number: "1",
          content: "In tờ gấp",
          unit: "tờ",
          factors: [{ kind: "quantity", value: 25_000 }],
          rate: 1_200,
          amount: 30_000_000,
        },
      ],
      amount: 30_000_000,
    },
  ],
  amount: 359_000_000,
});

describe("renderEstimate variants", () => {
  it("adds factor columns the estimate uses and sums parents of sub-items once", () => {
    const { grid, estimate } = renderEstimate(variant, thanhHoaPlan);
    expect(grid.rows[10]?.map((c) => c?.value)).toEqual([
      "STT",
      "Nội dung chi",
      "Đơn vị tính",
      "Số lượng",
      "Số người",
      "Số hội nghị",
      "Số ngày",
      "Mức chi",
      "Thành tiền",
      "Ghi chú",
    ]);
    expect(at(grid, "I12")?.value).toBe("(9)=(4)x(5)x(6)x(7)x(8)");
    expect(at(grid, "I14")).toMatchObject({ formula: "SUM(I15:I16)", value: 324_000_000 });
    expect(at(grid, "I15")).toMatchObject({ formula: "E15*F15*G15*H15", value: 243_000_000 });
    expect(at(grid, "I17")).toEqual(expect.objectContaining({ value: 5_000_000 }));
    expect(at(grid, "I17")?.formula).toBeUndefined();
    expect(at(grid, "I13")).toMatchObject({ formula: "SUM(I14,I17)", value: 329_000_000 });
    expect(at(grid, "I20")).toMatchObject({ formula: "I13+I18", value: 359_000_000 });
    expect(estimate.amount.declared).toBe(359_000_000);
  });

  it("reads back sub-items and lump sums as drawn", () => {
    const { grid, estimate } = renderEstimate(variant, thanhHoaPlan);
    const table = valueOf(locateEstimateTable(grid));
    expect(bare(readEstimateTable(grid, table).estimate)).toEqual(bare(estimate));
    expect(checkSheet(grid).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("shows figures in nghìn đồng when asked, keeping money in đồng", () => {
    const { grid, estimate } = renderEstimate(soTuPhap2024, thanhHoaPlan, { scale: 1000 });
    expect(at(grid, "H10")?.value).toBe("Đơn vị tính: nghìn đồng");
    expect(at(grid, "F25")).toMatchObject({ value: 1.2, numberFormat: "#,##0.0##" });
    expect(at(grid, "G25")).toMatchObject({ formula: "D25*F25", value: 30_000 });
    expect(at(grid, "G27")).toMatchObject({ value: 562_100 });
    expect(at(grid, "A28")?.value).toBe("Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./.");
    const table = valueOf(locateEstimateTable(grid));
    expect(table.scale).toBe(1000);
    expect(bare(readEstimateTable(grid, table).estimate)).toEqual(bare(estimate));
  });

  it("takes a date line, words style, signer on behalf and names", () => {
    const plan = { ...thanhHoaPlan, signer: { title: "Phó Giám đốc", onBehalf: "Giám đốc", name: "Nguyễn Văn A" } };
    const { grid } = renderEstimate(soTuPhap2024, plan, {
      dateLine: "Thanh Hóa, ngày 20 tháng 02 năm 2024",
      words: { chan: true, label: "Số tiền bằng chữ:" },
      signatures: { preparer: "Lê Thị B", accountant: "Trần Văn C" },
      sheetName: "DT 2024",
    });
    expect(grid.sheet).toBe("DT 2024");
    expect(at(grid, "C3")?.value).toBe("Thanh Hóa, ngày 20 tháng 02 năm 2024");
    expect(at(grid, "A28")?.value).toBe("Số tiền bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng chẵn./.");
    expect(at(grid, "F30")?.value).toBe("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    expect([at(grid, "A36")?.value, at(grid, "C36")?.value, at(grid, "F36")?.value]).toEqual([
      "Lê Thị B",
      "Trần Văn C",
      "Nguyễn Văn A",
    ]);
  });

  it("signs for the issuing office of a joint plan, and leaves out the chief accountant an office has not", () => {
    const plan = {
      ...thanhHoaPlan,
      issuer: { ...thanhHoaPlan.issuer, accountant: "none" as const },
      signer: undefined,
      signers: [
        { title: "Chủ tịch", agency: "Ủy ban MTTQ Việt Nam huyện", name: "Trần Văn D" },
        { title: "Phó Giám đốc", onBehalf: "Giám đốc", agency: thanhHoaPlan.issuer.agency, name: "Nguyễn Văn A" },
      ],
    };
    const { grid } = renderEstimate(soTuPhap2024, plan);
    const texts = grid.rows.flatMap((row) => (row ?? []).map((c) => c?.value));
    expect(texts).not.toContain("KẾ TOÁN TRƯỞNG");
    expect(at(grid, "F30")?.value).toBe("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
    expect(at(grid, "F36")?.value).toBe("Nguyễn Văn A");
    const commune = { ...thanhHoaPlan, issuer: { ...thanhHoaPlan.issuer, accountant: "accountant" as const } };
    expect(at(renderEstimate(soTuPhap2024, commune).grid, "C30")?.value).toBe("KẾ TOÁN");
  });

  it("writes a full plan date and a plan number when the plan has them", () => {
    const plan = { ...thanhHoaPlan, document: { ...thanhHoaPlan.document, number: "12/KH-STP", date: "2024-02-06" } };
    const { grid } = renderEstimate(soTuPhap2024, plan);
    expect(at(grid, "C3")?.value).toBe("Thanh Hóa, ngày 06 tháng 02 năm 2024");
    expect(at(grid, "A7")?.value).toBe("(Kèm theo Kế hoạch số 12/KH-STP ngày 06 tháng 02 năm 2024 của Sở Tư pháp)");
  });
});
