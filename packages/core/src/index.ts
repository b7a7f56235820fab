// The public API of @hgcs/core: explicit named exports only.

// findings
export type { Finding, FindingLocation, FindingParam, LocalizedText, Severity } from "./findings/finding.js";
export { findingId, isError } from "./findings/finding.js";
export type { FindingCode, ParamKind } from "./findings/codes.js";
export { findingCatalogue, findingCodes, severityOf } from "./findings/codes.js";
export type { Locale, MessageCatalogue } from "./findings/messages/types.js";
export { formatFinding, groupDigits, messagesFor } from "./findings/formatFinding.js";
export { makeFinding } from "./findings/makeFinding.js";
export type { Result } from "./findings/result.js";

// grid
export type { Cell, CellEdit, CellError, CellValue, Grid, MergedRange } from "./grid/grid.js";
export { cellAt, isCellError } from "./grid/grid.js";
export { columnIndex, columnLetters, fromA1, toA1 } from "./grid/a1.js";

// text
export { cleanText, foldText } from "./text/normalize.js";
export type { DecodedText } from "./text/legacy/decodeLegacyText.js";
export { decodeLegacyText } from "./text/legacy/decodeLegacyText.js";
export type { LegacyScore } from "./text/legacy/detectLegacyEncoding.js";
export { detectLegacyEncoding, scoreLegacyText } from "./text/legacy/detectLegacyEncoding.js";
export type { FontEncoding, LegacyEncoding } from "./text/legacy/legacyFont.js";
export { fontEncoding } from "./text/legacy/legacyFont.js";
export { isVietnameseSyllable } from "./text/legacy/syllable.js";

// dates
export type { DateParts, IsoDate } from "./dates/isoDate.js";
export {
  addIsoDays,
  compareIsoDates,
  daysInMonth,
  isIsoDate,
  isoDaysBetween,
  isoFromUtcDate,
  isoParts,
  isoWithin,
  isoYear,
  makeIsoDate,
} from "./dates/isoDate.js";
export type { Quarter, QuarterNumber, QuarterStyle } from "./dates/quarter.js";
export {
  formatQuarter,
  formatQuarters,
  isQuarterNumber,
  parseQuarter,
  parseQuarters,
  quarterEnd,
  quarterOfDate,
  quarterStart,
} from "./dates/quarter.js";
export type { DateLine, DateLineInput, DateLineOptions } from "./dates/dateLine.js";
export { formatDateLine, formatShortDate, parseDateLine, parseVietnameseDate } from "./dates/dateLine.js";
export type { ExcelDateOptions } from "./dates/excelSerial.js";
export { excelSerialToIso, isoToExcelSerial } from "./dates/excelSerial.js";

// plan
export type {
  Activity,
  ConferenceSeries,
  DocumentRef,
  Material,
  Plan,
  PlanInput,
  QuotaGroup,
  Responsibility,
  TimeFrame,
  VenueTier,
} from "./plan/planSchema.js";
export { isoDateSchema, planSchema, timeFrameSchema, venueTierSchema } from "./plan/planSchema.js";
export type { ParsePlanResult } from "./plan/parsePlan.js";
export { parsePlan } from "./plan/parsePlan.js";
export { countFields, validatePlan } from "./plan/validatePlan.js";
export type { ConferenceSummary, MaterialSummary, PlanSummary, QuotaGroupSummary } from "./plan/summarizePlan.js";
export { groupPersonDays, summarizePlan } from "./plan/summarizePlan.js";
export { describeIssue, issuePath } from "./plan/describeIssue.js";
export { planJsonSchema } from "./plan/planJsonSchema.js";
export { formatTimeFrame } from "./plan/formatTimeFrame.js";

// norms
export type { CapQuery } from "./norms/findCap.js";
export type { LegalBasis, LegalDocumentKind, NormRow, NormStatus, NormsTable } from "./norms/normRow.js";
export { legalBasisSchema, normRowSchema, normsTableSchema } from "./norms/normRow.js";
export { defaultNorms } from "./norms/defaultNorms.js";
export { citeBasis } from "./norms/citation.js";
export { findCap } from "./norms/findCap.js";
export { mergeNorms, parseNormsTable } from "./norms/parseNormsTable.js";

// budget
export type {
  Estimate,
  EstimateLine,
  EstimateSection,
  Factor,
  FactorKind,
  LineCells,
  Scale,
} from "./budget/estimate.js";
export type { LineClass, LineKind, QuotaBasis } from "./budget/lineKind.js";
export { classifyLine, lineClass } from "./budget/classifyLine.js";
export {
  allLines,
  type LineEntry,
  lineCount,
  lineProduct,
  lineValue,
  sectionItemsTotal,
  sectionsTotal,
  sumDong,
} from "./budget/lineProduct.js";
export type { ConferencePrices, MaterialPrices, Prices, PricesInput } from "./budget/prices.js";
export { conferencePricesSchema, materialPricesSchema, pricesSchema } from "./budget/prices.js";
export { parsePrices } from "./budget/parsePrices.js";
export type { EstimateFromPlanOptions } from "./budget/estimateFromPlan.js";
export { estimateFromPlan } from "./budget/estimateFromPlan.js";
export type { CheckEstimateOptions } from "./budget/checkEstimate.js";
export { checkEstimate } from "./budget/checkEstimate.js";

