import { parseVietnameseDate } from "../dates/dateLine.js";
import { excelSerialToIso } from "../dates/excelSerial.js";
import { isIsoDate, type IsoDate } from "../dates/isoDate.js";

/**
 * A date as someone typed it in a schedule: "2024-04-10", "10/04/2024", "ngày 10 tháng 4 năm 2024",
 * or an Excel date serial (a date cell). Undefined when it is no real date.
 */
export function parseScheduleDate(value: unknown): IsoDate | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? excelSerialToIso(value) : undefined;
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return isIsoDate(text) ? text : parseVietnameseDate(text);
}
