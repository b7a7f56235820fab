import { foldText } from "../text/normalize.js";
import { lineClassAs, lineClassifier } from "./classifyLine.js";
import type { LineClass } from "./lineKind.js";
import type { LineEntry } from "./lineProduct.js";

// A sheet that pays one thing to many places names the thing once, in the heading, and each line by its place:
// "Chi thù lao cho hòa giải viên theo vụ việc" over "Xã Hải Thanh", "Xã Hải Bình". Such a line takes the class
// of its item (for a sub-item) or of its section; a line whose words say anything else keeps its own class.

// Folded first words of a line named by a place or a team. Not "bản" nor "quận": "Ban tổ chức" and "Quản lý"
// fold alike.
const PLACES = [
  "xa",
  "phuong",
  "thi tran",
  "huyen",
  "thanh pho",
  "tp",
  "thi xa",
  "tx",
  "thon",
  "ap",
  "khu pho",
  "to dan pho",
  "tdp",
  "to hoa giai",
];

/** True when a line's text is only the name of a place or a team: "Xã Hải Thanh", "Thị trấn Lai Cách". */
export function namesOnlyPlace(content: string): boolean {
  const words = foldText(content)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return PLACES.some((place) => words.startsWith(`${place} `));
}

// Folded words of a heading over a conference's lines: a banner there decorates the conference.
const CONFERENCE_HEADINGS = ["hoi nghi", "tap huan", "hoi thao", "toa dam", "lop boi duong"];

function underConference(entry: LineEntry): boolean {
  const says = (text: string) => {
    const folded = ` ${foldText(text)
      .replace(/[^a-z0-9]+/g, " ")
      .trim()} `;
    return CONFERENCE_HEADINGS.some((words) => folded.includes(` ${words} `));
  };
  for (let item = entry.parent; item; item = item.parent) if (says(item.line.content)) return true;
  return says(entry.section.title);
}

/**
 * The class of each line of an estimate: the line's own (`lineClass`); for a line named only by a place, with
 * no kind of its own, the class its item's or section's heading says — `likely`, since the line itself names
 * nothing that is paid. A banner line (its text only) under a conference's heading is that conference's decoration.
 */
export function entryClassifier(): (entry: LineEntry) => LineClass {
  const classify = lineClassifier();
  return (entry) => {
    const own = classify(entry.line);
    if (own.kind === "banner" && entry.line.kind === undefined && underConference(entry))
      return lineClassAs(entry.line, "decoration");
    if (own.kind !== undefined || own.normId !== undefined || !namesOnlyPlace(entry.line.content)) return own;
    for (let item = entry.parent; item; item = item.parent) {
      const fromItem = classify(item.line);
      if (fromItem.kind !== undefined) return { ...fromItem, confidence: "likely" };
    }
    // A heading has no unit nor factors: its class is never more than likely.
    const fromSection = classify({ content: entry.section.title, factors: [], rate: null });
    return fromSection.kind === undefined ? own : fromSection;
  };
}