// words
export type { WordsOptions } from "./words/wordsOptions.js";
export { toVietnameseWords } from "./words/toVietnameseWords.js";
export type { AmountWordsOptions } from "./words/amountInWords.js";
export { amountInWords } from "./words/amountInWords.js";
export type { WordsLineOptions } from "./words/wordsLine.js";
export { wordsLine } from "./words/wordsLine.js";
export type { ParsedWords, WordsParseCode, WordsParseReason } from "./words/parseVietnameseWords.js";
export { parseVietnameseWords } from "./words/parseVietnameseWords.js";

// money
export type { FormatVndOptions } from "./money/formatVnd.js";
export { formatVnd } from "./money/formatVnd.js";
export type {
  AmountConvention,
  AmountParseCode,
  AmountParseReason,
  DecimalSeparator,
  ParsedAmount,
  ThousandsSeparator,
} from "./money/parseAmountText.js";
export { parseAmountText } from "./money/parseAmountText.js";
export { scaleFromCaption } from "./money/scaleFromCaption.js";
export { toDong } from "./money/toDong.js";

// sheet
export type { EstimateTable, TableColumns, WordsPlace } from "./sheet/table.js";
export type { ColumnRole } from "./sheet/vocabulary.js";
export type { SheetCheck, SheetCheckOptions } from "./sheet/check.js";
export { locateEstimateTable } from "./sheet/locate.js";
export { readEstimateTable } from "./sheet/read.js";
export { checkSheet } from "./sheet/check.js";

// sheet render
export type { RenderedEstimate, RenderOptions } from "./sheet/render/renderEstimate.js";
export { renderEstimate } from "./sheet/render/renderEstimate.js";
export type { SignatureNames } from "./sheet/render/signatureBlock.js";
export type {
  CellStyle,
  ColumnLayout,
  HorizontalAlign,
  PrintSetup,
  RenderedSheet,
  RenderedTableRanges,
  RowHeight,
  SheetLayout,
  StyledRange,
  VerticalAlign,
} from "./sheet/render/sheetLayout.js";
export type { FillOptions, SheetFill } from "./sheet/fill.js";
export { fillSheet } from "./sheet/fill.js";

// leaflet distribution
export type { Allocation, WeightedUnit } from "./distribution/allocate.js";
export { allocateLargestRemainder } from "./distribution/allocate.js";
export type { WeightRow } from "./distribution/parseWeights.js";
export { parseWeightsCsv } from "./distribution/parseWeights.js";
export type { CopiesToShare, PlanDistribution } from "./distribution/planDistribution.js";
export { copiesToShare, distributeMaterial } from "./distribution/planDistribution.js";
export { renderDistribution } from "./distribution/renderDistribution.js";
export type {
  DistributionCheckOptions,
  DistributionRole,
  DistributionRow,
  DistributionSheet,
} from "./distribution/checkDistribution.js";
export { checkDistributionSheet, distributionRole } from "./distribution/checkDistribution.js";
export type { ListColumn, ListSheetSpec } from "./lists/listSheet.js";
export { renderListSheet } from "./lists/listSheet.js";

// conference schedule
export type { Holiday, HolidayStatus, HolidayYear } from "./schedule/holidays.js";
export { fixedHolidays, holidaySources, holidayYears } from "./schedule/holidays.js";
export type { HolidayCalendar } from "./schedule/calendar.js";
export { holidayCalendar, isWeekend, isWorkingDay, weekdayName } from "./schedule/calendar.js";
export type { ScheduleWindow } from "./schedule/window.js";
export { inWindow, scheduleWindow } from "./schedule/window.js";
export { parseScheduleDate } from "./schedule/scheduleDate.js";
export type { ProposedConference, ScheduleOptions } from "./schedule/proposeSchedule.js";
export { defaultMinGap, effectiveGap, proposeSchedule } from "./schedule/proposeSchedule.js";
export type { CheckedSchedule, TypedDate } from "./schedule/checkSchedule.js";
export { checkSchedule } from "./schedule/checkSchedule.js";
export type { ScheduleRole } from "./schedule/scheduleVocabulary.js";
export { scheduleRole } from "./schedule/scheduleVocabulary.js";
export type { ScheduleTable } from "./schedule/scheduleSheet.js";
export type { ScheduleRead } from "./schedule/scheduleSheet.js";
export { locateScheduleTable, readScheduleSheet } from "./schedule/scheduleSheet.js";
export type { ScheduleSheet } from "./schedule/checkScheduleSheet.js";
export { checkScheduleSheet } from "./schedule/checkScheduleSheet.js";
export type { ScheduleProposal } from "./schedule/renderSchedule.js";
export { renderSchedule } from "./schedule/renderSchedule.js";

// conference lists
export type { ConferenceListRole } from "./lists/listVocabulary.js";
export { conferenceListRole } from "./lists/listVocabulary.js";
export { matchQuotaGroup } from "./lists/matchGroup.js";
export type { ListTable } from "./lists/locateListTable.js";
export type { ConferenceList, ConferenceListOptions, ListPerson } from "./lists/checkConferenceList.js";
export { checkConferenceList, supportNormId } from "./lists/checkConferenceList.js";
export type { ConferenceListSheets, ConferenceListsOptions } from "./lists/conferenceLists.js";
export { blankDelegateList, blankSupportList, conferenceLists } from "./lists/conferenceLists.js";
export { supportLimit } from "./lists/supportLimit.js";

// sheet kinds (which sheet is open, for the task pane's sections)
export type { SheetKind, SheetKindResult } from "./sheetKind/sheetKind.js";
export { detectSheetKind } from "./sheetKind/sheetKind.js";
export { findEstimate } from "./sheetKind/findEstimate.js";
