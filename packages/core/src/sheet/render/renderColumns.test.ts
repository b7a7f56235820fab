import { describe, expect, it } from "vitest";
import { computeAmounts } from "../../budget/computeAmounts.js";
import type { Estimate } from "../../budget/estimate.js";
import { columnNumberTexts, headerTexts, renderColumns } from "./renderColumns.js";

const withFactors = (kinds: ("quantity" | "persons" | "days" | "sessions" | "events")[]): Estimate =>
  computeAmounts({
    amount: null,
    sections: [
      {
        number: "I",
        title: "x",
        amount: null,
        lines: [{ content: "y", factors: kinds.map((kind) => ({ kind, value: 1 })), rate: 1, amount: 1 }],
      },
    ],
  });

describe("renderColumns", () => {
  it("keeps a quantity column even when no line has factors", () => {
    const cols = renderColumns(withFactors([]));
    expect(headerTexts(cols)).toEqual([
      "STT",
      "Nội dung chi",
      "Đơn vị tính",
      "Số lượng",
      "Mức chi",
      "Thành tiền",
      "Ghi chú",
    ]);
    expect(columnNumberTexts(cols)[cols.amount]).toBe("(6)=(4)x(5)");
  });

  it("orders factor columns as offices do, whatever the lines' order", () => {
    const cols = renderColumns(withFactors(["sessions", "days", "persons"]));
    expect(cols.factors.map((f) => f.kind)).toEqual(["persons", "days", "sessions"]);
    expect(cols).toMatchObject({ rate: 6, amount: 7, note: 8, count: 9 });
  });
});
