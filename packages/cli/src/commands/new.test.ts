import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { examplePlan, runHgcs, tempDir } from "./testing/sheets.js";

describe("hgcs new --prices", () => {
  it("refuses a bad price list with each problem at its JSON path, in the chosen language", async () => {
    const dir = await tempDir();
    const prices = join(dir, "prices.json");
    await writeFile(prices, JSON.stringify({ conference: { mealPerPersonDay: "150.000" } }));
    const args = ["new", "--plan", examplePlan, "--prices", prices, "-o", join(dir, "out.xlsx")];
    const vi = await runHgcs(args);
    expect(vi.code).toBe(2);
    expect(vi.err).toContain("conference.mealPerPersonDay: Bảng đơn giá không hợp lệ: cần số, nhận được văn bản");
    const en = await runHgcs([...args, "--lang", "en"]);
    expect(en.code).toBe(2);
    expect(en.err).toContain("conference.mealPerPersonDay: Invalid price list: expected a number, got text");
  });
});
