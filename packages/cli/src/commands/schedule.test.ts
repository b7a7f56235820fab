import { describe, expect, it } from "vitest";
import { examplePlan, runHgcs } from "./sheetsTestSupport.js";

describe("hgcs schedule", () => {
  it("proposes the plan's conferences on working days spread over the window", async () => {
    const r = await runHgcs(["schedule", "--plan", examplePlan]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("6 hội nghị, Quý II và quý III/2024, cách nhau ít nhất 7 ngày");
    expect(r.out).toContain("Hội nghị 1: thứ Ba 16/04/2024");
    expect(r.out).toContain("Hội nghị 6: thứ Hai 16/09/2024");
  });

  it("takes a minimum gap, in English too", async () => {
    const r = await runHgcs(["schedule", "--plan", examplePlan, "--min-gap", "60", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("only 4 conferences fit on working days at least 60 days apart, not 6");
  });

  it("checks typed dates: holidays, weekends, gaps and the count", async () => {
    const r = await runHgcs(["schedule", "--plan", examplePlan, "--check", "16/04/2024,18/04/2024", "--check", "2024-05-04"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Ngày 18/04/2024 là ngày nghỉ Giỗ Tổ Hùng Vương");
    expect(r.out).toContain("Ngày 04/05/2024 là thứ Bảy");
    expect(r.out).toContain("Số hội nghị là 3, khác kế hoạch (6).");
    const good = await runHgcs(["schedule", "--plan", examplePlan, "--check", "16/04/2024 16/05/2024 17/06/2024 16/07/2024 16/08/2024 16/09/2024"]);
    expect(good.code).toBe(0);
    expect(good.out).toContain("không có vấn đề nào");
  });

  it("stops on a bad --min-gap or a missing plan", async () => {
    expect((await runHgcs(["schedule", "--plan", examplePlan, "--min-gap", "-3"])).code).toBe(2);
    expect((await runHgcs(["schedule"])).err).toContain("Thiếu tệp kế hoạch");
  });
});
