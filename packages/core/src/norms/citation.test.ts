import { describe, expect, it } from "vitest";
import { citeBasis } from "./citation.js";

describe("citeBasis", () => {
  it("renders article, clause and point in both languages", () => {
    expect(
      citeBasis({ document: { kind: "circular", number: "40/2017/TT-BTC" }, article: 12, clause: 4, point: "b" }),
    ).toEqual({
      vi: "Thông tư 40/2017/TT-BTC, Điều 12 khoản 4 điểm b",
      en: "Circular 40/2017/TT-BTC, Article 12(4)(b)",
    });
  });

  it("renders a bare document and an article without clause", () => {
    expect(citeBasis({ document: { kind: "joint_circular", number: "100/2014/TTLT-BTC-BTP" } })).toEqual({
      vi: "Thông tư liên tịch 100/2014/TTLT-BTC-BTP",
      en: "Joint Circular 100/2014/TTLT-BTC-BTP",
    });
    expect(citeBasis({ document: { kind: "circular", number: "40/2017/TT-BTC" }, article: 7 }).vi).toBe(
      "Thông tư 40/2017/TT-BTC, Điều 7",
    );
  });
});
