import type { Plan, WordsOptions } from "@hgcs/core";

/** What the user set in the pane; the ribbon commands use the same. */
export interface Settings {
  /** ISO date whose caps apply; empty = core decides (the plan's date, else the sheet's date line). */
  readonly date: string;
  /** Province key ("thanh-hoa") or "VN"; empty = the plan's own. */
  readonly jurisdiction: string;
  readonly zeroTens: NonNullable<WordsOptions["zeroTens"]>;
  readonly thousand: NonNullable<WordsOptions["thousand"]>;
}

export const defaultSettings: Settings = { date: "", jurisdiction: "", zeroTens: "linh", thousand: "nghìn" };

/** The core options the settings and the chosen plan stand for. */
export function coreOptions(settings: Settings, plan: Plan | undefined): { plan?: Plan; date?: string; words: WordsOptions } {
  const withJurisdiction = plan && settings.jurisdiction ? { ...plan, issuer: { ...plan.issuer, jurisdiction: settings.jurisdiction } } : plan;
  return {
    ...(withJurisdiction ? { plan: withJurisdiction } : {}),
    ...(settings.date ? { date: settings.date } : {}),
    words: { zeroTens: settings.zeroTens, thousand: settings.thousand },
  };
}
