import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issuerNames, sameUnit, unitKey } from "./sameUnit.js";

describe("unitKey and sameUnit", () => {
  it("knows a unit however it is written", () => {
    expect(unitKey("PHÒNG TƯ PHÁP HUYỆN NHƯ THANH")).toBe("huyen nhu thanh");
    expect(sameUnit("Phòng Tư pháp huyện Như Thanh", "HUYỆN NHƯ THANH")).toBe(true);
    expect(sameUnit("Ủy ban nhân dân xã An Cư", "UBND XÃ AN CƯ")).toBe(true);
    expect(sameUnit("Phòng Tư pháp TP. Thanh Hóa", "Phòng Tư pháp thành phố Thanh Hóa")).toBe(true);
    expect(sameUnit("SỞ TƯ PHÁP TỈNH THANH HÓA", "Sở Tư pháp tỉnh Thanh Hoá")).toBe(true);
  });

  it("tells places apart, levels included", () => {
    expect(sameUnit("UBND xã Hoằng Hóa", "Phòng Tư pháp huyện Hoằng Hóa")).toBe(false);
    expect(sameUnit("UBND thị xã Bỉm Sơn", "UBND xã Bỉm Sơn")).toBe(false);
    expect(unitKey("UBND thị trấn Nga Sơn")).toBe("thi tran nga son");
    expect(sameUnit("UBND xã An Cư huyện Tịnh Biên", "UBND xã An Cư")).toBe(false);
    expect(sameUnit("Huyện Như Thanh", "Huyện Như Xuân")).toBe(false);
    expect(sameUnit("", "")).toBe(false);
    expect(sameUnit("   ", "—")).toBe(false);
  });

  it("keeps a name without a place whole", () => {
    expect(unitKey("Văn phòng Sở")).toBe("van phong so");
    expect(sameUnit("Văn phòng Sở", "VĂN PHÒNG SỞ")).toBe(true);
  });

  it("is symmetric and ignores case and spacing (property)", () => {
    const word = fc.constantFrom(
      "Phòng",
      "Tư",
      "pháp",
      "huyện",
      "xã",
      "Như",
      "Thanh",
      "An",
      "Cư",
      "UBND",
      "thị",
      "trấn",
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.array(word, { maxLength: 6 }), (a, b) => {
        const x = a.join(" ");
        const y = b.join(" ");
        expect(sameUnit(x, y)).toBe(sameUnit(y, x));
        expect(sameUnit(x, `  ${x.toUpperCase()} `)).toBe(unitKey(x) !== "");
      }),
    );
  });

  it("names a plan's issuer alone and with its parent", () => {
    const names = issuerNames({ agency: "Phòng Tư pháp", parentAgency: "UBND huyện Như Thanh" });
    expect(names.some((n) => sameUnit(n, "PHÒNG TƯ PHÁP HUYỆN NHƯ THANH"))).toBe(true);
    expect(issuerNames({ agency: "UBND xã An Cư", parentAgency: "UBND huyện Tịnh Biên" })[0]).toBe("UBND xã An Cư");
  });
});
