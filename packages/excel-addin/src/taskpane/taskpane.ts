// Task pane: wires the page to the session's controller. Rendering only; results come from core.
import { formatFinding, parsePlan, type Locale, type Plan, type Result } from "@hgcs/core";
import { groupDigits } from "@hgcs/core/money";
import { type ConferenceSeries } from "@hgcs/core/plan";
import type { Inspection, Outcome } from "../controller/controller.js";
import { seriesOf } from "../controller/kindChecks.js";
import { checkTypedDates, proposeDates } from "../controller/schedule.js";
import { bundledPlan, bundledPrices, session } from "../controller/session.js";
import type { Settings } from "../controller/settings.js";
import { pickLocale, uiStrings } from "../i18n/pickLocale.js";
import type { UiStrings } from "../i18n/uiStrings.js";
import { displayLanguage } from "../office/host.js";
import { renderFindings } from "./findingsView.js";
import { fillSeries, kindName, renderProposal, sectionOf, showSection, type SectionKind } from "./sections.js";

type Action =
  | "check"
  | "fill"
  | "undo"
  | "clear-marks"
  | "new-sheet"
  | "detect"
  | "check-list"
  | "new-lists"
  | "check-distribution"
  | "new-distribution"
  | "propose-schedule"
  | "check-schedule"
  | "check-schedule-sheet"
  | "new-schedule";

void Office.onReady(() => mount());

