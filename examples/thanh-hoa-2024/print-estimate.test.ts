import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "./print-estimate.js";

const run = (args: string[]) => {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, text: lines.join("\n") };
};

describe("the estimate demo", () => {
  it("prints the Thanh Hóa 2024 estimate with the fixture sheet's figures", () => {
    const { code, text } = run([]);
    expect(code).toBe(0);
    expect(text).toContain("DỰ TOÁN KINH PHÍ");
    expect(text).toMatch(/^I\. Tổ chức 06 hội nghị .*: 528\.600\.000$/m);
    expect(text).toMatch(/^II\. Biên soạn, in ấn tờ gấp .*: 33\.500\.000$/m);
    expect(text).toContain(
      "6. Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN (người): 270 × 1 × 6 × 150.000 đ = 243.000.000",
    );
    expect(text).toContain("2. In tờ gấp (tờ): 25.000 × 1.200 đ = 30.000.000");
    expect(text).toContain("TỔNG CỘNG: 562.100.000");
    expect(text).toContain("Bằng chữ: Năm trăm sáu mươi hai triệu một trăm nghìn đồng./.");
    expect(text).toContain("(Đơn giá minh họa, không phải báo giá thật.)");
  });

  it("fails on a meal price above the verified cap and says so", () => {
    const prices = JSON.parse(readFileSync(fileURLToPath(new URL("./prices.json", import.meta.url)), "utf8")) as {
      conference: Record<string, number>;
    };
    prices.conference["mealPerPersonDay"] = 200000;
    const file = join(mkdtempSync(join(tmpdir(), "hgcs-prices-")), "prices.json");
    writeFileSync(file, JSON.stringify(prices));
    const { code, text } = run([fileURLToPath(new URL("./plan.json", import.meta.url)), file]);
    expect(code).toBe(1);
    expect(text).toContain("270 × 1 × 6 × 200.000 đ = 324.000.000");
    expect(text).toContain(
      "conference.mealPerPersonDay: Mức chi 200.000 đ vượt mức tối đa 150.000 đ/người/ngày (Thông tư 40/2017/TT-BTC, Điều 12 khoản 4 điểm b).",
    );
  });

  it("reports an unreadable prices file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "hgcs-prices-")), "prices.json");
    writeFileSync(file, JSON.stringify({ conference: { hallPerDay: "sáu triệu" } }));
    const { code, text } = run([fileURLToPath(new URL("./plan.json", import.meta.url)), file]);
    expect(code).toBe(1);
    expect(text).toContain("conference.hallPerDay");
  });
});
