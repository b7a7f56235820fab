import { describe, expect, it } from "vitest";
import { findingId } from "../findings/finding.js";
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
});
