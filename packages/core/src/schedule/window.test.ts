import { describe, expect, it } from "vitest";
import { inWindow, scheduleWindow } from "./window.js";

describe("scheduleWindow", () => {
  it("is the year narrowed to the plan's quarters", () => {
    const w = scheduleWindow({ year: 2024, quarters: [2, 3] });
    expect(w).toMatchObject({ from: "2024-04-01", to: "2024-09-30", quarters: [2, 3] });
    expect(inWindow("2024-03-31", w)).toBe(false);
    expect(inWindow("2024-04-01", w)).toBe(true);
    expect(inWindow("2024-09-30", w)).toBe(true);
    expect(inWindow("2024-10-01", w)).toBe(false);
  });

  it("uses from/to when given", () => {
    const w = scheduleWindow({ year: 2024, from: "2024-05-10", to: "2024-06-10" });
    expect(inWindow("2024-05-09", w)).toBe(false);
    expect(inWindow("2024-06-10", w)).toBe(true);
    expect(w.label).toBe("Từ 10/05/2024 đến 10/06/2024");
  });

  it("skips quarters the plan leaves out", () => {
    const w = scheduleWindow({ year: 2024, quarters: [3, 1] });
    expect(w).toMatchObject({ from: "2024-01-01", to: "2024-09-30" });
    expect(inWindow("2024-05-02", w)).toBe(false);
    expect(inWindow("2024-07-02", w)).toBe(true);
  });
});
