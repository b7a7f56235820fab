import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { isParsedPlan } from "../plan/isParsedPlan.js";

/** The options checkSheet and fillSheet take, as a caller may hand them: anything at all. */
interface LooseOptions {
  readonly plan?: unknown;
  readonly norms?: unknown;
  readonly date?: unknown;
  readonly words?: unknown;
  readonly allocation?: unknown;
  readonly fix?: unknown;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The options of a sheet check or fill with every unusable one left out, and a finding (`options.invalid`)
 * for each: options that are not an object, a plan that is not a parsed plan, norms that are not a list,
 * a date that is not YYYY-MM-DD, words options or a fix list of the wrong kind. Never throws.
 */
export function usableSheetOptions<T extends object>(options: unknown): { options: T; findings: Finding[] } {
  if (options === undefined) return { options: {} as T, findings: [] };
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    return { options: {} as T, findings: [invalid("options", "{ plan?, norms?, date?, words?, allocation? }")] };
  }
  const given = options as LooseOptions;
  const findings: Finding[] = [];
  const drop = new Set<string>();
  const judge = (key: keyof LooseOptions, fits: (v: unknown) => boolean, expected: string) => {
    let value: unknown;
    try {
      value = given[key];
    } catch {
      value = Symbol("unreadable");
    }
    if (value === undefined || fits(value)) return;
    drop.add(key);
    findings.push(invalid(key, expected));
  };
  judge("plan", isParsedPlan, "parsePlan(…).value");
  judge("norms", (v) => Array.isArray(v) && v.every((row) => row !== null && typeof row === "object"), "NormRow[]");
  judge("date", (v) => typeof v === "string" && isoDate.test(v), "YYYY-MM-DD");
  judge("words", (v) => v !== null && typeof v === "object", "WordsOptions");
  judge("allocation", (v) => typeof v === "number" && Number.isFinite(v) && v >= 0, "a number of đồng");
  judge("fix", (v) => v === "all" || (Array.isArray(v) && v.every((id) => typeof id === "string")), '"all" | string[]');
  if (drop.size === 0) return { options: options as T, findings };
  const kept: Record<string, unknown> = {};
  for (const key of ["plan", "norms", "date", "words", "allocation", "fix"] as const) {
    if (!drop.has(key) && given[key] !== undefined) kept[key] = given[key];
  }
  return { options: kept as T, findings };
}

function invalid(option: string, expected: string): Finding {
  // The option's name is where it points: the caller's options object has no cell.
  return makeFinding("options.invalid", { option, expected }, { path: option });
}
