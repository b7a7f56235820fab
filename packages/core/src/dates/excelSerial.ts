import { addIsoDays, isoDaysBetween, isoParts, type IsoDate } from "./isoDate.js";

/** Which epoch a workbook counts from (File › Options › "Use 1904 date system", old Mac workbooks). */
export interface ExcelDateOptions {
  readonly date1904?: boolean;
}

/** The largest serial Excel shows as a date: 9999-12-31 in the 1900 system. */
const maxSerial1900 = 2958465;
/** Day 0 of the 1900 system for serials ≥ 61, counting the fictitious 1900-02-29 as serial 60. */
const epoch1900 = "1899-12-30";
const epoch1904 = "1904-01-01";

/**
 * The calendar date of an Excel serial (the date part; a time fraction is dropped).
 * The 1900 system copies Lotus 1-2-3's leap-year bug: serial 60 is the fictitious 1900-02-29, so it has
 * no ISO date (undefined); serials 1–59 are 1900-01-01…1900-02-28 and 61 is 1900-03-01.
 * Undefined for serials below 1 (0 in the 1904 system), above 9999-12-31, or not finite.
 */
export function excelSerialToIso(serial: number, options: ExcelDateOptions = {}): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (options.date1904) {
    return day >= 0 && day <= maxSerial1900 - 1462 ? addIsoDays(epoch1904, day) : undefined;
  }
  if (day < 1 || day > maxSerial1900 || day === 60) return undefined;
  return day < 60 ? addIsoDays(epoch1900, day + 1) : addIsoDays(epoch1900, day);
}

/** The Excel serial of a calendar date (undefined when the text is not an ISO date or precedes the epoch). */
export function isoToExcelSerial(date: IsoDate, options: ExcelDateOptions = {}): number | undefined {
  if (!isoParts(date)) return undefined;
  if (options.date1904) {
    const serial = isoDaysBetween(epoch1904, date);
    return serial >= 0 ? serial : undefined;
  }
  const serial = isoDaysBetween(epoch1900, date);
  if (serial >= 61) return serial;
  // Before March 1900 Excel is one day behind, the fictitious 29 February being missing before it.
  return serial - 1 >= 1 ? serial - 1 : undefined;
}
