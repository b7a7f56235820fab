import type { FindingCode } from "../codes.js";

/** A user language. Vietnamese is the default everywhere. */
export type Locale = "vi" | "en";

/** One message template per code; `{name}` placeholders are filled from the finding's params. */
export type MessageCatalogue = { readonly [C in FindingCode]: string };
