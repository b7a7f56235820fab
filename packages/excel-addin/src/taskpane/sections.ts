// The pane's sections, one per sheet kind: which one shows, the series pickers, the proposed dates.
import { type Locale, type Plan, type SheetKind, type SheetKindResult } from "@hgcs/core";
import { formatShortDate } from "@hgcs/core/dates";
import { weekdayName, type ProposedConference } from "@hgcs/core/schedule";
import type { UiStrings } from "../i18n/uiStrings.js";

/** A section of the pane, one per sheet kind (the schedule's dates can also be typed in the pane). */
export type SectionKind = Exclude<SheetKind, "unknown">;

/** Shows one section and marks its tab; the others are hidden. */
export function showSection(kind: SectionKind): void {
  for (const section of document.querySelectorAll<HTMLElement>("section[data-kind]"))
    section.hidden = section.dataset.kind !== kind;
  for (const tab of document.querySelectorAll<HTMLElement>("[data-show]")) {
    const selected = tab.dataset.show === kind;
    tab.setAttribute("aria-selected", String(selected));
    // One tab in the tab order; the arrows move between them.
    tab.tabIndex = selected ? 0 : -1;
  }
}

/** The section for a detected sheet (the estimate's when the kind is unknown: its check says what is missing). */
export function sectionOf(detected: SheetKindResult): SectionKind {
  return detected.kind === "unknown" ? "estimate" : detected.kind;
}

/** What the status line says a detected sheet is. */
export function kindName(detected: SheetKindResult, ui: UiStrings): string | undefined {
  if (detected.kind === "conference-list") return ui.listKinds[detected.list];
  if (detected.kind === "unknown") return undefined;
  return ui.sections[detected.kind].toLocaleLowerCase();
}

/** Fills every series picker with the plan's series, keeping a choice that still exists. */
export function fillSeries(plan: Plan | undefined): void {
  for (const select of document.querySelectorAll<HTMLSelectElement>("select[data-series]")) {
    const chosen = select.value;
    select.replaceChildren(
      ...(plan?.conferences ?? []).map((s) => {
        const option = document.createElement("option");
        option.value = s.id;
        option.textContent = `${s.title} (${s.count})`;
        return option;
      }),
    );
    if (plan?.conferences.some((s) => s.id === chosen)) select.value = chosen;
  }
}

/** Lists the proposed conferences: number, days and weekday of the first day. */
export function renderProposal(
  host: HTMLElement,
  conferences: readonly ProposedConference[],
  locale: Locale,
  ui: UiStrings,
): void {
  host.replaceChildren(
    ...conferences.map((c) => {
      const li = document.createElement("li");
      const first = c.days[0];
      li.dataset.date = first ?? "";
      li.textContent = ui.conferenceDay(
        c.number,
        c.days.map(formatShortDate).join(", "),
        first ? weekdayName(first)[locale] : "",
      );
      return li;
    }),
  );
}

/** The tabs as a tab list: arrow keys, Home and End move between them and show their section. */
export function bindTabs(onShow: (kind: SectionKind) => void): void {
  const tabs = [...document.querySelectorAll<HTMLElement>("[data-show]")];
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener("click", () => onShow(tab.dataset.show as SectionKind));
    tab.addEventListener("keydown", (event) => {
      const next =
        event.key === "ArrowRight"
          ? (i + 1) % tabs.length
          : event.key === "ArrowLeft"
            ? (i - 1 + tabs.length) % tabs.length
            : event.key === "Home"
              ? 0
              : event.key === "End"
                ? tabs.length - 1
                : undefined;
      if (next === undefined) return;
      event.preventDefault();
      tabs[next]?.focus();
      tabs[next]?.click();
    });
  }
}
