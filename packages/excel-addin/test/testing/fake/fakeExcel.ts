// A strict in-memory stand-in for the Excel JavaScript API, enough for the add-in's adapter:
// reading a property that was not loaded and synced throws, writes are queued and applied at sync
// (in order with loads, like one Office.js batch), and every sync is counted.
import { Context } from "./context.js";
import { WorkbookProxy } from "./fakeSheets.js";
import { FakeWorkbook } from "./fakeWorkbook.js";

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
  /** Office.context.officeTheme: the colours of the Office theme the user chose (absent: none given). */
  officeTheme?: FakeOfficeTheme;
}

/** The part of Office.OfficeTheme the pane reads. */
export interface FakeOfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme?: boolean;
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
  const isSetSupported = (name: string, version = "1.1") =>
    supported[name] !== undefined && versionAtLeast(supported[name], version);

  async function run<T>(...args: unknown[]): Promise<T> {
    const batch = args[args.length - 1] as (ctx: Context) => Promise<T>;
    // Excel.run(context, batch) carries on with an earlier batch's context (to remove an event handler).
    const given = args.length > 1 && args[0] instanceof Context ? args[0] : undefined;
    const runOptions = (args.length > 1 && !given ? args[0] : {}) as { mergeUndoGroup?: boolean };
    wb.runCount++;
    if (runOptions.mergeUndoGroup) {
      if (!isSetSupported("ExcelApi", "1.20")) throw new Error("fake: mergeUndoGroup needs ExcelApi 1.20");
      if (options.refuseUndoGroups) throw Object.assign(new Error("UndoNotSupported"), { code: "UndoNotSupported" });
      wb.mergeUndoRuns++;
    }
    const ctx =
      given ??
      new Context(
        wb,
        options.readCellLimit ?? 5_000_000,
        options.overLimit ?? "null",
        (c) => new WorkbookProxy(c),
        isSetSupported,
      );
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
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
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
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
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
