import type { z } from "zod";
import type { LocalizedText } from "../findings/finding.js";

/** A zod validation issue (zod 4). */
export type SchemaIssue = z.core.$ZodIssue;

const typeNames: Readonly<Record<string, LocalizedText>> = {
  string: { vi: "văn bản", en: "text" },
  number: { vi: "số", en: "a number" },
  int: { vi: "số nguyên", en: "a whole number" },
  boolean: { vi: "true/false", en: "true/false" },
  object: { vi: "đối tượng {…}", en: "an object {…}" },
  array: { vi: "danh sách […]", en: "a list […]" },
  null: { vi: "null", en: "null" },
  nan: { vi: "NaN", en: "NaN" },
};

/** The JSON type of a value, in the words of `typeNames`. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isNaN(value) ? "nan" : Number.isInteger(value) ? "int" : "number";
  return typeof value;
}

function typeName(type: string): LocalizedText {
  return typeNames[type] ?? { vi: type, en: type };
}

const quote = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * Says what is wrong, in Vietnamese and English, from a zod issue and the offending value (the value at
 * the issue's path, undefined when the field is missing). Written here, not via zod's global locale, so
 * messages are ours and nothing global changes.
 */
export function describeIssue(issue: SchemaIssue, value: unknown): LocalizedText {
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return { vi: "thiếu trường bắt buộc", en: "a required field is missing" };
      const want = typeName(issue.expected);
      const got = typeName(jsonTypeOf(value));
      return { vi: `cần ${want.vi}, nhận được ${got.vi}`, en: `expected ${want.en}, got ${got.en}` };
    }
    case "too_small":
      return bound(issue.origin, issue.minimum, issue.inclusive ?? true, "min");
    case "too_big":
      return bound(issue.origin, issue.maximum, issue.inclusive ?? true, "max");
    case "invalid_format":
      return issue.format === "regex" && issue.message === "yyyy-MM-dd"
        ? {
            vi: "ngày phải viết dạng yyyy-MM-dd, ví dụ 2024-02-06",
            en: "a date must be written yyyy-MM-dd, e.g. 2024-02-06",
          }
        : { vi: `sai định dạng (${issue.format})`, en: `wrong format (${issue.format})` };
    case "invalid_value":
      return issue.values.length === 1
        ? { vi: `phải là ${quote(issue.values)}`, en: `must be ${quote(issue.values)}` }
        : { vi: `phải là một trong: ${quote(issue.values)}`, en: `must be one of: ${quote(issue.values)}` };
    case "unrecognized_keys":
      return {
        vi: `trường không xác định: ${issue.keys.join(", ")}`,
        en: `unknown field(s): ${issue.keys.join(", ")}`,
      };
    case "not_multiple_of":
      return {
        vi: `phải là bội số của ${String(issue.divisor)}`,
        en: `must be a multiple of ${String(issue.divisor)}`,
      };
    case "custom":
      if (issue.params?.["required"] && value === undefined)
        return { vi: "thiếu trường bắt buộc", en: "a required field is missing" };
      return issue.params?.["calendarDate"]
        ? {
            vi: `${JSON.stringify(value)} không phải là một ngày có thật`,
            en: `${JSON.stringify(value)} is not a real calendar date`,
          }
        : { vi: issue.message, en: issue.message };
    default:
      return { vi: "giá trị không hợp lệ", en: "invalid value" };
  }
}

/** A schema issue placed in its JSON: the dotted path (no `at` at the root), the value there and the problem. */
export interface PlacedIssue {
  readonly at?: { readonly path: string };
  readonly value: unknown;
  readonly problem: LocalizedText;
}

/** Places a schema issue of `json` for a finding: `{ at: { path: "0.maxVnd" }, value: "130.000", problem }`. */
export function placeIssue(issue: SchemaIssue, json: unknown): PlacedIssue {
  const path = issuePath(issue.path);
  const value = valueAt(json, issue.path);
  const problem = describeIssue(issue, value);
  return path === "" ? { value, problem } : { at: { path }, value, problem };
}

/** The dotted JSON path of a schema issue: ["conferences", 0, "count"] → "conferences.0.count". */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let here = json;
  for (const key of path) {
    if (here === null || typeof here !== "object" || !Object.hasOwn(here, key)) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function bound(origin: string, limit: number | bigint, inclusive: boolean, side: "min" | "max"): LocalizedText {
  const n = Number(limit);
  if (origin === "string" && side === "min" && n <= 1) return { vi: "không được để trống", en: "must not be empty" };
  if (origin === "array" || origin === "set") {
    return side === "min"
      ? { vi: `cần ít nhất ${n} mục`, en: `needs at least ${n} item(s)` }
      : { vi: `nhiều nhất ${n} mục`, en: `at most ${n} item(s)` };
  }
  if (origin === "string") {
    return side === "min"
      ? { vi: `cần ít nhất ${n} ký tự`, en: `needs at least ${n} character(s)` }
      : { vi: `nhiều nhất ${n} ký tự`, en: `at most ${n} character(s)` };
  }
  const op = side === "min" ? (inclusive ? "≥" : ">") : inclusive ? "≤" : "<";
  return { vi: `phải ${op} ${n}`, en: `must be ${op} ${n}` };
}
