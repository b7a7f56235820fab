import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchUnitName } from "./matchUnitName.js";

describe("matchUnitName", () => {
  const plan = ["Phòng Tư pháp huyện Như Thanh", "UBND xã An Cư", "xã An Thạnh", "phường An Thạnh", "Quảng Lạc"];

  it("matches a title block's name with the plan's, whatever the case, accents and office words", () => {
    expect(matchUnitName("PHÒNG TƯ PHÁP HUYỆN NHƯ THANH", plan)).toEqual({ kind: "one", index: 0 });
    expect(matchUnitName("UBND XA AN CU", plan)).toEqual({ kind: "one", index: 1 });
    expect(matchUnitName("Ủy ban nhân dân xã Quảng Lạc", plan)).toEqual({ kind: "one", index: 4 });
    expect(matchUnitName("huyện Như Thanh", plan)).toEqual({ kind: "one", index: 0 });
    expect(matchUnitName("Như Thanh", plan)).toEqual({ kind: "one", index: 0 });
    expect(matchUnitName("Phòng Tư pháp TP. Lạng Sơn", ["PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN"])).toEqual({
      kind: "one",
      index: 0,
    });
  });

  it("tells units of one place at different levels apart, and says when it cannot", () => {
    expect(matchUnitName("UBND xã An Thạnh", plan)).toEqual({ kind: "one", index: 2 });
    expect(matchUnitName("UBND phường An Thạnh", plan)).toEqual({ kind: "one", index: 3 });
    expect(matchUnitName("An Thạnh", plan)).toEqual({ kind: "ambiguous", indices: [2, 3] });
  });

  it("matches nothing for another place, a longer or shorter name, or a name of office words only", () => {
    expect(matchUnitName("UBND xã An Thạnh 1", plan)).toEqual({ kind: "none" });
    expect(matchUnitName("UBND xã An", plan)).toEqual({ kind: "none" });
    expect(matchUnitName("Phòng Tư pháp", plan)).toEqual({ kind: "none" });
    expect(matchUnitName("UBND huyện An Cư", plan)).toEqual({ kind: "none" });
  });

  it("finds every name of a list in it, written in capitals without accents", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...plan), { minLength: 1 }), (names) => {
        names.forEach((name, i) => {
          const shouted = name
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .toUpperCase();
          expect(matchUnitName(shouted, names)).toEqual({ kind: "one", index: i });
        });
      }),
    );
  });
});
