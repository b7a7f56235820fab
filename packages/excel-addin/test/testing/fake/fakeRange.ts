// Ranges (values, formulas, number formats, cell properties, merged areas, selection) of the fake.
import { ClientResult, Loadable, type Context } from "./context.js";
import { RangeFormatProxy } from "./fakeFormat.js";
import { errorValues, rectAddress, type FakeCell, type FakeSheet, type Rect } from "./fakeWorkbook.js";

const cellProps = [
  "address",
  "values",
  "formulas",
  "numberFormat",
  "valueTypes",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "isNullObject",
];

export class RangeProxy extends Loadable {
  readonly format: RangeFormatProxy;
  constructor(
    ctx: Context,
    private readonly sheetRef: () => FakeSheet,
    private readonly rectRef: () => Rect | undefined,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, () => this.targets());
    Object.preventExtensions(this);
  }
  private rect(): Rect {
    const r = this.rectRef();
    if (!r) throw new Error("fake: null range used");
    return r;
  }
  private targets(): { sheet: FakeSheet; rect: Rect } {
    return { sheet: this.sheetRef(), rect: this.rect() };
  }
  get address(): string {
    return this.loaded("address");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(v: unknown[][]) {
    this.write2d(v, "content", (cell, x) => ({ ...stripContent(cell), value: toValue(x) }));
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write2d(v, "content", (cell, x) =>
      typeof x === "string" && x.startsWith("=")
        ? { ...stripContent(cell), value: cell?.value ?? null, formula: x }
        : { ...stripContent(cell), value: toValue(x) },
    );
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write2d(v, "format", (cell, x) => ({ ...(cell ?? { value: null }), numberFormat: String(x) }));
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    if (this.nullable) super.load("isNullObject");
    return this;
  }
  getCellProperties(options: Excel.CellPropertiesLoadOptions): ClientResult<Excel.CellProperties[][] | null> {
    return new ClientResult(this.ctx, () => {
      if (this.rectRef() === undefined) return null;
      const { sheet, rect } = this.targets();
      return grid(rect, (r, c) => {
        const cell = sheet.get(r, c);
        const format: Record<string, unknown> = {};
        const f = options.format;
        if (f?.font) format.font = { name: cell?.font ?? "Calibri", bold: cell?.bold ?? false };
        if (f?.fill) format.fill = { color: cell?.fill ?? "#FFFFFF", pattern: cell?.fill ? "Solid" : "None" };
        const hidden = options.hidden ? { hidden: sheet.hiddenRows.has(r) || sheet.hiddenCols.has(c) } : {};
        return { format, ...hidden } as Excel.CellProperties;
      });
    });
  }
  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.ctx, () => {
      if (this.rectRef() === undefined) return [];
      const { sheet, rect } = this.targets();
      // As in Excel: only areas whose top-left cell lies inside the range.
      return sheet.merges
        .filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right)
        .map((m) => `${quoteSheet(sheet.name)}!${rectAddress(m)}`);
    });
  }
  select(): void {
    this.ctx.write(() => {
      const { sheet, rect } = this.targets();
      this.ctx.wb.makeActive(this.ctx.wb.sheets.indexOf(sheet));
      this.ctx.wb.selected = `${sheet.name}!${rectAddress(rect)}`;
    });
  }
  merge(across = false): void {
    if (across) throw new Error("fake: merge(across) is not modelled");
    this.ctx.write(() => {
      const { sheet, rect } = this.targets();
      sheet.merges.push(rect);
    });
  }
  clear(): void {
    this.ctx.write(() => {
      const { sheet, rect } = this.targets();
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) sheet.write(r, c, { value: null });
    });
  }
  protected read(name: string): unknown {
    if (!cellProps.includes(name)) throw new Error(`fake: Range cannot load ${name}`);
    if (name === "isNullObject") return this.rectRef() === undefined;
    if (this.rectRef() === undefined) return null; // a null object's properties load as null
    const { sheet, rect } = this.targets();
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        // Like Excel, a read past the cell limit gives null values instead of throwing.
        if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > this.ctx.readCellLimit) {
          if (this.ctx.overLimit === "throw")
            throw Object.assign(new Error("Response payload too large"), { code: "ResponsePayloadSizeLimitExceeded" });
          return null;
        }
        return grid(rect, (r, c) => sheet.get(r, c)?.value ?? "");
      case "valueTypes":
        return grid(rect, (r, c) => valueType(sheet.get(r, c)?.value ?? null));
      case "formulas":
        return grid(rect, (r, c) => {
          const cell = sheet.get(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      default:
        return grid(rect, (r, c) => sheet.get(r, c)?.numberFormat ?? "General");
    }
  }
  /** Writes a rectangle; "content" (values, formulas) makes the cells and their dependents recompute. */
  private write2d(
    v: unknown[][],
    what: "content" | "format",
    update: (cell: FakeCell | undefined, x: unknown) => FakeCell,
  ): void {
    this.ctx.wb.rangeWrites++;
    this.ctx.write(() => {
      const { sheet, rect } = this.targets();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (v.length !== rows || v.some((row) => row.length !== cols)) {
        throw new Error(`InvalidArgument: ${rows}×${cols} range given a ${v.length}×${v[0]?.length ?? 0} array`);
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const cell = update(sheet.get(rect.top + r, rect.left + c), v[r]?.[c]);
          if (what === "content") sheet.write(rect.top + r, rect.left + c, cell);
          else sheet.set(rect.top + r, rect.left + c, cell);
        }
      }
    });
  }
}

export class RangeAreasProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly areas: () => string[],
    /** Where the areas are, for select() (worksheet.getRanges). */
    private readonly selection?: () => { sheet: FakeSheet; rects: readonly Rect[] },
  ) {
    super(ctx);
    super.load("isNullObject");
  }
  select(): void {
    const selection = this.selection;
    if (!selection) throw new Error("fake: these areas cannot be selected");
    this.ctx.write(() => {
      const { sheet, rects } = selection();
      this.ctx.wb.makeActive(this.ctx.wb.sheets.indexOf(sheet));
      this.ctx.wb.selected = `${sheet.name}!${rects.map(rectAddress).join(",")}`;
    });
  }
  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }
  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
  protected read(name: string): unknown {
    const areas = this.areas();
    if (name === "isNullObject") return areas.length === 0;
    if (areas.length === 0) return null; // Excel: a null object's loaded properties are null.
    if (name === "address") return areas.join(",");
    if (name === "areaCount") return areas.length;
    throw new Error(`fake: RangeAreas cannot load ${name}`);
  }
}

function valueType(v: FakeCell["value"]): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return errorValues.has(v) ? "Error" : "String";
}

function grid<T>(rect: Rect, at: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

function stripContent(cell: FakeCell | undefined): FakeCell {
  if (!cell) return { value: null };
  const { formula: _formula, ...rest } = cell;
  return { ...rest, value: null };
}

function toValue(x: unknown): FakeCell["value"] {
  if (x === "" || x === null || x === undefined) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  throw new Error(`InvalidArgument: cell value ${JSON.stringify(x)}`);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}
