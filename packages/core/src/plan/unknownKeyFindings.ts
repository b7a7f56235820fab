import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { unknownKeyPaths } from "./unknownKeys.js";

/** One warning per key of `json` that its parse dropped, at the key's JSON path. */
export function unknownKeyFindings(
  json: unknown,
  parsed: unknown,
  code: "plan.unknown_key" | "norms.unknown_key" | "prices.unknown_key",
): Finding[] {
  return unknownKeyPaths(json, parsed).map((path) =>
    makeFinding(code, { key: path.slice(path.lastIndexOf(".") + 1) }, { path }),
  );
}
