import { describe, expect, it } from "vitest";
import { thanhHoaPlan } from "../plan/testing/soTuPhap2024.js";
import { attachedToLine, basesLines, documentRefText, planDateLine } from "./titleBlock.js";

describe("title block texts", () => {
  it("leaves the day blank when the plan has no date", () => {
    expect(planDateLine(thanhHoaPlan)).toBe("Thanh Hóa, ngày … tháng 02 năm 2024");
    expect(attachedToLine(thanhHoaPlan)).toBe(
      "(Kèm theo Kế hoạch số …/KH-STP ngày … tháng 02 năm 2024 của Sở Tư pháp)",
    );
  });

  it("cites documents in a sentence, keeping acronyms and not doubling 'về'", () => {
    expect(
      documentRefText({ kind: "Nghị quyết", number: "18/2017/NQ-HĐND", title: "HĐND tỉnh quy định mức chi" }),
    ).toBe("Nghị quyết số 18/2017/NQ-HĐND về HĐND tỉnh quy định mức chi");
    expect(documentRefText({ number: "7780/TB-STC", title: "Về việc giao dự toán" })).toBe(
      "Văn bản số 7780/TB-STC về việc giao dự toán",
    );
  });

  it("puts extra bases between the plan's and the funding notice, the last ending in a full stop", () => {
    const lines = basesLines(thanhHoaPlan, ["Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính;"]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe("Căn cứ Thông tư số 40/2017/TT-BTC ngày 28/4/2017 của Bộ Tài chính;");
    expect(lines[2]?.startsWith("Căn cứ Thông báo số 7780/TB-STC")).toBe(true);
    expect(lines[2]?.endsWith(".")).toBe(true);
  });
});
