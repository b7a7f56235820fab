import { describe, expect, it } from "vitest";
import { computeAmounts } from "./computeAmounts.js";
import type { LineDraft } from "./estimate.js";
import { entryClassifier, namesOnlyPlace } from "./headingClass.js";
import { allLines } from "./lineProduct.js";

const line = (content: string, children?: LineDraft[]): LineDraft => ({
  content,
  factors: [{ kind: "count", value: 12 }],
  rate: 300_000,
  amount: null,
  ...(children ? { children } : {}),
});

/** The kind, norm and confidence of each line of one section, in reading order. */
function classes(title: string, lines: LineDraft[]) {
  const estimate = computeAmounts({ sections: [{ number: "I", title, lines, amount: null }], amount: null });
  const classify = entryClassifier();
  return allLines(estimate).map((entry) => {
    const { kind, normId, confidence } = classify(entry);
    return [entry.line.content, kind, normId, confidence];
  });
}

describe("namesOnlyPlace", () => {
  it.each([
    "Xã Hải Thanh",
    "XÃ CẨM HƯNG",
    "Phường 3",
    "Thị trấn Lai Cách",
    "Thôn Đông",
    "TP. Hải Dương",
    "Tổ hòa giải thôn 2",
  ])("reads %s as a place", (text) => expect(namesOnlyPlace(text)).toBe(true));

  it.each(["Ban tổ chức", "Quản lý chung", "Chi khác", "Xã", "Thù lao hòa giải viên xã Hải Thanh", ""])(
    "does not read %s as a place",
    (text) => expect(namesOnlyPlace(text)).toBe(false),
  );
});

describe("entryClassifier", () => {
  it("gives lines named by a place the class their section's heading says", () => {
    expect(
      classes("Chi thù lao cho hòa giải viên theo vụ việc", [line("Xã Hải Bình"), line("Phường Hải Hòa")]),
    ).toEqual([
      ["Xã Hải Bình", "mediator_fee", "hgcs.fee.case", "likely"],
      ["Phường Hải Hòa", "mediator_fee", "hgcs.fee.case", "likely"],
    ]);
    expect(classes("Hỗ trợ hoạt động của tổ hòa giải", [line("Xã Cẩm Hưng")])).toEqual([
      ["Xã Cẩm Hưng", "team_support", "hgcs.team_support.month", "likely"],
    ]);
  });

  it("prefers the item a sub-item belongs to over the section", () => {
    const item = line("Thù lao hòa giải viên (vụ việc hòa giải thành)", [line("Xã A"), line("Xã B")]);
    expect(classes("Hỗ trợ hoạt động của tổ hòa giải", [item]).map((c) => c[2])).toEqual([
      "hgcs.fee.case_success",
      "hgcs.fee.case_success",
      "hgcs.fee.case_success",
    ]);
  });

  it("keeps a line's own class, and leaves lines that name something else alone", () => {
    expect(
      classes("Chi thù lao cho hòa giải viên theo vụ việc", [
        line("Nước uống giữa giờ"),
        line("Chi khác"),
        line("Ban tổ chức"),
      ]),
    ).toEqual([
      ["Nước uống giữa giờ", "water", "meeting.water", "likely"],
      ["Chi khác", undefined, undefined, undefined],
      ["Ban tổ chức", undefined, undefined, undefined],
    ]);
  });

  it("gives nothing when the heading says nothing that is paid", () => {
    expect(classes("Tổ chức hội nghị", [line("Xã Hải Bình")])).toEqual([
      ["Xã Hải Bình", undefined, undefined, undefined],
    ]);
  });
});
