import { describe, expect, it } from "vitest";
import { buildGrid } from "./testing/gridBuilder.js";
import { readUnitName } from "./unitName.js";

const motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

describe("readUnitName", () => {
  it("adds the parent's place to a unit line that names none", () => {
    const grid = buildGrid([
      ["UBND HUYỆN NHƯ THANH", null, null, motto],
      ["PHÒNG TƯ PHÁP", null, null, "Độc lập - Tự do - Hạnh phúc"],
      [null, null, null, "Như Thanh, ngày 22 tháng 3 năm 2024"],
      [],
      ["DỰ TOÁN KINH PHÍ"],
    ]);
    expect(readUnitName(grid)).toEqual({ name: "PHÒNG TƯ PHÁP HUYỆN NHƯ THANH", cell: "A2" });
  });

  it("keeps a unit line that names its own place", () => {
    const grid = buildGrid([
      ["UBND HUYỆN TỊNH BIÊN", motto],
      ["UBND XÃ AN CƯ", "Độc lập - Tự do - Hạnh phúc"],
    ]);
    expect(readUnitName(grid)?.name).toBe("UBND XÃ AN CƯ");
  });

  it("takes the place of a committee written out, and two-word levels", () => {
    const grid = buildGrid([["ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN"], ["PHÒNG TƯ PHÁP"]]);
    expect(readUnitName(grid)?.name).toBe("PHÒNG TƯ PHÁP THÀNH PHỐ LẠNG SƠN");
  });

  it("reads a block that starts lower and to the right, and spells the cell with the origin", () => {
    const grid = buildGrid([[], [null, "UBND TỈNH THANH HÓA"], [null, "SỞ TƯ PHÁP"], [null, "Số: 12/DT-STP"]], {
      origin: { row: 4, col: 2 },
    });
    expect(readUnitName(grid)).toEqual({ name: "SỞ TƯ PHÁP TỈNH THANH HÓA", cell: "D7" });
  });

  it("decodes a legacy-encoded title block", () => {
    const tcvn3 = (value: string) => ({ value, font: ".VnTime" });
    const grid = buildGrid([[tcvn3("ubnd huyÖn ho»ng hãa")], [tcvn3("phßng t­ ph¸p")]]);
    expect(readUnitName(grid)?.name.toUpperCase()).toBe("PHÒNG TƯ PHÁP HUYỆN HOẰNG HÓA");
  });

  it("finds no unit in a sheet that starts with its table or its title", () => {
    expect(readUnitName(buildGrid([["STT", "Nội dung", "Thành tiền"]]))).toBeUndefined();
    expect(readUnitName(buildGrid([["BẢN DỰ TRÙ KINH PHÍ CHI TIẾT"], ["Ban hành kèm theo"]]))).toBeUndefined();
    expect(readUnitName(buildGrid([[motto], ["Độc lập - Tự do - Hạnh phúc"]]))).toBeUndefined();
    expect(readUnitName(buildGrid([]))).toBeUndefined();
    expect(readUnitName(buildGrid([["SỞ TƯ PHÁP"], ["Số 12/DT-STP"]]))?.name).toBe("SỞ TƯ PHÁP");
  });

  it("ignores agency words far below the title block", () => {
    const rows = Array.from({ length: 14 }, () => ["x"]);
    rows.push(["SỞ TƯ PHÁP"]);
    expect(readUnitName(buildGrid(rows))).toBeUndefined();
  });
});
