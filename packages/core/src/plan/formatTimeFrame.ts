import { formatShortDate } from "../dates/dateLine.js";
import { formatQuarters } from "../dates/quarter.js";
import type { TimeFrame } from "./planSchema.js";

/**
 * A time frame as a plan writes it: "Năm 2024", "Quý II và quý III/2024", "Từ 01/04/2024 đến 30/09/2024"
 * (dates win over quarters, quarters over the bare year).
 */
export function formatTimeFrame(frame: TimeFrame): string {
  if (frame.from !== undefined && frame.to !== undefined)
    return `Từ ${formatShortDate(frame.from)} đến ${formatShortDate(frame.to)}`;
  if (frame.from !== undefined) return `Từ ${formatShortDate(frame.from)}`;
  if (frame.to !== undefined) return `Đến ${formatShortDate(frame.to)}`;
  return formatQuarters(frame.year, frame.quarters ?? []) || `Năm ${frame.year}`;
}
