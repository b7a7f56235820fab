// What the pane shows: the status line, the progress bar, the buttons' state, the summary and the findings.
// Drawing only: it is given results and never calls Office.
import type { Finding, Locale } from "@hgcs/core";
import { groupDigits } from "@hgcs/core/money";
import type { Inspection, Outcome } from "../controller/controller.js";
import type { UiStrings } from "../i18n/uiStrings.js";
import { one } from "./dom.js";
import { renderFindings } from "./findingsView.js";
import { kindName, sectionOf, showSection, type SectionKind } from "./sections.js";
import type { PaneState } from "./state.js";
import { renderSummary } from "./summaryView.js";

export type StatusKind = "" | "notice" | "failure";

export class PaneView {
  readonly status = one<HTMLElement>("#status");
  readonly findings = one<HTMLElement>("#findings");
  readonly summary = one<HTMLElement>("#summary");
  readonly progress = one<HTMLElement>(".progress");
  readonly firstRun = one<HTMLElement>("[data-first-run]");
  readonly buttons = [...document.querySelectorAll<HTMLButtonElement>("[data-action]")];
  readonly #notFound: Record<SectionKind, (sheet: string) => string>;

  constructor(
    readonly ui: UiStrings,
    readonly locale: Locale,
    readonly state: PaneState,
  ) {
    this.#notFound = {
      estimate: ui.noTable,
      "conference-list": ui.noList,
      distribution: ui.noDistribution,
      schedule: ui.noSchedule,
    };
  }

  say(text: string, kind: StatusKind = ""): void {
    this.status.textContent = text;
    this.status.className = kind;
  }

  /** Findings without a summary (drawing, proposing, typed dates). */
  list(findings: readonly Finding[], fixable: ReadonlyMap<string, string> = new Map()): void {
    renderFindings(this.findings, findings, fixable, this.locale, this.ui);
  }

  clear(): void {
    this.firstRun.hidden = true;
    this.findings.replaceChildren();
    renderSummary(this.summary, undefined, this.locale, this.ui);
  }

  /** A check's or fill's result: the summary (estimates), the findings, and the message or why nothing was found. */
  outcome(outcome: Outcome, message: string, notFound: (sheet: string) => string = this.ui.noTable): void {
    this.state.currentSheet = outcome.sheet;
    this.firstRun.hidden = true;
    renderSummary(this.summary, outcome.summary, this.locale, this.ui);
    this.list(outcome.findings, outcome.fixable);
    const limit = outcome.estimateLimit
      ? ` ${this.ui.estimateLimit(outcome.estimateLimit.sheet, groupDigits(outcome.estimateLimit.limit, this.locale))}`
      : "";
    this.say(outcome.tableFound ? message + limit : notFound(outcome.sheet), outcome.tableFound ? "" : "notice");
  }

  /** The sheet the pane opened on (or followed to): its section, and its kind's findings. */
  inspection({ detected, outcome, blank }: Inspection): void {
    const section = sectionOf(detected);
    showSection(section);
    const name = kindName(detected, this.ui);
    this.clear();
    // An empty sheet is a start, not a problem: the pane says what it does and offers to draw.
    this.firstRun.hidden = blank !== true;
    if (blank) this.say("");
    else if (!name) this.say(this.ui.kindUnknown(detected.sheet), "notice");
    else if (outcome)
      this.outcome(
        outcome,
        `${this.ui.detected(detected.sheet, name)}: ${this.ui.findingCount(outcome.findings.length)}`,
        this.#notFound[section],
      );
    else this.say(`${this.ui.detected(detected.sheet, name)}. ${this.ui.needsSeries}`, "notice");
  }

  /** "No problems" or "N problems" for a checked sheet. */
  checked(outcome: Outcome): string {
    return outcome.findings.length === 0
      ? this.ui.clean(outcome.sheet)
      : this.ui.checked(outcome.sheet, outcome.findings.length);
  }

  /** Buttons off while busy; undo and clear-marks only when there is something to undo or clear. */
  buttonsState(busy: boolean, can: { undo: boolean; clearMarks: boolean }): void {
    const idle: Partial<Record<string, boolean>> = { undo: can.undo, "clear-marks": can.clearMarks };
    for (const b of this.buttons) b.disabled = busy || idle[b.dataset.action ?? ""] === false;
    this.progress.hidden = !busy;
  }
}
