// @hgcs/core/dates — calendar dates as ISO strings (no clock, no time zone), quarters, Vietnamese date lines,
// Excel date serials and the Vietnamese lunar calendar.
export type { DateParts, IsoDate } from "./isoDate.js";
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
} from "./isoDate.js";
export type { Quarter, QuarterNumber, QuarterStyle } from "./quarter.js";
export {
  formatQuarter,
  formatQuarters,
  isQuarterNumber,
  parseQuarter,
  parseQuarters,
  quarterEnd,
  quarterOfDate,
  quarterStart,
} from "./quarter.js";
export type { DateLine, DateLineInput, DateLineOptions } from "./dateLine.js";
export { formatDateLine, formatShortDate, parseDateLine, parseVietnameseDate } from "./dateLine.js";
export type { ExcelDateOptions } from "./excelSerial.js";
export { excelSerialToIso, isoToExcelSerial } from "./excelSerial.js";
export type { LunarDate, LunarMonth } from "./lunar/lunarCalendar.js";
export {
  lunarNewYear,
  lunarToSolar,
  lunarYearMonths,
  solarToLunar,
  vietnamUtcOffsetHours,
} from "./lunar/lunarCalendar.js";
