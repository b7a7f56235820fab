// @hgcs/core/norms — the legal rate caps as data: the built-in table, reading a table from JSON, finding the
// cap in force and citing its legal basis.
export type { CapQuery } from "./findCap.js";
export type { LegalBasis, LegalDocumentKind, NormRow, NormStatus, NormsTable } from "./normRow.js";
export { defaultNorms } from "./defaultNorms.js";
export { citeBasis } from "./citation.js";
export { findCap } from "./findCap.js";
export { advisoryFigure, legalMaximum, normStatusNames } from "./legalMaximum.js";
export { mergeNorms, parseNormsTable } from "./parseNormsTable.js";
