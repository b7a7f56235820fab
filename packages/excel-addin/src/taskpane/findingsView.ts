// Renders findings grouped by severity; each row carries data-finding, data-code and data-cell.
import { findingId, formatFinding, type Finding, type Locale, type Severity } from "@hgcs/core";
import type { UiStrings } from "../i18n/uiStrings.js";
import { el } from "./dom.js";

const order: readonly Severity[] = ["error", "warning", "info"];

/** Replaces the list with the findings; `fixable` maps a finding id to the fix id that repairs it. */
export function renderFindings(
  host: HTMLElement,
  findings: readonly Finding[],
  fixable: ReadonlyMap<string, string>,
  locale: Locale,
  ui: UiStrings,
): void {
  host.replaceChildren();
  for (const severity of order) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    const section = el("div", { class: `group ${severity}` });
    section.append(el("h2", {}, `${ui.severity[severity]} (${group.length})`));
    const list = el("ul");
    for (const finding of group) list.append(row(finding, fixable.get(findingId(finding)), locale, ui));
    section.append(list);
    host.append(section);
  }
}

function row(finding: Finding, fix: string | undefined, locale: Locale, ui: UiStrings): HTMLElement {
  const li = el("li", {
    "data-finding": findingId(finding),
    "data-code": finding.code,
    "data-cell": finding.at?.cell ?? "",
    ...(finding.at?.sheet ? { "data-sheet": finding.at.sheet } : {}),
    tabindex: "0",
    title: finding.at?.path ? `${finding.code} (${finding.at.path})` : finding.code,
  });
  li.append(
    el("span", { class: "cell" }, place(finding, ui)),
    el("span", { class: "message" }, formatFinding(finding, locale)),
  );
  if (fix) li.append(el("button", { type: "button", "data-fix": fix }, ui.fix));
  return li;
}

// A cell, else the line of pasted text (weights, typed dates: `line:N`); a plan's JSON path stays in the title.
function place(finding: Finding, ui: UiStrings): string {
  if (finding.at?.cell) return finding.at.cell;
  const line = /^line:(\d+)$/.exec(finding.at?.path ?? "");
  return line ? ui.line(Number(line[1])) : ui.noCell;
}
