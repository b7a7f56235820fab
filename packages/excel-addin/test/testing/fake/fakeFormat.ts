// Range formats of the fake: fills, fonts, borders, alignment, widths and heights, each value checked.
import type { Context } from "./context.js";
import { lastCol, lastRow, rectAddress, type FakeCell, type FakeSheet, type Rect } from "./fakeWorkbook.js";

export class RangeFormatProxy {
  readonly fill: { color: string; clear: () => void };
  readonly font: { name: string; bold: boolean; italic: boolean; underline: string; size: number };
  readonly borders: { getItem: (edge: string) => { style: string } };
  constructor(
    private readonly ctx: Context,
    private readonly targets: () => { sheet: FakeSheet; rect: Rect },
  ) {
    const each = (fn: (cell: FakeCell) => FakeCell) =>
      this.ctx.write(() => {
        const { sheet, rect } = this.targets();
        if (rect.bottom === lastRow || rect.right === lastCol)
          throw new Error("fake: per-cell format on a whole row/column");
        for (let r = rect.top; r <= rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) sheet.set(r, c, fn(sheet.get(r, c) ?? { value: null }));
      });
    const accepted = (what: string, check: (v: unknown) => boolean, apply?: (v: never) => void) => ({
      get: () => {
        throw new Error(`PropertyNotLoaded: ${what} (the fake only supports writing it)`);
      },
      set: (v: unknown) => {
        if (!check(v)) throw new Error(`InvalidArgument: ${what} = ${JSON.stringify(v)}`);
        if (apply) apply(v as never);
        else this.ctx.write(() => void this.targets());
      },
    });
    const isColor = (v: unknown) => typeof v === "string" && /^#[0-9A-F]{6}$/i.test(v);
    this.fill = Object.defineProperties({} as { color: string; clear: () => void }, {
      color: accepted("format.fill.color", isColor, (color: string) =>
        each((cell) => ({ ...cell, fill: color.toUpperCase() })),
      ),
      clear: {
        value: () =>
          each((cell) => {
            const { fill: _fill, ...rest } = cell;
            return rest;
          }),
      },
    });
    this.font = Object.defineProperties({} as RangeFormatProxy["font"], {
      name: accepted(
        "format.font.name",
        (v) => typeof v === "string" && v.length > 0,
        (name: string) => each((cell) => ({ ...cell, font: name })),
      ),
      bold: accepted(
        "format.font.bold",
        (v) => typeof v === "boolean",
        (bold: boolean) => each((cell) => ({ ...cell, bold })),
      ),
      italic: accepted("format.font.italic", (v) => typeof v === "boolean"),
      underline: accepted("format.font.underline", (v) => v === "Single" || v === "None" || v === "Double"),
      size: accepted("format.font.size", (v) => typeof v === "number" && v > 0 && v < 410),
    });
    const borderStyles = ["Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "None", "SlantDashDot"];
    const edges = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
      "DiagonalDown",
      "DiagonalUp",
    ];
    this.borders = {
      getItem: (edge: string) => {
        if (!edges.includes(edge)) throw new Error(`InvalidArgument: border ${edge}`);
        return Object.preventExtensions(
          Object.defineProperties({} as { style: string }, {
            style: accepted(
              "format.borders.style",
              (v) => borderStyles.includes(String(v)),
              () =>
                this.ctx.write(() => {
                  const { sheet, rect } = this.targets();
                  sheet.borders.add(rectAddress(rect));
                }),
            ),
          }),
        );
      },
    };
    const align = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
    const valign = ["Top", "Center", "Bottom", "Justify", "Distributed"];
    Object.defineProperties(this, {
      horizontalAlignment: accepted("format.horizontalAlignment", (v) => align.includes(String(v))),
      verticalAlignment: accepted("format.verticalAlignment", (v) => valign.includes(String(v))),
      wrapText: accepted("format.wrapText", (v) => typeof v === "boolean"),
      columnWidth: accepted(
        "format.columnWidth",
        (v) => typeof v === "number" && v >= 0,
        (points: number) =>
          this.ctx.write(() => {
            const { sheet, rect } = this.targets();
            for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
          }),
      ),
      rowHeight: accepted(
        "format.rowHeight",
        (v) => typeof v === "number" && v >= 0 && v <= 409,
        (points: number) =>
          this.ctx.write(() => {
            const { sheet, rect } = this.targets();
            for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
          }),
      ),
    });
    Object.preventExtensions(this.fill);
    Object.preventExtensions(this.font);
    // Assigning anything the fake does not model throws (ES modules are strict), instead of passing silently.
    Object.preventExtensions(this);
  }
}
