import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellWrite } from "../src/office/cellWrites.js";
import { chunkByPayload, payloadBytes, toRectangles } from "../src/office/rectangles.js";
import { parseAreas } from "../src/office/rangeAddress.js";
import { freeName } from "../src/office/writeNewSheet.js";

const cellWrite = (row: number, col: number, sheet = "S"): CellWrite => ({
  sheet,
  row,
  col,
  content: `=R${row}C${col}`,
  numberFormat: "#,##0",
});

describe("toRectangles", () => {
  it("joins a column run and equal runs side by side", () => {
    const writes = [
      cellWrite(4, 6),
      cellWrite(5, 6),
      cellWrite(6, 6),
      cellWrite(4, 7),
      cellWrite(5, 7),
      cellWrite(6, 7),
      cellWrite(20, 6),
    ];
    const rects = toRectangles(writes);
    expect(rects.map((r) => [r.top, r.left, r.contents.length, r.contents[0]?.length])).toEqual([
      [4, 6, 3, 2],
      [20, 6, 1, 1],
    ]);
  });

  it("covers every write exactly once and nothing else (property)", () => {
    const cells = fc.uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom("A", "B")),
      {
        selector: ([r, c, s]) => `${s}!${r}:${c}`,
        maxLength: 80,
      },
    );
    fc.assert(
      fc.property(cells, (list) => {
        const writes = list.map(([r, c, s]) => cellWrite(r, c, s));
        const covered = new Map<string, unknown>();
        for (const rect of toRectangles(writes)) {
          rect.contents.forEach((row, i) =>
            row.forEach((content, j) => {
              const key = `${rect.sheet}!${rect.top + i}:${rect.left + j}`;
              expect(covered.has(key)).toBe(false);
              covered.set(key, content);
              expect(rect.formats[i]?.[j]).toBe("#,##0");
            }),
          );
        }
        expect(new Map(writes.map((w) => [`${w.sheet}!${w.row}:${w.col}`, w.content]))).toEqual(covered);
      }),
    );
  });
});

describe("fonts in rectangles", () => {
  it("carries a font name only where a write sets one, also in split row bands", () => {
    expect(toRectangles([cellWrite(0, 0), cellWrite(1, 0)])[0]?.fonts).toBeUndefined();
    const writes = Array.from({ length: 40 }, (_, i) => ({
      ...cellWrite(i, 0),
      ...(i % 7 === 3 ? { font: "Times New Roman" } : {}),
    }));
    const bands = chunkByPayload(toRectangles(writes), 600).flat();
    expect(bands.length).toBeGreaterThan(2);
    const named = bands.flatMap((b) =>
      (b.fonts ?? []).flatMap((row, i) => (row[0] ? [[b.top + i, row[0]] as const] : [])),
    );
    expect(named).toEqual([3, 10, 17, 24, 31, 38].map((r) => [r, "Times New Roman"]));
  });
});

describe("chunkByPayload", () => {
  it("keeps everything in one batch under the budget and splits a rectangle past it into row bands", () => {
    const writes = Array.from({ length: 100 }, (_, i) => cellWrite(i, 0));
    const rects = toRectangles(writes);
    expect(chunkByPayload(rects, 1_000_000)).toHaveLength(1);
    const batches = chunkByPayload(rects, 800);
    expect(batches.length).toBeGreaterThan(2);
    for (const batch of batches) for (const r of batch) expect(payloadBytes(r)).toBeLessThanOrEqual(800);
    expect(batches.flat().reduce((n, r) => n + r.contents.length, 0)).toBe(100);
  });
});

describe("addresses and names", () => {
  it("parses merged-area addresses with quoted sheet names, commas included", () => {
    expect(parseAreas("'Dự toán, 2024'!A5:H5,'Dự toán, 2024'!B7")).toEqual([
      { top: 4, left: 0, bottom: 4, right: 7 },
      { top: 6, left: 1, bottom: 6, right: 1 },
    ]);
    expect(parseAreas("Sheet1!$A$1:$B$2")).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });
  it("finds a free sheet name, case-insensitively", () => {
    expect(freeName("Dự toán", ["Sheet1"])).toBe("Dự toán");
    expect(freeName("Dự toán", ["DỰ TOÁN", "Dự toán (2)"])).toBe("Dự toán (3)");
  });
});
