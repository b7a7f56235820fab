// Puts the pane's words (Vietnamese or English) into the page's [data-text] and [data-label] elements.
import type { UiStrings } from "../i18n/uiStrings.js";

/** Fills every [data-text] element's text and every [data-label] element's aria-label. */
export function applyStrings(root: ParentNode, ui: UiStrings): void {
  for (const node of root.querySelectorAll<HTMLElement>("[data-text]")) {
    const text = textAt(ui, node.dataset.text ?? "");
    if (text !== undefined) node.textContent = text;
  }
  for (const node of root.querySelectorAll<HTMLElement>("[data-label]")) {
    const text = textAt(ui, node.dataset.label ?? "");
    if (text !== undefined) node.setAttribute("aria-label", text);
  }
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
