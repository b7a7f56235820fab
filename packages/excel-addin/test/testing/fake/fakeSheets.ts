// Workbook, worksheet collection and worksheet of the fake.
import { Loadable, type Context } from "./context.js";
import { quoteSheet, RangeAreasProxy, RangeProxy } from "./fakeRange.js";
import { parseRect, rectAddress, type ActivatedEvent, type ActivatedHandler, type FakeSheet } from "./fakeWorkbook.js";

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(ctx: Context) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = { suspendApiCalculationUntilNextSync: () => undefined };
  }
}

export class WorksheetCollectionProxy extends Loadable {
  /** worksheets.onActivated (ExcelApi 1.7): add() takes effect at sync, as does the handle's remove(). */
  readonly onActivated = {
    add: (handler: (event: ActivatedEvent) => Promise<unknown>): EventHandlerResultProxy => {
      const handlers = this.ctx.wb.activatedHandlers;
      const registered: ActivatedHandler = (event) => handler(event);
      this.ctx.queue.push(() => void handlers.add(registered));
      return new EventHandlerResultProxy(this.ctx, () => void handlers.delete(registered));
    },
  };
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

export class WorksheetProxy extends Loadable {
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
  get id(): string {
    return this.loaded<string>("id");
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
    return new RangeProxy(
      this.ctx,
      () => this.sheetNow(),
      () => rect,
    );
  }
  /** ExcelApi 1.9: several areas ("A1,B2:B4"); the fake models selecting them. */
  getRanges(address: string): RangeAreasProxy {
    if (!this.ctx.isSetSupported("ExcelApi", "1.9")) throw new Error("fake: getRanges needs ExcelApi 1.9");
    const rects = address.split(",").map((a) => {
      const rect = parseRect(a.trim());
      if (!rect) throw new Error(`InvalidArgument: address ${address}`);
      return rect;
    });
    return new RangeAreasProxy(
      this.ctx,
      () => rects.map((r) => `${quoteSheet(this.sheetNow().name)}!${rectAddress(r)}`),
      () => ({ sheet: this.sheetNow(), rects }),
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new Error(`InvalidArgument: ${rows}×${cols} range`);
    const rect = { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 };
    return new RangeProxy(
      this.ctx,
      () => this.sheetNow(),
      () => rect,
    );
  }
  getUsedRange(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(
      this.ctx,
      () => this.sheetNow(),
      () => this.sheetNow().usedRect() ?? { top: 0, left: 0, bottom: 0, right: 0 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(
      this.ctx,
      () => this.sheetNow(),
      () => this.sheetNow().usedRect(),
      true,
    );
  }
  activate(): void {
    this.ctx.write(() => {
      this.ctx.wb.makeActive(this.ctx.wb.sheets.indexOf(this.sheetNow()));
    });
  }
  get pageLayout(): Record<string, unknown> {
    const record = (key: string, value: unknown) => this.ctx.write(() => void (this.sheetNow().print[key] = value));
    const layout = {} as Record<string, unknown>;
    for (const key of [
      "paperSize",
      "orientation",
      "zoom",
      "leftMargin",
      "rightMargin",
      "topMargin",
      "bottomMargin",
      "centerHorizontally",
    ]) {
      Object.defineProperty(layout, key, { set: (v: unknown) => record(key, v) });
    }
    layout.setPrintTitleRows = (rows: string) => record("printTitleRows", rows);
    return Object.preventExtensions(layout);
  }
  protected read(name: string): unknown {
    if (name === "isNullObject") return this.resolve() === undefined;
    if (name === "name") return this.sheetNow().name;
    if (name === "id") return this.sheetNow().id;
    throw new Error(`fake: Worksheet cannot load ${name}`);
  }
}

/** What onActivated.add() returns: remove() is queued and takes effect at the next sync of its context. */
export class EventHandlerResultProxy {
  constructor(
    readonly context: Context,
    private readonly removeNow: () => void,
  ) {}
  remove(): void {
    this.context.queue.push(this.removeNow);
  }
}
