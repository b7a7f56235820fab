// A strict in-memory stand-in for the Excel JavaScript API, enough for the add-in's adapter:
// reading a property that was not loaded and synced throws, writes are queued and applied at sync
// (in order with loads, like one Office.js batch), and every sync is counted.
import { FakeWorkbook, lastCol, lastRow, parseRect, rectAddress, type FakeCell, type FakeSheet, type Rect } from "./fakeWorkbook.js";

/** Options of the fake host. */
export interface FakeHostOptions {
  displayLanguage?: string;
  /** Requirement sets and their highest version, e.g. { ExcelApi: "1.20" }. */
  supported?: Record<string, string>;
  /** Cells one range read may return before values come back null (Excel: 5 million). */
  readCellLimit?: number;
  /** Past the read limit: values come back null (desktop), or the sync fails as too large (the web). */
  overLimit?: "null" | "throw";
  /** Refuse undo groups as some hosts do (error code UndoNotSupported). */
  refuseUndoGroups?: boolean;
}

type Op = () => void;

class Context {
  readonly queue: Op[] = [];
  generation = 0;
  readonly workbook: WorkbookProxy;
  constructor(
    readonly wb: FakeWorkbook,
    readonly readCellLimit: number,
    readonly overLimit: "null" | "throw",
  ) {
    this.workbook = new WorkbookProxy(this);
  }
  async sync(): Promise<void> {
    this.wb.syncCount++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
    for (const s of this.wb.sheets) s.recalc();
    this.generation++;
  }
  /** Writes mark the sheets dirty; a later load in the same batch sees recomputed values. */
  write(op: Op): void {
    this.queue.push(() => {
      op();
      for (const s of this.wb.sheets) s.recalc();
    });
  }
}

class ClientResult<T> {
  #value: T | undefined;
  #ready = false;
  constructor(ctx: Context, compute: () => T) {
    ctx.queue.push(() => {
      this.#value = compute();
      this.#ready = true;
    });
  }
  get value(): T {
    if (!this.#ready) throw new Error("PropertyNotLoaded: ClientResult.value read before context.sync()");
    return this.#value as T;
  }
}

abstract class Loadable {
  readonly #loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}
  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : (props?.select ?? "").split(",");
    const names = list.map((p) => p.trim()).filter(Boolean);
    if (names.length === 0) throw new Error("fake: load() needs the property names (load only what you read)");
    this.ctx.queue.push(() => {
      for (const name of names) this.#loaded.set(name, this.read(name));
    });
    return this;
  }
  protected loaded<T>(name: string): T {
    if (!this.#loaded.has(name)) throw new Error(`PropertyNotLoaded: ${this.constructor.name}.${name} read without load() and sync()`);
    return this.#loaded.get(name) as T;
  }
  protected abstract read(name: string): unknown;
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(ctx: Context) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = { suspendApiCalculationUntilNextSync: () => undefined };
  }
}

class WorksheetCollectionProxy extends Loadable {
  getActiveWorksheet(): WorksheetProxy {
    let sheet: FakeSheet | undefined;
    // Resolved when the batch runs, as in Office.js, and then pinned.
    return new WorksheetProxy(this.ctx, () => (sheet ??= this.ctx.wb.activeSheet()));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.wb.sheet(name);
      if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheet(name), true);
  }
  add(name: string): WorksheetProxy {
    let sheet: FakeSheet | undefined;
    this.ctx.write(() => {
      sheet = this.ctx.wb.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!sheet) throw new Error("fake: sheet used before its add() ran");
      return sheet;
    });
  }
  get items(): WorksheetProxy[] {
    return this.loaded<WorksheetProxy[]>("items");
  }
  protected read(name: string): unknown {
    if (name !== "items" && name !== "items/name") throw new Error(`fake: WorksheetCollection cannot load ${name}`);
    const items = this.ctx.wb.sheets.map((s) => new WorksheetProxy(this.ctx, () => s));
    for (const item of items) item.preload("name", item.sheetNow().name);
    return items;
  }
  override load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === "string" ? [props] : Array.isArray(props) ? props : [props?.select ?? ""];
    return super.load(list.some((p) => p.startsWith("items")) ? "items" : list);
  }
}

