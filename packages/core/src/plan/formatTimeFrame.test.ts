import { describe, expect, it } from "vitest";
import { formatTimeFrame } from "./formatTimeFrame.js";

describe("formatTimeFrame", () => {
  it("writes years, quarters and date ranges as plans do", () => {
    expect(formatTimeFrame({ year: 2024 })).toBe("Năm 2024");
    expect(formatTimeFrame({ year: 2024, quarters: [] })).toBe("Năm 2024");
    expect(formatTimeFrame({ year: 2024, quarters: [2, 3] })).toBe("Quý II và quý III/2024");
    expect(formatTimeFrame({ year: 2024, quarters: [2] })).toBe("Quý II/2024");
    expect(formatTimeFrame({ year: 2024, from: "2024-04-01", to: "2024-09-30" })).toBe("Từ 01/04/2024 đến 30/09/2024");
    expect(formatTimeFrame({ year: 2024, from: "2024-04-01" })).toBe("Từ 01/04/2024");
    expect(formatTimeFrame({ year: 2024, quarters: [4], to: "2024-12-15" })).toBe("Đến 15/12/2024");
  });
});
