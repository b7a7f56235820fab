import type { CorruptReason } from "./ooxml/zip.js";

/**
 * Why the CLI cannot use an input or write an output. These are data, like core's findings: each
 * kind has one message per language in the catalogue (messages/), and all of them exit with code 2.
 */
export type Problem =
  | { readonly kind: "file.missing"; readonly file: string }
  | { readonly kind: "file.not_a_file"; readonly file: string; readonly what: "directory" | "special" }
  | { readonly kind: "file.empty"; readonly file: string }
  | { readonly kind: "file.too_large"; readonly file: string; readonly bytes: number; readonly limit: number }
  | { readonly kind: "file.unreadable"; readonly file: string; readonly detail: string }
  | { readonly kind: "file.old_xls"; readonly file: string }
  | { readonly kind: "file.encrypted"; readonly file: string }
  | { readonly kind: "file.ole_unknown"; readonly file: string }
  | { readonly kind: "file.ods"; readonly file: string }
  | { readonly kind: "file.not_zip"; readonly file: string }
  /** A damaged package: what is wrong, or (read by ExcelJS) the library's own words as `detail`. */
  | {
      readonly kind: "file.corrupt";
      readonly file: string;
      readonly reason?: CorruptReason;
      readonly part?: string;
      readonly detail?: string;
    }
  /** A spreadsheet of another kind (.xlsm, .xlsb) in a batch, which reads .xlsx only. */
  | { readonly kind: "file.other_format"; readonly file: string; readonly format: string }
  /** The inputs of a batch hold no workbook at all. */
  | { readonly kind: "batch.no_workbooks"; readonly inputs: readonly string[] }
  /** Checking one file of a batch failed unexpectedly (its worker died): that file's row, never the batch's end. */
  | { readonly kind: "batch.check_failed"; readonly file: string; readonly detail: string }
  | { readonly kind: "workbook.no_sheets"; readonly file: string }
  | {
      readonly kind: "sheet.missing";
      readonly file: string;
      readonly sheet: string;
      readonly available: readonly string[];
    }
  | { readonly kind: "sheet.empty"; readonly file: string; readonly sheet: string }
  /** A cell or row past Excel's 1.048.576 rows × 16.384 columns: the package is damaged or forged. */
  | {
      readonly kind: "sheet.out_of_range";
      readonly file: string;
      readonly sheet: string;
      /** The row number as written in the file, or the cell reference. */
      readonly row?: number;
      readonly cell?: string;
    }
  /** More cells than hgcs reads into memory (the limit keeps a check of any file under 1 GB). */
  | {
      readonly kind: "sheet.too_many_cells";
      readonly file: string;
      readonly sheet: string;
      readonly cells: number;
      readonly limit: number;
    }
  /** What fill cannot write back through ExcelJS: a huge sheet, a huge merged area, a name Excel refuses. */
  | {
      readonly kind: "fill.too_large";
      readonly file: string;
      readonly sheet: string;
      readonly cells: number;
      readonly limit: number;
    }
  | { readonly kind: "fill.huge_merge"; readonly file: string; readonly sheet: string; readonly range: string }
  | { readonly kind: "fill.bad_sheet_name"; readonly file: string; readonly sheet: string }
  | { readonly kind: "table.none"; readonly file: string; readonly sheets: readonly string[] }
  | { readonly kind: "json.invalid"; readonly file: string; readonly detail: string }
  | { readonly kind: "plan.invalid"; readonly file: string; readonly problems: readonly string[] }
  | { readonly kind: "prices.invalid"; readonly file: string; readonly problems: readonly string[] }
  | { readonly kind: "output.exists"; readonly file: string }
  | { readonly kind: "output.is_input"; readonly file: string }
  | { readonly kind: "output.not_a_file"; readonly file: string }
  | { readonly kind: "output.macros"; readonly file: string }
  | { readonly kind: "output.write_failed"; readonly file: string; readonly detail: string }
  | { readonly kind: "args.unknown_command"; readonly command: string }
  | { readonly kind: "args.unknown_option"; readonly option: string }
  | { readonly kind: "args.missing_value"; readonly option: string }
  | { readonly kind: "args.missing"; readonly what: ArgName }
  | { readonly kind: "args.unexpected"; readonly value: string }
  | { readonly kind: "args.bad_value"; readonly option: string; readonly value: string; readonly allowed: string }
  | { readonly kind: "words.bad_number"; readonly value: string }
  // lists, distribute, schedule
  | { readonly kind: "weights.invalid"; readonly file: string; readonly problems: readonly string[] }
  | {
      readonly kind: "sheet.no_list";
      readonly file: string;
      readonly sheets: readonly string[];
      readonly what: "lists" | "distribution" | "schedule";
    }
  | {
      readonly kind: "plan.no_series";
      readonly file: string;
      readonly series: string;
      readonly available: readonly string[];
    }
  /** A plan that lists no material (leaflet, booklet …): nothing for `hgcs distribute` to share out. */
  | { readonly kind: "plan.no_materials"; readonly file: string };

/** The arguments a command can be missing. */
export type ArgName = "input" | "output" | "plan" | "number" | "weights" | "action";

export type ProblemKind = Problem["kind"];

/** A value, or the problem that stopped it. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(problem: Problem): Result<T> => ({ ok: false, problem });
