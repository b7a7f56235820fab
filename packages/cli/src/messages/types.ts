import type { Locale, Severity } from "@hgcs/core";
import type { UnkeptPart } from "../input/zipEntries.js";
import type { Problem, ProblemKind } from "../problems.js";

export type { Locale };

/** One message per problem kind, given that problem's fields. */
export type ProblemMessages = { readonly [K in ProblemKind]: (p: Extract<Problem, { kind: K }>) => string };

/**
 * Everything the CLI says to a user, in one language. Both catalogues (vi.ts, en.ts) are typed by this
 * interface, so a message missing in either language is a compile error.
 */
export interface CliMessages {
  readonly usage: string;
  readonly problems: ProblemMessages;
  readonly severity: Readonly<Record<Severity, string>>;
  /** "Lỗi: …" prefix for a problem that stops the command. */
  readonly stopped: (message: string) => string;
  readonly internalError: (detail: string) => string;
  readonly check: {
    readonly sheetHeading: (p: { sheet: string; hidden: string; range: string; scale: string }) => string;
    readonly noTableInSheet: (p: { sheet: string; hidden: string }) => string;
    /** Put after a hidden sheet's quoted name: " (trang ẩn)". */
    readonly hidden: string;
    readonly clean: string;
    readonly summary: (p: { errors: string; warnings: string; infos: string }) => string;
    readonly scale: (p: { scale: number }) => string;
  };
  /** `hgcs check` on a folder or several files. */
  readonly batch: {
    /** One table sheet of a checked file: its unit, total, counts and plan. */
    readonly sheetLine: (p: {
      file: string;
      unit: string;
      sheet: string;
      total: string;
      errors: number;
      warnings: number;
      overCap: number;
      plan: string;
    }) => string;
    /** A file that could not be checked, and why. */
    readonly failedLine: (p: { file: string; message: string }) => string;
    readonly noUnit: string;
    readonly noTotal: string;
    readonly total: (p: { amount: string }) => string;
    readonly plan: (p: { file: string }) => string;
    readonly noPlan: string;
    /** The closing line: how many files were checked, clean, with errors, unreadable, skipped. */
    readonly totals: (p: {
      files: string;
      clean: string;
      withErrors: string;
      unreadable: string;
      skipped: number;
    }) => string;
    /** What a --plan given to a batch applied to. */
    readonly sharedPlan: (p: { file: string; unit: string; count: number }) => string;
    readonly findingsHeading: string;
    /** The findings report was written (--report). */
    readonly reportWritten: (p: { file: string }) => string;
  };
  readonly fill: {
    readonly wrote: (p: { file: string; sheet: string; count: string }) => string;
    readonly nothing: (p: { file: string; sheet: string }) => string;
    readonly format: string;
    readonly answers: string;
    readonly notFixed: (p: { count: string }) => string;
    /** The written copy lacks parts of the original that ExcelJS cannot carry over. */
    readonly unkept: (p: { file: string; parts: string }) => string;
    readonly partNames: Readonly<Record<UnkeptPart, string>>;
  };
  /** `hgcs lists`, `hgcs distribute`, `hgcs schedule`. */
  readonly sheets: {
    readonly sheetHeading: (p: { sheet: string }) => string;
    readonly noTable: (p: { sheet: string }) => string;
    readonly notes: string;
    readonly listsWrote: (p: { file: string; conferences: string; sheets: string }) => string;
    readonly limit: (p: { limit: string }) => string;
    readonly distributeWrote: (p: { file: string; copies: string; units: string }) => string;
    readonly scheduleHeading: (p: { series: string; count: string; window: string; minGap: string }) => string;
    readonly scheduleChecked: (p: { series: string; count: string; window: string; minGap: string }) => string;
    readonly scheduleLine: (p: { number: string; days: string; place?: string }) => string;
    readonly scheduleWrote: (p: { file: string; count: string }) => string;
  };
  /** `hgcs consolidate`. */
  readonly consolidate: {
    readonly wrote: (p: { file: string; units: string; total: string }) => string;
    readonly unitLine: (p: {
      unit: string;
      file: string;
      sheet: string;
      total: string;
      recomputed?: string;
      errors: number;
    }) => string;
    /** A file that could not be consolidated, said on stderr. */
    readonly leftOut: (message: string) => string;
    /** The heading of the consolidated sheet's note that lists them. */
    readonly leftOutNote: string;
    readonly skipped: (p: { file: string }) => string;
    /** A hidden sheet left out of the consolidation, said on stderr. */
    readonly hiddenLeftOut: (p: { file: string; sheet: string }) => string;
    /** The heading of the consolidated sheet's note that lists the hidden sheets left out, and one of them. */
    readonly hiddenNote: string;
    readonly hiddenSheet: (p: { file: string; sheet: string }) => string;
  };
  readonly create: {
    readonly wrote: (p: { file: string; sections: string; lines: string; total: string }) => string;
    readonly notes: string;
  };
  /** The findings report of `hgcs check --report` (an Excel workbook: a summary and a details sheet). */
  readonly report: {
    readonly summarySheet: string;
    readonly detailsSheet: string;
    readonly summaryTitle: (p: { files: string; date: string }) => string;
    /** The details sheet's title: the findings, and the files not checked (a row each, below the findings). */
    readonly detailsTitle: (p: { findings: string; unreadable: number; date: string }) => string;
    /** The column headers of both sheets; the first four (number, unit, file, sheet) head both. */
    readonly headers: {
      readonly number: string;
      readonly unit: string;
      readonly file: string;
      readonly sheet: string;
      readonly range: string;
      readonly total: string;
      readonly errors: string;
      readonly warnings: string;
      readonly infos: string;
      readonly plan: string;
      readonly note: string;
      readonly cell: string;
      readonly severity: string;
      readonly code: string;
      readonly message: string;
    };
    /** A file that holds no estimate table anywhere (and was not refused as unreadable). */
    readonly noTable: string;
    readonly hidden: string;
    /** More findings than one sheet holds: the rest are left out, and the last row says how many. */
    readonly leftOut: (p: { count: string }) => string;
  };
}
