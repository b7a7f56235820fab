// @hgcs/core/schedule — the conference schedule: holidays and working days, the plan's windows, proposing
// dates, checking typed dates and a schedule sheet, drawing one.
export type { Holiday, HolidayOccasion, HolidayStatus, HolidayYear, LabourLawPeriod } from "./holidays.js";
export { fixedHolidays, holidaySources, holidayYears, labourLawOn, labourLaws } from "./holidays.js";
export type { HolidayCalendar } from "./calendar.js";
export { holidayCalendar, isSettledWorkingDay, isWeekend, isWorkingDay, weekdayName } from "./calendar.js";
export type { ScheduleWindow } from "./window.js";
export { inWindow, scheduleWindow } from "./window.js";
export { parseScheduleDate } from "./scheduleDate.js";
export type { ProposedConference, ScheduleOptions } from "./proposeSchedule.js";
export { defaultMinGap, effectiveGap, proposeSchedule } from "./proposeSchedule.js";
export type { CheckedSchedule, TypedDate } from "./checkSchedule.js";
export { checkSchedule } from "./checkSchedule.js";
export type { ScheduleRole } from "./scheduleVocabulary.js";
export { scheduleRole } from "./scheduleVocabulary.js";
export type { ScheduleRead, ScheduleTable } from "./scheduleSheet.js";
export { locateScheduleTable, readScheduleSheet } from "./scheduleSheet.js";
export type { ScheduleSheet } from "./checkScheduleSheet.js";
export { checkScheduleSheet } from "./checkScheduleSheet.js";
export type { ScheduleProposal } from "./renderSchedule.js";
export { renderSchedule } from "./renderSchedule.js";