class WorksheetProxy extends Loadable {
  readonly #pre = new Map<string, unknown>();
  constructor(
    ctx: Context,
    private readonly resolve: () => FakeSheet | undefined,
    private readonly nullable = false,
  ) {
    super(ctx);
  }
  sheetNow(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new Error("ItemNotFound: worksheet");
    return s;
  }
  preload(name: string, value: unknown): void {
    this.#pre.set(name, value);
  }
  get name(): string {
    return this.#pre.has("name") ? (this.#pre.get("name") as string) : this.loaded<string>("name");
  }
  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }
  override load(props?: string | string[] | { select?: string }): this {
    super.load(props);
    if (this.nullable) super.load("isNullObject");
    return this;
  }
  getRange(address: string): RangeProxy {
    const rect = parseRect(address);
    if (!rect) throw new Error(`InvalidArgument: address ${address}`);
    return new RangeProxy(this.ctx, () => this.sheetNow(), () => rect);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new Error(`InvalidArgument: ${rows}×${cols} range`);
    const rect = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new RangeProxy(this.ctx, () => this.sheetNow(), () => rect);
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => this.sheetNow(), () => this.sheetNow().usedRect() ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => this.sheetNow(), () => this.sheetNow().usedRect(), true);
  }
  activate(): void {
    this.ctx.write(() => {
      this.ctx.wb.active = this.ctx.wb.sheets.indexOf(this.sheetNow());
    });
  }
  get pageLayout(): Record<string, unknown> {
    const record = (key: string, value: unknown) => this.ctx.write(() => void (this.sheetNow().print[key] = value));
    const layout = {} as Record<string, unknown>;
    for (const key of ["paperSize", "orientation", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "centerHorizontally"]) {
      Object.defineProperty(layout, key, { set: (v: unknown) => record(key, v) });
    }
    layout.setPrintTitleRows = (rows: string) => record("printTitleRows", rows);
    return Object.preventExtensions(layout);
  }
  protected read(name: string): unknown {
    if (name === "isNullObject") return this.resolve() === undefined;
    if (name === "name") return this.sheetNow().name;
    throw new Error(`fake: Worksheet cannot load ${name}`);
  }
}

const cellProps = ["address", "values", "formulas", "numberFormat", "valueTypes", "rowIndex", "columnIndex", "rowCount", "columnCount", "isNullObject"];
const errorValues = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

class RangeProxy extends Loadable {
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
    this.write2d(v, (cell, x) => ({ ...stripContent(cell), value: toValue(x) }));
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(v: unknown[][]) {
    this.write2d(v, (cell, x) =>
      typeof x === "string" && x.startsWith("=") ? { ...stripContent(cell), value: cell?.value ?? null, formula: x } : { ...stripContent(cell), value: toValue(x) },
    );
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.write2d(v, (cell, x) => ({ ...(cell ?? { value: null }), numberFormat: String(x) }));
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
      return sheet.merges.filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right).map((m) => `${quoteSheet(sheet.name)}!${rectAddress(m)}`);
    });
  }
  select(): void {
    this.ctx.write(() => {
      const { sheet, rect } = this.targets();
      this.ctx.wb.active = this.ctx.wb.sheets.indexOf(sheet);
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
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.set(r, c, { value: null });
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
          if (this.ctx.overLimit === "throw") throw Object.assign(new Error("Response payload too large"), { code: "ResponsePayloadSizeLimitExceeded" });
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
  private write2d(v: unknown[][], update: (cell: FakeCell | undefined, x: unknown) => FakeCell): void {
    this.ctx.wb.rangeWrites++;
    this.ctx.write(() => {
      const { sheet, rect } = this.targets();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (v.length !== rows || v.some((row) => row.length !== cols)) {
        throw new Error(`InvalidArgument: ${rows}×${cols} range given a ${v.length}×${v[0]?.length ?? 0} array`);
      }
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) sheet.set(rect.top + r, rect.left + c, update(sheet.get(rect.top + r, rect.left + c), v[r]?.[c]));
      }
    });
  }
}

class RangeAreasProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly areas: () => string[],
  ) {
    super(ctx);
    super.load("isNullObject");
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

class RangeFormatProxy {
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
        if (rect.bottom === lastRow || rect.right === lastCol) throw new Error("fake: per-cell format on a whole row/column");
        for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.set(r, c, fn(sheet.get(r, c) ?? { value: null }));
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
      color: accepted("format.fill.color", isColor, (color: string) => each((cell) => ({ ...cell, fill: color.toUpperCase() }))),
      clear: {
        value: () =>
          each((cell) => {
            const { fill: _fill, ...rest } = cell;
            return rest;
          }),
      },
    });
    this.font = Object.defineProperties({} as RangeFormatProxy["font"], {
      name: accepted("format.font.name", (v) => typeof v === "string" && v.length > 0, (name: string) => each((cell) => ({ ...cell, font: name }))),
      bold: accepted("format.font.bold", (v) => typeof v === "boolean", (bold: boolean) => each((cell) => ({ ...cell, bold }))),
      italic: accepted("format.font.italic", (v) => typeof v === "boolean"),
      underline: accepted("format.font.underline", (v) => v === "Single" || v === "None" || v === "Double"),
      size: accepted("format.font.size", (v) => typeof v === "number" && v > 0 && v < 410),
    });
    const borderStyles = ["Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "None", "SlantDashDot"];
    const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];
    this.borders = {
      getItem: (edge: string) => {
        if (!edges.includes(edge)) throw new Error(`InvalidArgument: border ${edge}`);
        return Object.preventExtensions(
          Object.defineProperties({} as { style: string }, {
            style: accepted("format.borders.style", (v) => borderStyles.includes(String(v)), () =>
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
      columnWidth: accepted("format.columnWidth", (v) => typeof v === "number" && v >= 0, (points: number) =>
        this.ctx.write(() => {
          const { sheet, rect } = this.targets();
          for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
        }),
      ),
      rowHeight: accepted("format.rowHeight", (v) => typeof v === "number" && v >= 0 && v <= 409, (points: number) =>
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

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** The Office, Excel and CustomFunctions globals over a fake workbook. */
export function createFakeHost(wb: FakeWorkbook, options: FakeHostOptions = {}) {
  const supported = options.supported ?? { ExcelApi: "1.20", SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" };
  const actions = new Map<string, (event: unknown) => unknown>();
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const isSetSupported = (name: string, version = "1.1") => supported[name] !== undefined && versionAtLeast(supported[name], version);

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (ctx: Context) => Promise<T>;
    const runOptions = (args.length > 1 ? args[0] : {}) as { mergeUndoGroup?: boolean };
    wb.runCount++;
    if (runOptions.mergeUndoGroup) {
      if (!isSetSupported("ExcelApi", "1.20")) throw new Error("fake: mergeUndoGroup needs ExcelApi 1.20");
      if (options.refuseUndoGroups) throw Object.assign(new Error("UndoNotSupported"), { code: "UndoNotSupported" });
      wb.mergeUndoRuns++;
    }
    const ctx = new Context(wb, options.readCellLimit ?? 5_000_000, options.overLimit ?? "null");
    const result = await batch(ctx);
    if (ctx.queue.length > 0) await ctx.sync(); // Excel.run flushes what the batch left queued.
    return result;
  }

  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }

  const Office = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: options.displayLanguage ?? "vi-VN",
      requirements: { isSetSupported },
    },
    onReady: async (cb?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      cb?.(info);
      return info;
    },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => void actions.set(name, fn) },
    addin: { showAsTaskpane: async () => undefined },
  };
  const Excel = { run };
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void functions.set(id, fn),
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!" },
  };
  return { Office, Excel, CustomFunctions, actions, functions, workbook: wb };
}

/** Installs the fake host as globals (vitest, and the browser stub). */
export function installFakeHost(wb: FakeWorkbook, options: FakeHostOptions = {}): ReturnType<typeof createFakeHost> {
  const host = createFakeHost(wb, options);
  Object.assign(globalThis, { Office: host.Office, Excel: host.Excel, CustomFunctions: host.CustomFunctions });
  return host;
}

export { FakeWorkbook };
