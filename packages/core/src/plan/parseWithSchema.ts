import type { z } from "zod";
import type { FindingCode } from "../findings/codes.js";
import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { placeIssue } from "./describeIssue.js";

/**
 * Validates JSON against a schema without throwing: the data, or one `code` finding per schema issue with
 * its JSON path and a Vietnamese/English problem text (the shared door of price lists and norms tables).
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  json: unknown,
  code: FindingCode,
): { value?: z.infer<S>; findings: Finding[] } {
  const result = schema.safeParse(json);
  if (result.success) return { value: result.data, findings: [] };
  const findings = result.error.issues.map((issue) => {
    const { at, problem } = placeIssue(issue, json);
    return makeFinding(code, { problem }, at);
  });
  return { findings };
}
