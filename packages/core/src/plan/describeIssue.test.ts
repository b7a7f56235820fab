import { z } from "zod";
import { describe, expect, it } from "vitest";
import { describeIssue, jsonTypeOf } from "./describeIssue.js";
import { isoDateSchema } from "./planSchema.js";

const firstIssue = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error("expected a failure");
  const issue = r.error.issues[0];
  if (!issue) throw new Error("no issue");
  return describeIssue(issue, value);
};

describe("describeIssue", () => {
  it("names missing fields and wrong types in both languages", () => {
    expect(firstIssue(z.string(), undefined)).toEqual({
      vi: "thiếu trường bắt buộc",
      en: "a required field is missing",
    });
    expect(firstIssue(z.number(), "320")).toEqual({
      vi: "cần số, nhận được văn bản",
      en: "expected a number, got text",
    });
    expect(firstIssue(z.array(z.string()), {})).toEqual({
      vi: "cần danh sách […], nhận được đối tượng {…}",
      en: "expected a list […], got an object {…}",
    });
    expect(firstIssue(z.number().int(), 1.5).vi).toBe("cần số nguyên, nhận được số");
  });

  it("explains bounds, enums, formats and calendar dates", () => {
    expect(firstIssue(z.string().min(1), "")).toEqual({ vi: "không được để trống", en: "must not be empty" });
    expect(firstIssue(z.array(z.number()).min(1), []).vi).toBe("cần ít nhất 1 mục");
    expect(firstIssue(z.number().max(4), 5)).toEqual({ vi: "phải ≤ 4", en: "must be ≤ 4" });
    expect(firstIssue(z.enum(["province", "commune"]), "city").en).toBe('must be one of: "province", "commune"');
    expect(firstIssue(z.literal("VND"), "USD").vi).toBe('phải là "VND"');
    expect(firstIssue(isoDateSchema, "06/02/2024").vi).toContain("yyyy-MM-dd");
    expect(firstIssue(isoDateSchema, "2024-02-30")).toEqual({
      vi: '"2024-02-30" không phải là một ngày có thật',
      en: '"2024-02-30" is not a real calendar date',
    });
    expect(firstIssue(z.strictObject({}), { x: 1 }).en).toBe("unknown field(s): x");
  });

  it("names JSON types", () => {
    expect([null, [], 1, 1.5, "a", true, {}].map(jsonTypeOf)).toEqual([
      "null",
      "array",
      "int",
      "number",
      "string",
      "boolean",
      "object",
    ]);
  });
});
