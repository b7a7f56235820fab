import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "./summary.js";

const run = (args: string[]) => {
  const lines: string[] = [];
  const code = main(args, (line) => lines.push(line));
  return { code, text: lines.join("\n") };
};

describe("the plan summary demo", () => {
  it("prints the Thanh Hóa 2024 plan's key numbers the Vietnamese way", () => {
    const { code, text } = run([]);
    expect(code).toBe(0);
    expect(text).toContain("Hoạt động (3):");
    expect(text).toContain("6 hội nghị × 1 ngày, Quý II và quý III/2024");
    expect(text).toContain("× 320 đại biểu = 1.920 lượt đại biểu-ngày, trong đó 1.620 không hưởng lương từ NSNN");
    expect(text).toContain("270 người × 6 hội nghị × 1 ngày = 1.620 người-ngày");
    expect(text).toContain("25.000 tờ, Quý II/2024");
    expect(text).toContain("Sở Tư pháp → Phòng Tư pháp cấp huyện → UBND cấp xã → Tổ hòa giải");
    expect(text).toContain("Thông báo số 7780/TB-STC ngày 19/12/2023 của Sở Tài chính");
    expect(text).toContain("Kế hoạch số 39/KH-UBND ngày 06/02/2024");
    expect(text).toContain("Thanh Hóa, ngày … tháng 02 năm 2024");
    expect(text).toContain("không có lỗi");
  });

  it("prints the findings of a broken plan and fails", () => {
    const plan = JSON.parse(readFileSync(fileURLToPath(new URL("./plan.json", import.meta.url)), "utf8")) as {
      conferences: { quotaGroups: { persons: number }[] }[];
    };
    const group = plan.conferences[0]?.quotaGroups[0];
    if (group) group.persons = 280;
    const file = join(mkdtempSync(join(tmpdir(), "hgcs-plan-")), "plan.json");
    writeFileSync(file, JSON.stringify(plan));
    const { code, text } = run([file]);
    expect(code).toBe(1);
    expect(text).toContain(
      "conferences.0.quotaGroups: Tổng các nhóm đại biểu là 330, khác số đại biểu mỗi hội nghị (320).",
    );
  });

  it("says so when the file cannot be read", () => {
    const { code, text } = run([join(tmpdir(), "no-such-plan.json")]);
    expect(code).toBe(1);
    expect(text).toContain("Không đọc được tệp kế hoạch");
  });
});
