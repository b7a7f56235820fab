// State shared by the task pane and the ribbon commands (one shared runtime, one page): the controller
// with its undo stack and marks, the settings, and the plan to compare with.
import { parsePlan, parsePrices, type Plan, type Prices } from "@hgcs/core";
import bundledPlanJson from "../../../../examples/thanh-hoa-2024/plan.json";
import bundledPricesJson from "../../../../examples/thanh-hoa-2024/prices.json";
import { Controller, type Inspection, type Outcome } from "./controller.js";
import type { CheckInput } from "./kindChecks.js";
import { defaultSettings, settingsFrom, type Settings } from "./settings.js";

/** Where the plan comes from. */
export type PlanSource =
  | { readonly kind: "bundled" }
  | { readonly kind: "none" }
  | { readonly kind: "file"; readonly name: string; readonly plan: Plan };

const storageKey = "hgcs.settings";

class Session {
  readonly controller = new Controller();
  settings: Settings = loadSettings();
  planSource: PlanSource = { kind: "bundled" };
  /** The conference series lists are checked against (its id; empty = the plan's first). */
  listSeries = "";
  /** The weights text (`unit,weight` lines) distribution sheets are checked against. */
  weightsText = "";
  /** The conference series schedule sheets are checked against (its id; empty = the plan's first). */
  scheduleSeries = "";
  /** Days at least between two conferences (core's default when undefined). */
  minGap: number | undefined = undefined;
  readonly #listeners = new Set<(outcome: Outcome) => void>();
  readonly #inspectionListeners = new Set<(inspection: Inspection) => void>();
  readonly #errorListeners = new Set<(message: string) => void>();

  /** The plan checks compare with, if any. */
  get plan(): Plan | undefined {
    if (this.planSource.kind === "file") return this.planSource.plan;
    return this.planSource.kind === "bundled" ? bundledPlan() : undefined;
  }

  /** What a check of the open sheet compares with, as the pane has set it. */
  checkInput(): CheckInput {
    const gap = this.minGap === undefined ? {} : { minGap: this.minGap };
    return {
      settings: this.settings,
      plan: this.plan,
      seriesId: this.listSeries,
      weightsText: this.weightsText,
      scheduleSeriesId: this.scheduleSeries,
      ...gap,
    };
  }

  updateSettings(next: Settings): void {
    this.settings = next;
    try {
      localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Storage may be off (private mode); settings then last for the session.
    }
  }

  /** The pane listens so that ribbon commands show their results there too. */
  onOutcome(listener: (outcome: Outcome) => void): void {
    this.#listeners.add(listener);
  }

  publish(outcome: Outcome): void {
    for (const listener of this.#listeners) listener(outcome);
  }

  /** The ribbon's check, whatever the sheet's kind, shows in the pane as opening it does. */
  onInspection(listener: (inspection: Inspection) => void): void {
    this.#inspectionListeners.add(listener);
  }

  publishInspection(inspection: Inspection): void {
    for (const listener of this.#inspectionListeners) listener(inspection);
  }

  onError(listener: (message: string) => void): void {
    this.#errorListeners.add(listener);
  }

  publishError(message: string): void {
    for (const listener of this.#errorListeners) listener(message);
  }
}

let bundled: Plan | undefined;
/** The Thanh Hóa 2024 example plan shipped with the add-in. */
export function bundledPlan(): Plan | undefined {
  if (bundled === undefined) {
    const parsed = parsePlan(bundledPlanJson);
    bundled = parsed.ok ? parsed.value : undefined;
  }
  return bundled;
}

let prices: Prices | undefined;
/** The example's illustrative unit prices (the pane says so; real quotations replace them). */
export function bundledPrices(): Prices {
  if (prices === undefined) {
    const parsed = parsePrices(bundledPricesJson);
    if (!parsed.ok) throw new Error("the bundled price list does not fit the price-list schema");
    prices = parsed.value;
  }
  return prices;
}

function loadSettings(): Settings {
  try {
    return settingsFrom(JSON.parse(localStorage.getItem(storageKey) ?? "{}"));
  } catch {
    return defaultSettings;
  }
}

/** The one session of this page. */
export const session = new Session();
