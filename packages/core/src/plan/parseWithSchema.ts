import type { z } from "zod";
import { failure, success, type Result } from "../findings/result.js";
import { makeFinding } from "../findings/makeFinding.js";
import { placeIssue } from "./describeIssue.js";
import { unknownKeyFindings } from "./unknownKeyFindings.js";

/**
 * Validates JSON against a schema without throwing: the data (`ok`), or one `code` finding per schema issue with
 * its JSON path and a Vietnamese/English problem text (the shared door of price lists and norms tables). Keys the
 * format does not know are warnings beside the data, never silently dropped.
 */
export function parseWithSchema<S extends z.ZodType>(
  schema: S,
  json: unknown,
  code: "norms.invalid" | "prices.invalid",
): Result<z.infer<S>> {
  const result = schema.safeParse(json);
  if (result.success) {
    const unknown = code === "norms.invalid" ? "norms.unknown_key" : "prices.unknown_key";
    return success(result.data, unknownKeyFindings(json, result.data, unknown));
  }
  return failure(
    result.error.issues.map((issue) => {
      const { at, problem } = placeIssue(issue, json);
      return makeFinding(code, { problem }, at);
    }),
  );
}
