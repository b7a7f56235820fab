import type { Plan, WordsOptions } from "@hgcs/core";
import { parseAmountText } from "@hgcs/core/money";

/** What the user set in the pane; the ribbon commands use the same. */
export interface Settings {
  /** ISO date whose caps apply; empty = core decides (the plan's date, else the sheet's date line). */
  readonly date: string;
  /** Province key ("thanh-hoa") or "VN"; empty = the plan's own. */
  readonly jurisdiction: string;
  /** The allocation in đồng, digits only; empty = the plan's. */
  readonly allocation: string;
  readonly zeroTens: NonNullable<WordsOptions["zeroTens"]>;
  readonly thousand: NonNullable<WordsOptions["thousand"]>;
}

export const defaultSettings: Settings = {
  date: "",
  jurisdiction: "",
  allocation: "",
  zeroTens: "linh",
  thousand: "nghìn",
};

/** The allocation the settings give, in đồng; undefined when none is typed. */
export function allocationOf(settings: Settings): number | undefined {
  // Typed as an accountant types money ("600.000.000", "600 000 000 đ"): core reads it, never a digit filter.
  const read = parseAmountText(settings.allocation);
  return read.ok && Number.isSafeInteger(read.value) && read.value > 0 ? read.value : undefined;
}

/** The core options the settings and the chosen plan stand for. */
export function coreOptions(
  settings: Settings,
  plan: Plan | undefined,
): { plan?: Plan; date?: string; allocation?: number; words: WordsOptions } {
  const allocation = allocationOf(settings);
  const withJurisdiction =
    plan && settings.jurisdiction ? { ...plan, issuer: { ...plan.issuer, jurisdiction: settings.jurisdiction } } : plan;
  return {
    ...(withJurisdiction ? { plan: withJurisdiction } : {}),
    ...(settings.date ? { date: settings.date } : {}),
    ...(allocation === undefined ? {} : { allocation }),
    words: { zeroTens: settings.zeroTens, thousand: settings.thousand },
  };
}

/** Settings from stored JSON, keeping only values the pane could have written (storage is user-editable). */
export function settingsFrom(saved: unknown): Settings {
  const o = typeof saved === "object" && saved !== null ? (saved as Record<string, unknown>) : {};
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  return {
    date: typeof o.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(o.date) ? o.date : defaultSettings.date,
    jurisdiction: typeof o.jurisdiction === "string" ? o.jurisdiction.trim() : defaultSettings.jurisdiction,
    allocation:
      typeof o.allocation === "string" && /^\d{0,15}$/.test(o.allocation) ? o.allocation : defaultSettings.allocation,
    zeroTens: pick(o.zeroTens, ["linh", "lẻ"], defaultSettings.zeroTens),
    thousand: pick(o.thousand, ["nghìn", "ngàn"], defaultSettings.thousand),
  };
}
