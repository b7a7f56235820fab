import { findingCatalogue, type ParamKind } from "./codes.js";
import { paramOf, type Finding, type FindingParam } from "./finding.js";
import { en } from "./messages/en.js";
import type { Locale, MessageCatalogue } from "./messages/types.js";
import { vi } from "./messages/vi.js";

const catalogues: Readonly<Record<Locale, MessageCatalogue>> = { vi, en };

/** The message catalogue of a locale. */
export function messagesFor(locale: Locale): MessageCatalogue {
  return catalogues[locale];
}

/**
 * Renders a finding as a sentence in the user's language (Vietnamese by default).
 * @example formatFinding({ code: "budget.over_allocation", severity: "error", params: { total: 2e6, allocated: 1e6 } })
 * // "Tổng dự toán 2.000.000 đ vượt kinh phí được giao 1.000.000 đ."
 */
export function formatFinding(finding: Finding, locale: Locale = "vi"): string {
  const kinds: Readonly<Record<string, ParamKind>> = findingCatalogue[finding.code].params;
  return fillTemplate(catalogues[locale][finding.code], (name) => {
    const value = paramOf(finding, name);
    return value === undefined ? undefined : renderParam(value, kinds[name] ?? "text", locale);
  });
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible rather than printed as "undefined". */
export function fillTemplate(template: string, lookup: (name: string) => string | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => lookup(name) ?? whole);
}

function renderParam(value: FindingParam, kind: ParamKind, locale: Locale): string {
  if (typeof value === "object") return value[locale];
  if (typeof value === "number" && (kind === "money" || kind === "count")) return groupDigits(value, locale);
  return String(value);
}

/** Groups an integer's digits: "1.234.567" in Vietnamese, "1,234,567" in English. */
export function groupDigits(value: number | bigint, locale: Locale): string {
  const sep = locale === "vi" ? "." : ",";
  const negative = value < 0;
  const digits = (negative ? -value : value).toString();
  const [whole = "", fraction] = digits.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const decimal = fraction ? (locale === "vi" ? "," : ".") + fraction : "";
  return (negative ? "-" : "") + grouped + decimal;
}
