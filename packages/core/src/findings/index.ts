// @hgcs/core/findings — what a check reports: findings, their codes and severities, messages in Vietnamese and
// English, and the Result every parse and check returns.
export type { Finding, FindingLocation, FindingParam, LocalizedText, Severity } from "./finding.js";
export { findingId, isError, isOverCap } from "./finding.js";
export type { FindingCode, FindingParams, ParamKind } from "./codes.js";
export { findingCatalogue, findingCodes, severityOf } from "./codes.js";
export type { Locale, MessageCatalogue } from "./messages/types.js";
export { formatFinding, messagesFor } from "./formatFinding.js";
export type { Result } from "./result.js";
