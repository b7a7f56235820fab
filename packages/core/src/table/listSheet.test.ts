import { describe, expect, it } from "vitest";
import type { MergedRange } from "../grid/grid.js";
import { planSchema } from "../plan/planSchema.js";
import { samplePlanInput } from "../testing/samplePlan.js";
import { renderListSheet, type ListColumn } from "./listSheet.js";

const plan = planSchema.parse(samplePlanInput());
const column = (kind: ListColumn["kind"], i: number): ListColumn => ({ header: `C${i}`, width: 10, kind });
const overlaps = (a: MergedRange, b: MergedRange) =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

describe("renderListSheet", () => {
  it("never draws overlapping merges, whatever the number of columns and signatures", () => {
    for (let n = 2; n <= 9; n++) {
      for (let sigs = 1; sigs <= 4; sigs++) {
        const columns = Array.from({ length: n }, (_, i) =>
          column(i === 0 ? "number" : i === n - 1 ? "money" : "text", i),
        );
        const { grid } = renderListSheet({
          sheet: "X",
          plan,
          title: ["Tiêu đề", "Dòng phụ"],
          columns,
          rows: [Array.from({ length: n - 1 }, (_, i) => (i === n - 2 ? 5 : "a"))],
          words: { column: n - 1, text: "Năm đồng." },
          notes: ["Ghi chú"],
          signatures: Array.from({ length: sigs }, (_, i) => `KÝ ${i}`),
        });
        const merges = grid.merges ?? [];
        merges.forEach((a, i) =>
          merges.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${n} cols, ${sigs} signatures`).toBe(false)),
        );
      }
    }
  });

  it("totals money columns with a live SUM and caches the value; an empty body totals 0", () => {
    const columns: ListColumn[] = [column("number", 0), column("text", 1), column("money", 2), column("sign", 3)];
    const drawn = renderListSheet({
      sheet: "X",
      plan,
      title: ["T"],
      columns,
      rows: [
        ["a", 100, "ignored"],
        ["b", 250, null],
      ],
      signatures: ["A"],
    });
    const total = drawn.grid.rows.flat().find((c) => c?.formula !== undefined);
    expect(total).toMatchObject({ value: 350, numberFormat: "#,##0" });
    expect(drawn.grid.rows.flat().some((c) => c?.value === "ignored")).toBe(false);
    const empty = renderListSheet({ sheet: "X", plan, title: ["T"], columns, rows: [], signatures: ["A"] });
    expect(empty.grid.rows.flat().find((c) => c?.formula !== undefined)).toMatchObject({ value: 0, formula: "0" });
  });
});

describe("renderListSheet: date columns and no total", () => {
  const drawn = renderListSheet({
    sheet: "Lịch",
    plan,
    title: ["Lịch"],
    columns: [column("number", 0), column("text", 1), column("date", 2)],
    rows: [
      ["a", "2024-04-16"],
      ["b", "chưa định"],
    ],
    total: false,
    signatures: ["NGƯỜI LẬP BIỂU"],
  });
  const cells = drawn.grid.rows.flat().filter((c) => c !== null && c !== undefined);

  it("writes ISO dates as Excel date serials shown dd/mm/yyyy, other text as typed", () => {
    expect(cells).toContainEqual(expect.objectContaining({ value: 45398, numberFormat: "dd/mm/yyyy" }));
    expect(cells).toContainEqual(expect.objectContaining({ value: "chưa định" }));
  });

  it("leaves out the TỔNG CỘNG row: the table ends at the last body row", () => {
    expect(cells.some((c) => c.value === "Tổng cộng")).toBe(false);
    expect(drawn.layout.table).toMatchObject({ total: "", totalCell: "", words: "", table: "A6:C8", body: "A7:C8" });
  });
});
