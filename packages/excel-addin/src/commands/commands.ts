// Ribbon commands (Kiểm tra, Điền): the pane's controller, then the pane shows the result.
// event.completed() is always called, errors included, or Excel keeps the button busy.
import { session } from "../controller/session.js";
import { pickLocale, uiStrings } from "../i18n/pickLocale.js";
import { displayLanguage } from "../office/host.js";

/**
 * "Kiểm tra": check the active sheet as the kind it is (estimate, list, distribution sheet), mark it, select
 * the first error, show the findings in the pane.
 */
export async function hgcsCheck(event: Office.AddinCommands.Event): Promise<void> {
  await command(event, async () => {
    const inspection = await session.controller.inspect(session.checkInput(), { mark: true, selectFirstError: true });
    session.publishInspection(inspection);
    const { outcome } = inspection;
    return !outcome || outcome.findings.length > 0 || !outcome.tableFound;
  });
}

/** "Điền": fill the active sheet's empty cells; the pane shows what is left. */
export async function hgcsFill(event: Office.AddinCommands.Event): Promise<void> {
  await command(event, async () => {
    const outcome = await session.controller.fill(session.settings, session.plan);
    session.publish(outcome);
    return outcome.findings.length > 0 || !outcome.tableFound;
  });
}

/** The handlers by their manifest FunctionName. */
export const commandHandlers = { hgcsCheck, hgcsFill } as const;

async function command(event: Office.AddinCommands.Event, work: () => Promise<boolean>): Promise<void> {
  try {
    if (await work()) await showPane();
  } catch (error) {
    const ui = uiStrings(pickLocale(displayLanguage()));
    session.publishError(ui.failed(error instanceof Error ? error.message : String(error)));
    await showPane();
  } finally {
    event.completed();
  }
}

// Opening the pane is the notice; it may fail where SharedRuntime is missing, and the cell marks remain.
async function showPane(): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
  } catch {
    // Nothing more to do: the sheet is marked and the first error selected.
  }
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    for (const [name, handler] of Object.entries(commandHandlers)) Office.actions.associate(name, handler);
  });
}
