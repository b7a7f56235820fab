// The batch machinery of the fake: a request context whose sync runs queued loads and writes in order,
// results readable only after sync, and objects whose properties throw until loaded and synced.
import type { FakeWorkbook } from "./fakeWorkbook.js";
import type { WorkbookProxy } from "./fakeSheets.js";

type Op = () => void;

export class Context {
  readonly queue: Op[] = [];
  generation = 0;
  readonly workbook: WorkbookProxy;
  constructor(
    readonly wb: FakeWorkbook,
    readonly readCellLimit: number,
    readonly overLimit: "null" | "throw",
    workbook: (ctx: Context) => WorkbookProxy,
    /** The host's requirement sets: an API newer than them throws, as Excel's does. */
    readonly isSetSupported: (name: string, version: string) => boolean = () => true,
  ) {
    this.workbook = workbook(this);
  }
  async sync(): Promise<void> {
    this.wb.syncCount++;
    const ops = this.queue.splice(0);
    for (const op of ops) op();
    this.wb.recalc();
    this.generation++;
  }
  /** Writes mark the sheets dirty; a later load in the same batch sees recomputed values. */
  write(op: Op): void {
    this.queue.push(() => {
      op();
      this.wb.recalc();
    });
  }
}

export class ClientResult<T> {
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

export abstract class Loadable {
  readonly #loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}
  load(props?: string | string[] | { select?: string }): this {
    const list =
      typeof props === "string" ? props.split(",") : Array.isArray(props) ? props : (props?.select ?? "").split(",");
    const names = list.map((p) => p.trim()).filter(Boolean);
    if (names.length === 0) throw new Error("fake: load() needs the property names (load only what you read)");
    this.ctx.queue.push(() => {
      for (const name of names) this.#loaded.set(name, this.read(name));
    });
    return this;
  }
  protected loaded<T>(name: string): T {
    if (!this.#loaded.has(name))
      throw new Error(`PropertyNotLoaded: ${this.constructor.name}.${name} read without load() and sync()`);
    return this.#loaded.get(name) as T;
  }
  protected abstract read(name: string): unknown;
}
