import { describe, expect, it } from "vitest";
import { findingId } from "../findings/finding.js";
import { formatFinding } from "../findings/formatFinding.js";
import { buildGrid } from "./testing/gridBuilder.js";
import { SheetView } from "./view.js";
import { checkWordsAt } from "./wordsAt.js";

const view = new SheetView(buildGrid([["Tổng cộng", 0], ["Bằng chữ:"], ["Bằng chữ: Ba trăm đồng./."]]));
const labelOnly = { row: 1, col: 0, labelOnly: true };
const ids = (total: number, place = labelOnly) => checkWordsAt(view, place, total).map(findingId);

describe("checkWordsAt", () => {
  it("takes a label-only line under a zero total as present, still to be filled: nothing missing", () => {
    expect(ids(0)).toEqual([]);
  });

  it("wants the words of a non-zero total on a label-only line, at that cell", () => {
    expect(ids(300)).toEqual(["words.missing@Dự toán!A2"]);
  });

  it("reports a missing line even for a zero total, and reads written words", () => {
    expect(checkWordsAt(view, undefined, 0).map(findingId)).toEqual(["words.missing@Dự toán"]);
    expect(ids(300, { row: 2, col: 0, labelOnly: false })).toEqual([]);
    expect(ids(0, { row: 2, col: 0, labelOnly: false })).toEqual(["words.mismatch@Dự toán!A3"]);
  });

  it("warns, with a sentence and no reason code, on words it cannot read", () => {
    const typo = new SheetView(buildGrid([["Tổng cộng", 1000], ["Bằng chữ: xyz đồng"], ["Bằng chữ: một nghìn hai"]]));
    const [unknown] = checkWordsAt(typo, { row: 1, col: 0, labelOnly: false }, 1000);
    expect(unknown && findingId(unknown)).toBe("words.unreadable@Dự toán!A2");
    expect(unknown?.severity).toBe("warning");
    expect(unknown && formatFinding(unknown)).toBe(
      'Không đọc được dòng bằng chữ "xyz đồng": không đọc được chữ “xyz”. Tổng cộng là 1.000 đ, bằng chữ: Một nghìn.',
    );
    const [ambiguous] = checkWordsAt(typo, { row: 2, col: 0, labelOnly: false }, 1200);
    expect(ambiguous && formatFinding(ambiguous, "en")).toContain("can be read two ways");
    expect(ambiguous && formatFinding(ambiguous, "en")).not.toContain("ambiguous_group");
  });
});
