// The summary card above the findings: total (in đồng and in words), subtotals, costs per conference and per
// delegate-day, the allocation left; the budget by kind of spending as an inline SVG bar; each capped rate
// against its cap. Every figure is core's (summarizeEstimate); this only draws.
import type { Locale } from "@hgcs/core";
import type { CategoryShare, EstimateSummary, RateAgainstCap } from "@hgcs/core/budget";
import { groupDigits } from "@hgcs/core/money";
import type { UiStrings } from "../i18n/uiStrings.js";
import { el, svg } from "./dom.js";

/** Draws the summary into `host`, or empties and hides it when there is none. */
export function renderSummary(
  host: HTMLElement,
  summary: EstimateSummary | undefined,
  locale: Locale,
  ui: UiStrings,
): void {
  host.replaceChildren();
  host.hidden = summary === undefined;
  if (!summary) {
    host.removeAttribute("data-summary");
    host.removeAttribute("data-total");
    return;
  }
  const money = (n: number) => groupDigits(n, locale);
  host.setAttribute("data-summary", "");
  host.setAttribute("data-total", summary.total === null ? "" : String(summary.total));
  host.append(el("h2", { id: "summary-title" }, ui.summaryTitle));
  const total = el("p", { class: "total" });
  total.append(
    el("span", { class: "label" }, ui.totalLabel),
    el("strong", { "data-figure": "total" }, summary.total === null ? "—" : `${money(summary.total)} đ`),
  );
  host.append(total);
  if (summary.words) host.append(el("p", { class: "words", "aria-label": ui.wordsLabel }, summary.words));

  const figures = el("dl", { class: "figures" });
  const figure = (label: string, value: string, attrs: Record<string, string> = {}) => {
    const row = el("div", attrs);
    row.append(el("dt", {}, label), el("dd", {}, value));
    figures.append(row);
  };
  for (const s of summary.sections)
    figure(`${s.number}. ${s.title}`, s.amount === null ? "—" : `${money(s.amount)} đ`, { "data-section": s.number });
  if (summary.perConference !== undefined)
    figure(ui.perConference, `${money(summary.perConference)} đ`, { "data-figure": "per-conference" });
  if (summary.perDelegateDay !== undefined)
    figure(ui.perDelegateDay, `${money(summary.perDelegateDay)} đ`, { "data-figure": "per-delegate-day" });
  if (summary.allocation) {
    const { allocated, remaining } = summary.allocation;
    figure(ui.allocated, `${money(allocated)} đ`, { "data-figure": "allocated" });
    const over = remaining < 0;
    figure(over ? ui.overAllocation : ui.remaining, `${money(Math.abs(remaining))} đ`, {
      "data-figure": "remaining",
      class: over ? "over" : "left",
    });
  }
  host.append(figures);
  host.append(chart(summary, money, locale, ui));
  if (summary.caps.length > 0) host.append(caps(summary.caps, money, locale, ui));
}

// A stacked bar: each non-empty kind of spending a part as wide as its share; the legend below names each part
// with its money and share, as buttons (the keyboard's and screen reader's way to select a part's lines).
function chart(summary: EstimateSummary, money: (n: number) => string, locale: Locale, ui: UiStrings): HTMLElement {
  const parts = summary.categories.filter((c) => c.amount > 0);
  const whole = parts.reduce((sum, c) => sum + c.amount, 0);
  const described = (c: CategoryShare) => ui.chartPart(c.name[locale], money(c.amount), String(c.percent));
  const figure = el("figure", { class: "chart" });
  figure.append(el("figcaption", {}, ui.chartTitle));
  const picture = svg("svg", {
    "data-chart": "",
    "data-total": String(whole),
    viewBox: "0 0 1000 40",
    preserveAspectRatio: "none",
    role: "img",
    "aria-label": ui.chartLabel(parts.map(described).join("; ")),
    focusable: "false",
  });
  let x = 0;
  for (const c of parts) {
    const width = whole > 0 ? (c.amount / whole) * 1000 : 0;
    const rect = svg("rect", {
      x: x.toFixed(2),
      y: "0",
      width: width.toFixed(2),
      height: "40",
      class: `part ${c.category}`,
      "data-category": c.category,
      "data-amount": String(c.amount),
    });
    const title = svg("title");
    title.textContent = described(c);
    rect.append(title);
    picture.append(rect);
    x += width;
  }
  figure.append(picture);
  const legend = el("ul", { class: "legend" });
  for (const c of parts) {
    const item = el("li");
    const button = el("button", {
      type: "button",
      class: "part-button",
      "data-category": c.category,
      "data-cells": cellsOf(c).join(" "),
      "data-name": c.name[locale],
      "data-sheet": c.lines.find((l) => l.sheet)?.sheet ?? "",
    });
    button.append(
      el("span", { class: `swatch ${c.category}`, "aria-hidden": "true" }),
      el("span", { class: "part-name" }, described(c)),
    );
    item.append(button);
    legend.append(item);
  }
  figure.append(legend);
  return figure;
}

function cellsOf(c: CategoryShare): string[] {
  return c.lines.flatMap((l) => (l.cell ? [l.cell] : []));
}

// Each capped rate: a small bar of the rate against the cap (the cap at four fifths of the track, so an
// overrun shows), with words beside the colour.
function caps(
  rates: readonly RateAgainstCap[],
  money: (n: number) => string,
  locale: Locale,
  ui: UiStrings,
): HTMLElement {
  const section = el("section", { class: "caps", "aria-labelledby": "caps-title" });
  section.append(el("h3", { id: "caps-title" }, ui.capsTitle));
  const list = el("ul");
  for (const r of rates) {
    const words =
      r.state === "advisory"
        ? ui.capAdvisory
        : r.state === "over"
          ? ui.capOver(String(r.percent))
          : ui.capWithin(String(r.percent));
    const item = el("li", { class: `cap ${r.state}`, "data-cap": r.state, "data-cell": r.at.cell ?? "" });
    const label = ui.capLabel(r.content, money(r.rate), money(r.cap), r.unit[locale]);
    const button = el("button", {
      type: "button",
      class: "cap-line",
      "data-cells": r.at.cell ?? "",
      "data-name": r.content,
    });
    if (r.at.sheet) button.setAttribute("data-sheet", r.at.sheet);
    button.append(el("span", { class: "cap-name" }, label));
    const track = el("span", { class: "track", "aria-hidden": "true" });
    const bar = el("span", { class: "bar" });
    bar.style.width = `${Math.min(r.ratio * 80, 100).toFixed(1)}%`;
    track.append(bar, el("span", { class: "cap-mark" }));
    button.append(track, el("span", { class: "cap-words" }, words));
    item.append(button);
    list.append(item);
  }
  section.append(list);
  return section;
}
