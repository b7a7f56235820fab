// What each button does: one controller call (which reads, calls core and writes), then the view draws the
// result. No rules here and no DOM beyond the view and the form's inputs.
import type { Plan } from "@hgcs/core";
import { checkTypedDates, proposeDates } from "../controller/schedule.js";
import { bundledPlan, bundledPrices, session } from "../controller/session.js";
import { checkInput, minGap, typedDates, weightsText, withSeries } from "./inputs.js";
import { one } from "./dom.js";
import type { PaneView } from "./paneView.js";
import { renderProposal } from "./sections.js";
import type { PaneState } from "./state.js";

export type Action =
  | "check"
  | "fill"
  | "undo"
  | "clear-marks"
  | "new-sheet"
  | "example-sheet"
  | "detect"
  | "check-list"
  | "new-lists"
  | "check-distribution"
  | "new-distribution"
  | "propose-schedule"
  | "check-schedule"
  | "check-schedule-sheet"
  | "new-schedule";

/** The pane's actions by their data-action name. */
export function paneActions(view: PaneView, state: PaneState): Record<Action, () => Promise<void>> {
  const { ui, locale } = view;
  const controller = session.controller;
  // Drawing falls back to the sample plan when "no plan" is chosen.
  const planToDraw = (): Plan => {
    const plan = session.plan ?? bundledPlan();
    if (!plan) throw new Error(ui.planInvalid);
    return plan;
  };
  const newSheet = async (example: boolean) => {
    // The example is always the bundled Thanh Hóa plan, under a title that says its prices are illustrative.
    const plan = example ? bundledPlan() : planToDraw();
    if (!plan) throw new Error(ui.planInvalid);
    const asExample = example
      ? { sheetName: ui.exampleSheetName, subtitle: ui.exampleSubtitle(plan.document.title) }
      : undefined;
    const result = await controller.newSheet(session.settings, plan, bundledPrices(), asExample);
    state.drawn = result.sheet;
    view.clear();
    view.list(result.findings);
    view.say(example ? ui.exampleDone(result.sheet) : ui.newSheetDone(result.sheet));
  };
  return {
    check: async () => {
      const outcome = await controller.check(session.settings, session.plan);
      view.outcome(outcome, view.checked(outcome));
    },
    fill: () => fixFindings(view, undefined),
    undo: async () => {
      const cells = await controller.undo();
      view.clear();
      view.say(cells > 0 ? ui.undone(cells) : ui.nothingToUndo);
    },
    "clear-marks": async () => {
      view.say(ui.marksCleared(await controller.clearMarks()));
    },
    "new-sheet": () => newSheet(false),
    "example-sheet": () => newSheet(true),
    detect: async () => {
      const inspection = await controller.inspect(checkInput());
      view.inspection(inspection);
    },
    "check-list": async () => {
      const { plan, series } = withSeries("listSeries", ui.needsSeries);
      const outcome = await controller.checkList({ ...checkInput(), plan, series });
      view.outcome(outcome, view.checked(outcome), ui.noList);
    },
    "new-lists": async () => {
      const { plan } = withSeries("listSeries", ui.needsSeries, session.plan ?? bundledPlan());
      const sheets = await controller.newLists(session.settings, plan);
      state.drawn = sheets[0];
      view.clear();
      view.say(ui.newListsDone(sheets.length));
    },
    "check-distribution": async () => {
      const outcome = await controller.checkDistribution(checkInput());
      view.outcome(outcome, view.checked(outcome), ui.noDistribution);
    },
    "new-distribution": async () => {
      const result = await controller.newDistribution(planToDraw(), weightsText());
      view.list(result.findings);
      state.drawn = result.sheet;
      if (result.sheet) view.say(ui.newDistributionDone(result.sheet));
      else view.say(ui.distributionNotDrawn, "failure");
    },
    "propose-schedule": async () => {
      const { series } = withSeries("scheduleSeries", ui.needsSeries, session.plan ?? bundledPlan());
      const result = proposeDates(series, minGap());
      renderProposal(one<HTMLElement>("#schedule-dates"), result.conferences, locale, ui);
      view.list(result.findings);
      view.say(ui.proposed(result.conferences.length));
    },
    "check-schedule": async () => {
      const { series } = withSeries("scheduleSeries", ui.needsSeries);
      const findings = checkTypedDates(series, typedDates(), minGap());
      view.list(findings);
      view.say(findings.length === 0 ? ui.scheduleClean : ui.scheduleChecked(findings.length));
    },
    "check-schedule-sheet": async () => {
      const { series } = withSeries("scheduleSeries", ui.needsSeries);
      const outcome = await controller.checkSchedule({ ...checkInput(), series });
      view.outcome(outcome, view.checked(outcome), ui.noSchedule);
    },
    "new-schedule": async () => {
      const { plan, series } = withSeries("scheduleSeries", ui.needsSeries, session.plan ?? bundledPlan());
      const result = await controller.newSchedule(plan, series, minGap());
      view.list(result.findings);
      state.drawn = result.sheet;
      if (result.sheet) view.say(ui.newScheduleDone(result.sheet, result.count));
      else view.say(ui.scheduleNotDrawn, "failure");
    },
  };
}

/** Fill: everything fill may do, plus the findings the user picked (their fix ids). */
export async function fixFindings(view: PaneView, fix: readonly string[] | undefined): Promise<void> {
  const outcome = await session.controller.fill(session.settings, session.plan, fix);
  view.outcome(outcome, outcome.changed > 0 ? view.ui.filled(outcome.changed) : view.ui.nothingToFill);
}