function mount(): void {
  const locale: Locale = pickLocale(displayLanguage());
  const ui = uiStrings(locale);
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) {
    const text = textAt(ui, node.dataset.text ?? "");
    if (text !== undefined) node.textContent = text;
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
  const show = (outcome: Outcome, message: string, notFound: (sheet: string) => string = ui.noTable) => {
    currentSheet = outcome.sheet;
    renderFindings(findingsHost, outcome.findings, outcome.fixable, locale, ui);
    const limit = outcome.estimateLimit
      ? ` ${ui.estimateLimit(outcome.estimateLimit.sheet, groupDigits(outcome.estimateLimit.limit, locale))}`
      : "";
    say(outcome.tableFound ? message + limit : notFound(outcome.sheet), outcome.tableFound ? "" : "notice");
  };
  const field = <T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(name: string) =>
    $<T>(`[name="${name}"]`);
  const weightsText = () => field<HTMLTextAreaElement>("weights").value;
  const minGap = () => {
    const n = Number.parseInt(field<HTMLInputElement>("minGap").value, 10);
    return Number.isFinite(n) && n > 0 ? n : undefined;
  };
  // A list or schedule needs a plan with a series; drawing falls back to the sample plan like new-sheet does.
  const withSeries = (
    name: string,
    plan: Plan | undefined = session.plan,
  ): { plan: Plan; series: ConferenceSeries } => {
    const series = seriesOf(plan, field<HTMLSelectElement>(name).value);
    if (!plan || !series) throw new Error(ui.needsSeries);
    return { plan, series };
  };
  const checkInput = () => {
    session.listSeries = field<HTMLSelectElement>("listSeries").value;
    session.weightsText = weightsText();
    session.scheduleSeries = field<HTMLSelectElement>("scheduleSeries").value;
    session.minGap = minGap();
    return session.checkInput();
  };
  const notFoundOf: Record<SectionKind, (sheet: string) => string> = {
    estimate: ui.noTable,
    "conference-list": ui.noList,
    distribution: ui.noDistribution,
    schedule: ui.noSchedule,
  };
  const showInspection = ({ detected, outcome }: Inspection) => {
    const section = sectionOf(detected);
    showSection(section);
    const name = kindName(detected, ui);
    findingsHost.replaceChildren();
    if (!name) say(ui.kindUnknown(detected.sheet), "notice");
    else if (outcome)
      show(
        outcome,
        `${ui.detected(detected.sheet, name)}: ${ui.findingCount(outcome.findings.length)}`,
        notFoundOf[section],
      );
    else say(`${ui.detected(detected.sheet, name)}. ${ui.needsSeries}`, "notice");
  };
  const summary = (outcome: Outcome) =>
    outcome.findings.length === 0 ? ui.clean(outcome.sheet) : ui.checked(outcome.sheet, outcome.findings.length);

  let busy = false;
  // A sheet activated while an action runs is inspected once the action is over.
  let followPending = false;
  // The sheet our last draw activated: its activation event is ours, and the draw's message stays.
  let drawn: string | undefined;
  const refreshButtons = () => {
    const idle: Partial<Record<string, boolean>> = {
      undo: session.controller.canUndo,
      "clear-marks": session.controller.hasMarks,
    };
    for (const b of buttons) b.disabled = busy || idle[b.dataset.action ?? ""] === false;
  };
  const run = async (work: () => Promise<void>, quiet = false) => {
    if (busy) return;
    busy = true;
    progress.hidden = false;
    refreshButtons();
    if (!quiet) say(ui.working);
    try {
      await work();
    } catch (error) {
      say(ui.failed(error instanceof Error ? error.message : String(error)), "failure");
    } finally {
      busy = false;
      progress.hidden = true;
      refreshButtons();
      if (followPending) follow();
    }
  };
  // Another sheet became active: read it (no writes) and show its section and findings.
  const follow = () => {
    followPending = busy;
    if (busy) return;
    void run(async () => {
      const inspection = await session.controller.inspect(checkInput());
      const ours = inspection.detected.sheet === drawn;
      drawn = undefined;
      if (ours) showSection(sectionOf(inspection.detected));
      else showInspection(inspection);
    }, true);
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
      drawn = result.sheet;
      renderFindings(findingsHost, result.findings, new Map(), locale, ui);
      say(ui.newSheetDone(result.sheet));
    },
    detect: async () => showInspection(await session.controller.inspect(checkInput())),
    "check-list": async () => {
      const { plan, series } = withSeries("listSeries");
      const outcome = await session.controller.checkList({ ...checkInput(), plan, series });
      show(outcome, summary(outcome), ui.noList);
    },
    "new-lists": async () => {
      const { plan } = withSeries("listSeries", session.plan ?? bundledPlan());
      const sheets = await session.controller.newLists(session.settings, plan);
      drawn = sheets[0];
      findingsHost.replaceChildren();
      say(ui.newListsDone(sheets.length));
    },
    "check-distribution": async () => {
      const outcome = await session.controller.checkDistribution(checkInput());
      show(outcome, summary(outcome), ui.noDistribution);
    },
    "new-distribution": async () => {
      const plan: Plan | undefined = session.plan ?? bundledPlan();
      if (!plan) throw new Error(ui.planInvalid);
      const result = await session.controller.newDistribution(plan, weightsText());
      renderFindings(findingsHost, result.findings, new Map(), locale, ui);
      drawn = result.sheet;
      if (result.sheet) say(ui.newDistributionDone(result.sheet));
      else say(ui.distributionNotDrawn, "failure");
    },
    "propose-schedule": async () => {
      const { series } = withSeries("scheduleSeries", session.plan ?? bundledPlan());
      const result = proposeDates(series, minGap());
      renderProposal($<HTMLElement>("#schedule-dates"), result.conferences, locale, ui);
      renderFindings(findingsHost, result.findings, new Map(), locale, ui);
      say(ui.proposed(result.conferences.length));
    },
    "check-schedule": async () => {
      const { series } = withSeries("scheduleSeries");
      const findings = checkTypedDates(series, field<HTMLTextAreaElement>("typedDates").value, minGap());
      renderFindings(findingsHost, findings, new Map(), locale, ui);
      say(findings.length === 0 ? ui.scheduleClean : ui.scheduleChecked(findings.length));
    },
    "check-schedule-sheet": async () => {
      const { series } = withSeries("scheduleSeries");
      const outcome = await session.controller.checkSchedule({ ...checkInput(), series });
      show(outcome, summary(outcome), ui.noSchedule);
    },
    "new-schedule": async () => {
      const { plan, series } = withSeries("scheduleSeries", session.plan ?? bundledPlan());
      const result = await session.controller.newSchedule(plan, series, minGap());
      renderFindings(findingsHost, result.findings, new Map(), locale, ui);
      drawn = result.sheet;
      if (result.sheet) say(ui.newScheduleDone(result.sheet, result.count));
      else say(ui.scheduleNotDrawn, "failure");
    },
  };
  const fillWith = async (fix: readonly string[] | undefined) => {
    const outcome = await session.controller.fill(session.settings, session.plan, fix);
    show(outcome, outcome.changed > 0 ? ui.filled(outcome.changed) : ui.nothingToFill);
  };

  for (const b of buttons) b.addEventListener("click", () => void run(actions[b.dataset.action as Action]));
  for (const tab of document.querySelectorAll<HTMLElement>("[data-show]"))
    tab.addEventListener("click", () => showSection(tab.dataset.show as SectionKind));
  findingsHost.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const fix = target.closest<HTMLElement>("[data-fix]")?.dataset.fix;
    if (fix) return void run(() => fillWith([fix]));
    const row = target.closest<HTMLElement>("[data-finding]");
    const cell = row?.dataset.cell;
    if (row && cell)
      void session.controller
        .select({ sheet: row.dataset.sheet ?? currentSheet, address: cell })
        .catch(() => undefined);
  });
  findingsHost.addEventListener("keydown", (event) => {
    if (event.key === "Enter") (event.target as HTMLElement).click();
  });
  session.onOutcome((outcome) => {
    show(outcome, summary(outcome));
    refreshButtons();
  });
  session.onInspection((inspection) => {
    showInspection(inspection);
    refreshButtons();
  });
  session.onError((message) => say(message, "failure"));
  bindSettings(form, ui, locale, () => fillSeries(session.plan));
  bindWeightsFile(
    field<HTMLInputElement>("weightsFile"),
    field<HTMLTextAreaElement>("weights"),
    $<HTMLElement>("#weights-status"),
    ui,
  );
  fillSeries(session.plan);
  showSection("estimate");
  refreshButtons();
  // The open sheet picks the section, and so does every sheet the user goes to; reading writes nothing.
  void run(actions.detect);
  void session.controller.watchSheets(follow).catch(() => undefined);
}

