import { describe, expect, it } from "vitest";
import { cliMessages } from "../messages/index.js";
import { editLines } from "./editLines.js";

describe("editLines", () => {
  it("lists each written cell: address, formula or text, format, and the finding it fixes", () => {
    const lines = editLines(
      [
        { sheet: "Dự toán", address: "G14", formula: "=D14*E14*F14", numberFormat: "#,##0" },
        {
          sheet: "Dự toán",
          address: "G13",
          formula: "=SUM(G14:G22)",
          numberFormat: "#,##0",
          answers: "subtotal.mismatch@Dự toán!G13",
        },
        { sheet: "Dự toán", address: "A28", value: "Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./." },
        { sheet: "Dự toán", address: "D17", value: 1920 },
      ],
      cliMessages("vi"),
    );
    expect(lines).toEqual([
      "  G14   =D14*E14*F14   [định dạng #,##0]",
      "  G13   =SUM(G14:G22)  [định dạng #,##0]  (sửa subtotal.mismatch)",
      '  A28   "Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./."',
      "  D17   1920",
    ]);
    expect(
      editLines(
        [{ sheet: "S", address: "G14", formula: "=D14*F14", numberFormat: "#,##0", answers: "amount.mismatch@S!G14" }],
        cliMessages("en"),
      ),
    ).toEqual(["  G14   =D14*F14  [format #,##0]  (fixes amount.mismatch)"]);
  });
});
