// Task pane: wires the page to the session's controller. Rendering only; results come from core.
import { formatFinding, parsePlan, type Finding, type Locale, type Plan } from "@hgcs/core";
import type { Outcome } from "../controller/controller.js";
import { bundledPlan, bundledPrices, session } from "../controller/session.js";
import type { Settings } from "../controller/settings.js";
import { pickLocale, uiStrings } from "../i18n/pickLocale.js";
import type { UiStrings } from "../i18n/uiStrings.js";
import { displayLanguage } from "../office/host.js";
import { renderFindings } from "./findingsView.js";

type Action = "check" | "fill" | "undo" | "clear-marks" | "new-sheet";

void Office.onReady(() => mount());

function mount(): void {
  const locale: Locale = pickLocale(displayLanguage());
  const ui = uiStrings(locale);
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const text = ui[node.dataset.text as keyof UiStrings];
    if (typeof text === "string") node.textContent = text;
  }
  const $ = <T extends Element>(selector: string) => document.querySelector(selector) as T;
  const status = $<HTMLElement>("#status");
  const findingsHost = $<HTMLElement>("#findings");
  const progress = $<HTMLElement>(".progress");
  const buttons = [...document.querySelectorAll<HTMLButtonElement>("[data-action]")];
  const form = $<HTMLDetailsElement>("#settings");

  let currentSheet = "";
  const say = (text: string, kind: "" | "notice" | "failure" = "") => {
    status.textContent = text;
    status.className = kind;
  };
  const show = (outcome: Outcome, message: string) => {
    currentSheet = outcome.sheet;
    renderFindings(findingsHost, outcome.findings, outcome.fixable, locale, ui);
    say(outcome.tableFound ? message : ui.noTable(outcome.sheet), outcome.tableFound ? "" : "notice");
  };
  const summary = (outcome: Outcome) => (outcome.findings.length === 0 ? ui.clean(outcome.sheet) : ui.checked(outcome.sheet, outcome.findings.length));

  let busy = false;
  const refreshButtons = () => {
    const idle: Partial<Record<string, boolean>> = { undo: session.controller.canUndo, "clear-marks": session.controller.hasMarks };
    for (const b of buttons) b.disabled = busy || idle[b.dataset.action ?? ""] === false;
  };
  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    busy = true;
    progress.hidden = false;
    refreshButtons();
    say(ui.working);
    try {
      await work();
    } catch (error) {
      say(ui.failed(error instanceof Error ? error.message : String(error)), "failure");
    } finally {
      busy = false;
      progress.hidden = true;
      refreshButtons();
    }
  };

  const actions: Record<Action, () => Promise<void>> = {
    check: async () => {
      const outcome = await session.controller.check(session.settings, session.plan);
      show(outcome, summary(outcome));
    },
    fill: async () => fillWith(undefined),
    undo: async () => {
      const cells = await session.controller.undo();
      findingsHost.replaceChildren();
      say(cells > 0 ? ui.undone(cells) : ui.nothingToUndo);
    },
    "clear-marks": async () => {
      say(ui.marksCleared(await session.controller.clearMarks()));
    },
    "new-sheet": async () => {
      // With "no plan" chosen, a new sheet is still drawn from the sample plan.
      const plan: Plan | undefined = session.plan ?? bundledPlan();
      if (!plan) throw new Error(ui.planInvalid);
      const result = await session.controller.newSheet(session.settings, plan, bundledPrices());
      renderFindings(findingsHost, result.findings, new Map(), locale, ui);
      say(ui.newSheetDone(result.sheet));
    },
  };
  const fillWith = async (fix: readonly string[] | undefined) => {
    const outcome = await session.controller.fill(session.settings, session.plan, fix);
    show(outcome, outcome.changed > 0 ? ui.filled(outcome.changed) : ui.nothingToFill);
  };

  for (const b of buttons) b.addEventListener("click", () => void run(actions[b.dataset.action as Action]));
  findingsHost.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const fix = target.closest<HTMLElement>("[data-fix]")?.dataset.fix;
    if (fix) return void run(() => fillWith([fix]));
    const row = target.closest<HTMLElement>("[data-finding]");
    const cell = row?.dataset.cell;
    if (row && cell) void session.controller.select({ sheet: row.dataset.sheet ?? currentSheet, address: cell }).catch(() => undefined);
  });
  findingsHost.addEventListener("keydown", (event) => {
    if (event.key === "Enter") (event.target as HTMLElement).click();
  });
  session.onOutcome((outcome) => {
    show(outcome, summary(outcome));
    refreshButtons();
  });
  session.onError((message) => say(message, "failure"));
  bindSettings(form, ui, locale);
  refreshButtons();
}

function bindSettings(form: HTMLElement, ui: UiStrings, locale: Locale): void {
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.querySelector(`[name="${name}"]`) as T;
  const s = session.settings;
  field<HTMLInputElement>("date").value = s.date;
  field<HTMLInputElement>("jurisdiction").value = s.jurisdiction;
  field<HTMLSelectElement>("zeroTens").value = s.zeroTens;
  field<HTMLSelectElement>("thousand").value = s.thousand;
  const planStatus = form.querySelector("#plan-status") as HTMLElement;
  form.addEventListener("change", (event) => {
    const name = (event.target as HTMLInputElement).name;
    if (name === "plan" || name === "planFile") return;
    const next: Settings = {
      date: field<HTMLInputElement>("date").value,
      jurisdiction: field<HTMLInputElement>("jurisdiction").value.trim(),
      zeroTens: field<HTMLSelectElement>("zeroTens").value as Settings["zeroTens"],
      thousand: field<HTMLSelectElement>("thousand").value as Settings["thousand"],
    };
    session.updateSettings(next);
  });
  const planSelect = field<HTMLSelectElement>("plan");
  const planFile = field<HTMLInputElement>("planFile");
  planSelect.addEventListener("change", () => {
    if (planSelect.value === "file") planFile.click();
    else session.planSource = { kind: planSelect.value === "none" ? "none" : "bundled" };
    planStatus.textContent = "";
  });
  planFile.addEventListener("change", () => {
    const file = planFile.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const { plan, findings } = parsePlanText(text);
      if (plan) {
        session.planSource = { kind: "file", name: file.name, plan };
        planStatus.textContent = ui.planFileLoaded(file.name);
      } else {
        planStatus.textContent = `${ui.planInvalid} ${findings.map((f) => formatFinding(f, locale)).join(" ")}`;
      }
    });
  });
}

function parsePlanText(text: string): { plan?: ReturnType<typeof parsePlan>["plan"]; findings: readonly Finding[] } {
  try {
    return parsePlan(JSON.parse(text) as unknown);
  } catch {
    return parsePlan(undefined);
  }
}
