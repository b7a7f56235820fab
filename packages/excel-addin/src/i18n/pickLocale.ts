import type { Locale } from "@hgcs/core";
import { en } from "./en.js";
import type { UiStrings } from "./uiStrings.js";
import { vi } from "./vi.js";

/** Vietnamese unless Office shows another language (unknown → Vietnamese, the users' language). */
export function pickLocale(displayLanguage: string | undefined): Locale {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** The task pane strings of a locale. */
export function uiStrings(locale: Locale): UiStrings {
  return locale === "vi" ? vi : en;
}
