import { describe, expect, it } from "vitest";
import { fixtureExpectations, fixtureGrid } from "./fixtures.js";

describe("fixture workbooks read into grids", () => {
  it.each(fixtureExpectations().map((e) => [e.file, e.sheet] as const))("%s", async (file, sheet) => {
    const grid = await fixtureGrid(file, sheet);
    expect(grid.sheet).toBe(sheet);
    expect(grid.rows.length).toBeGreaterThan(20);
  });
  it("keeps only the top-left value of a merged area and formulas with cached values", async () => {
    const grid = await fixtureGrid("so-tu-phap-2024.xlsx");
    expect(grid.rows[4]?.[0]?.value).toBe("DỰ TOÁN KINH PHÍ");
    expect(grid.rows[4]?.[1]).toBeUndefined();
    expect(grid.rows[12]?.[6]).toMatchObject({ formula: "SUM(G14:G22)", value: 528600000, numberFormat: "#,##0" });
    expect(grid.merges).toContainEqual({ top: 4, left: 0, bottom: 4, right: 7 });
  });
});
