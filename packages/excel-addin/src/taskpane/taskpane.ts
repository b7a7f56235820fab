// Task pane: wires the page to the session's controller. The state is in state.ts, the drawing in the views,
// the Office calls behind the controller; results come from core.
import { type Locale } from "@hgcs/core";
import { session } from "../controller/session.js";
import { pickLocale, uiStrings } from "../i18n/pickLocale.js";
import { displayLanguage, officeTheme } from "../office/host.js";
import { fixFindings, paneActions, type Action } from "./actions.js";
import { field, one } from "./dom.js";
import { checkInput } from "./inputs.js";
import { PaneView } from "./paneView.js";
import { bindTabs, fillSeries, sectionOf, showSection } from "./sections.js";
import { bindSettings, bindWeightsFile } from "./settingsForm.js";
import { initialState } from "./state.js";
import { applyStrings } from "./strings.js";
import { bindSelection } from "./selection.js";
import { applyTheme } from "./theme.js";

void Office.onReady(() => mount());

function mount(): void {
  const locale: Locale = pickLocale(displayLanguage());
  const ui = uiStrings(locale);
  document.documentElement.lang = locale;
  applyStrings(document, ui);
  const state = initialState();
  const view = new PaneView(ui, locale, state);
  const actions = paneActions(view, state);

  const refreshButtons = () =>
    view.buttonsState(state.busy, {
      undo: session.controller.canUndo,
      clearMarks: session.controller.hasMarks,
    });
  const run = async (work: () => Promise<void>, quiet = false) => {
    if (state.busy) return;
    state.busy = true;
    refreshButtons();
    if (!quiet) view.say(ui.working);
    try {
      await work();
    } catch (error) {
      view.say(ui.failed(error instanceof Error ? error.message : String(error)), "failure");
    } finally {
      state.busy = false;
      refreshButtons();
      if (state.followPending) follow();
    }
  };
  // Another sheet became active: read it (no writes) and show its section and findings.
  const follow = () => {
    state.followPending = state.busy;
    if (state.busy) return;
    void run(async () => {
      const inspection = await session.controller.inspect(checkInput());
      const ours = inspection.detected.sheet === state.drawn;
      state.drawn = undefined;
      if (ours) showSection(sectionOf(inspection.detected));
      else view.inspection(inspection);
    }, true);
  };

  for (const b of view.buttons) b.addEventListener("click", () => void run(actions[b.dataset.action as Action]));
  bindTabs(showSection);
  bindSelection(view, state, (fix) => void run(() => fixFindings(view, [fix])));
  applyTheme(officeTheme());
  session.onOutcome((outcome) => {
    view.outcome(outcome, view.checked(outcome));
    refreshButtons();
  });
  session.onInspection((inspection) => {
    view.inspection(inspection);
    refreshButtons();
  });
  session.onError((message) => view.say(message, "failure"));
  bindSettings(one<HTMLElement>("#settings"), ui, locale, () => fillSeries(session.plan));
  bindWeightsFile(
    field<HTMLInputElement>("weightsFile"),
    field<HTMLTextAreaElement>("weights"),
    one<HTMLElement>("#weights-status"),
    ui,
  );
  fillSeries(session.plan);
  showSection("estimate");
  refreshButtons();
  // The open sheet picks the section, and so does every sheet the user goes to; reading writes nothing.
  void run(actions.detect);
  void session.controller.watchSheets(follow).catch(() => undefined);
}
