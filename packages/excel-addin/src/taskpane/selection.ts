// Clicks and keys in the results: a finding selects its cell (its "Sửa" button fixes it); a part of the
// budget's picture or a capped rate selects its cells in the sheet.
import { session } from "../controller/session.js";
import type { PaneView } from "./paneView.js";
import type { PaneState } from "./state.js";

/** Binds the findings list and the summary card. `fix` runs fill for one finding's fix id. */
export function bindSelection(view: PaneView, state: PaneState, fix: (id: string) => void): void {
  view.findings.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    const fixId = target.closest<HTMLElement>("[data-fix]")?.dataset.fix;
    if (fixId) return fix(fixId);
    const row = target.closest<HTMLElement>("[data-finding]");
    const cell = row?.dataset.cell;
    if (row && cell)
      void session.controller
        .select({ sheet: row.dataset.sheet ?? state.currentSheet, address: cell })
        .catch(() => undefined);
  });
  // A finding row is focusable: Enter or Space selects its cell as a click does.
  view.findings.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if ((event.key === "Enter" || event.key === " ") && target.matches("[data-finding]")) {
      event.preventDefault();
      target.click();
    }
  });
  view.summary.addEventListener("click", (event) => {
    const target = event.target as Element;
    const part = target.closest<HTMLElement | SVGElement>("[data-cells], rect[data-category]");
    if (!part) return;
    const button =
      part instanceof HTMLElement && part.dataset.cells !== undefined
        ? part
        : view.summary.querySelector<HTMLElement>(`button[data-category="${part.dataset.category ?? ""}"]`);
    const cells = (button?.dataset.cells ?? "").split(" ").filter((c) => c !== "");
    if (!button || cells.length === 0) return;
    const sheet = button.dataset.sheet || state.currentSheet;
    const name = button.dataset.name ?? "";
    void session.controller
      .selectAll(sheet, cells)
      .then((all) =>
        view.say(
          all || cells.length === 1
            ? view.ui.partSelected(name, cells.length)
            : view.ui.firstSelected(cells.join(", ")),
        ),
      )
      .catch(() => undefined);
  });
}
