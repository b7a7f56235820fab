// @hgcs/core/lists — the delegate and meal/travel-support lists of each conference: draw them blank, check a
// filled one against the plan (and the estimate), and the generic signed-list drawing they share.
export type { ListColumn, ListSheetSpec } from "../table/listSheet.js";
export { renderListSheet } from "../table/listSheet.js";
export type { ConferenceListRole } from "./listVocabulary.js";
export { conferenceListRole } from "./listVocabulary.js";
export { matchQuotaGroup } from "./matchGroup.js";
export type { ListTable } from "../table/locateListTable.js";
export type { ConferenceList, ConferenceListOptions, ListPerson } from "./checkConferenceList.js";
export { checkConferenceList, supportNormId } from "./checkConferenceList.js";
export type { ConferenceListSheets, ConferenceListsOptions } from "./conferenceLists.js";
export { blankDelegateList, blankSupportList, conferenceLists } from "./conferenceLists.js";
export { supportLimit } from "./supportLimit.js";