/** A UI string by key, or by "group.key" for grouped strings (section names). */
function textAt(ui: UiStrings, key: string): string | undefined {
  const [head, tail] = key.split(".", 2) as [keyof UiStrings, string | undefined];
  const value: unknown = ui[head];
  const text =
    tail !== undefined && typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)[tail]
      : value;
  return typeof text === "string" ? text : undefined;
}

/** A picked CSV file's text goes into the weights box, where it can still be edited. */
function bindWeightsFile(input: HTMLInputElement, box: HTMLTextAreaElement, status: HTMLElement, ui: UiStrings): void {
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      box.value = text;
      status.textContent = ui.weightsLoaded(file.name);
    });
  });
}

function bindSettings(form: HTMLElement, ui: UiStrings, locale: Locale, planChanged: () => void): void {
  const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) =>
    form.querySelector(`[name="${name}"]`) as T;
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
    planChanged();
  });
  planFile.addEventListener("change", () => {
    const file = planFile.files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      const parsed = parsePlanText(text);
      if (parsed.ok) {
        session.planSource = { kind: "file", name: file.name, plan: parsed.value };
        planStatus.textContent = ui.planFileLoaded(file.name);
        planChanged();
      } else {
        planStatus.textContent = `${ui.planInvalid} ${parsed.findings.map((f) => formatFinding(f, locale)).join(" ")}`;
      }
    });
  });
}

function parsePlanText(text: string): Result<Plan> {
  try {
    return parsePlan(JSON.parse(text) as unknown);
  } catch {
    return parsePlan(undefined);
  }
}
