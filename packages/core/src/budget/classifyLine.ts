import { foldText } from "../text/normalize.js";
import type { LineFields } from "./estimate.js";
import { countFitsKind } from "./countShape.js";
import { conferenceKinds, type LineClass, type LineKind } from "./lineKind.js";
import { memoUpToDigits } from "./upToDigits.js";

// Matching is on folded words ("Hỗ trợ tiền ĂN" → " ho tro tien an "), so a phrase only matches whole
// words: "an" never matches inside "ban" or "toan". Rules run in order; the first that answers wins.
// A line no rule is sure of gets no norm: a missing norm costs a check, a wrong one a false alarm.

type Words = (phrase: string) => boolean;
type Rule = (has: Words, any: (...phrases: string[]) => boolean) => LineClass | undefined;

const WRITE = ["bien soan", "bien tap", "tham dinh", "soan thao", "xay dung"];
const PRINT = ["in", "in an", "nhan ban", "photo"];
const DISTRIBUTE = ["van chuyen", "cap phat", "phat hanh", "chuyen phat", "phan phat"];
const SPEAKERS = ["bao cao vien", "giang vien", "tuyen truyen vien"];
const STAFF = [...SPEAKERS, "ban to chuc", "can bo phuc vu", "phuc vu"];
const DECORATION = ["trang tri", "khanh tiet", "ma ket", "maket", "phong nen", "backdrop"];
const DELEGATES = ["ho tro", "dai bieu", "hoc vien", "hoa giai vien", "khong huong luong"];

// What a person is paid or given: a line naming one pays that person, whoever the person is ("tiền ăn cho
// Tổ trưởng tổ hòa giải" is a meal, not the team's support).
const PERSONAL = [
  "thu lao",
  "tien an",
  "ho tro an",
  "an trua",
  "suat an",
  "di lai",
  "tau xe",
  "luu tru",
  "phong nghi",
  "cong tac phi",
];

const rules: readonly Rule[] = [
  // The team's own support: money for the team (tổ), not for a person in it. It may name water
  // ("nước uống họp tổ"), so it goes before water; a team member named alone ("tổ trưởng") is a person.
  (has, any) =>
    has("to hoa giai") && any("ho tro", "kinh phi hoat dong") && !any(...PERSONAL, "to truong", "to vien")
      ? { kind: "team_support", normId: "hgcs.team_support.month" }
      : undefined,
  (has, any) =>
    has("thu lao") && has("hoa giai vien") && !any(...SPEAKERS)
      ? { kind: "mediator_fee", normId: has("hoa giai thanh") ? "hgcs.fee.case_success" : "hgcs.fee.case" }
      : undefined,
  (has, any) => {
    if (!any("cau lac bo", "clb", "nhom nong cot")) return undefined;
    if (has("ra mat") && any("tien an", "an", "nuoc uong")) return { kind: "club", normId: "pbgdpl.club.launch_meal" };
    if (any("nuoc uong", "giai khat")) return { kind: "club", normId: "pbgdpl.club.water" };
    return undefined;
  },
  (has, any) => {
    if (!any("tien an", "ho tro an", "an trua", "an chinh", "an tap trung", "suat an")) return undefined;
    const salaried = (has("huong luong") && !has("khong huong luong")) || (any(...STAFF) && !has("khong huong luong"));
    if (salaried) return { kind: "meal" };
    // Catered meals may reach 130 % of the allowance (TT 40/2017 Điều 12 khoản 5): not this cap.
    if (has("tap trung")) return { kind: "meal_support", quotaBasis: "non_salaried" };
    return { kind: "meal_support", normId: "meeting.meal.nonsalaried", quotaBasis: "non_salaried" };
  },
  (_has, any) =>
    any("nuoc uong", "giai khat", "nuoc giai khat")
      ? { kind: "water", normId: "meeting.water", quotaBasis: "all_delegates" }
      : undefined,
  (has) => (has("phu cap luu tru") ? { kind: "per_diem", normId: "travel.per_diem" } : undefined),
  (has) => (has("cong tac phi") ? { kind: "per_diem" } : undefined),
  (_has, any) =>
    any("phong nghi", "tien nghi", "thue phong", "tien ngu", "luu tru") ? { kind: "lodging" } : undefined,
  (_has, any) => {
    if (!any("di lai", "tau xe", "ve may bay", "xang xe", "phuong tien")) return undefined;
    return any(...DELEGATES) && !any(...STAFF)
      ? { kind: "travel_support", quotaBasis: "non_salaried" }
      : { kind: "travel" };
  },
  (has, any) => {
    if (!any(...SPEAKERS)) return undefined;
    return any("thu lao", "boi duong", "chi tra") || has("buoi")
      ? { kind: "speaker_fee", normId: "training.lecturer_fee" }
      : undefined;
  },
  (has, any) => {
    if (!any("to gap", "to roi", "so tay", "ap phich")) return undefined;
    const cues = [any(...WRITE), any(...PRINT), any(...DISTRIBUTE)];
    if (cues.filter(Boolean).length !== 1) return undefined;
    const leaflet = has("to gap");
    // A handbook's or a poster's copies are not the plan's leaflets: no plan count is compared with them.
    const other = !any("to gap", "to roi");
    const found: LineClass = cues[0]
      ? leaflet
        ? { kind: "leaflet_write", normId: "pbgdpl.leaflet.write" }
        : { kind: "leaflet_write" }
      : cues[1]
        ? leaflet
          ? { kind: "leaflet_print", normId: "pbgdpl.leaflet.print" }
          : { kind: "leaflet_print" }
        : { kind: "leaflet_distribution" };
    return other ? { ...found, confidence: "likely" } : found;
  },
  (has, any) => {
    if (!any(...WRITE)) return undefined;
    if (has("tinh huong") && any("giai dap", "phap luat")) return { kind: "writing", normId: "pbgdpl.case_qa.write" };
    if (has("cau chuyen phap luat")) return { kind: "writing", normId: "pbgdpl.story.write" };
    if (has("tieu pham")) return { kind: "writing", normId: "pbgdpl.sketch.write" };
    if (any("ke hoach", "de an")) return { kind: "plan_drafting", normId: "pbgdpl.plan.draft" };
    if (has("tai lieu")) return { kind: "writing" };
    return undefined;
  },
  // A banner made for its own sake (propaganda, a campaign) is a material; one that names the conference or
  // the hall it decorates is decoration. entryClassifier reads a banner under a conference heading as decoration.
  (has, any) => (has("bang ron") && !any(...DECORATION, "hoi nghi", "hoi truong") ? { kind: "banner" } : undefined),
  (_has, any) => (any(...DECORATION, "khau hieu", "bang ron") ? { kind: "decoration" } : undefined),
  // After decoration: "Trang trí hội trường" decorates the hall, it does not rent it.
  (_has, any) => (any("hoi truong", "phong hop", "am thanh", "may chieu") ? { kind: "hall" } : undefined),
  (has) => (has("tai lieu") ? { kind: "documents", quotaBasis: "all_delegates" } : undefined),
  (_has, any) => (any("van phong pham", "vpp") ? { kind: "stationery", quotaBasis: "all_delegates" } : undefined),
  (has, any) => (has("thuoc") && any("y te", "thong thuong") ? { kind: "medicine" } : undefined),
];

/**
 * Which norm, quota and kind a line is, from its Vietnamese text (accents, case, NFD/NFC and spacing
 * do not matter). The meal norm is a family: `findCap` picks the tier from the plan's venue.
 * @example classifyLine("Hỗ trợ tiền ăn cho đại biểu không hưởng lương từ NSNN")
 * // { kind: "meal_support", normId: "meeting.meal.nonsalaried", quotaBasis: "non_salaried" }
 */
export function classifyLine(content: string, unit?: string): LineClass {
  const unitWords = unit ? words(unit) : "";
  const found = classifyText(content, unitWords);
  if (found.kind === undefined || found.confidence !== undefined) return found;
  return { ...found, confidence: countFitsKind(found.kind, unitWords) ? "certain" : "likely" };
}

// What a line pays for is said outside its brackets; inside, a line may name a group ("Hỗ trợ tiền đi lại …
// (Tổ trưởng, tiền ăn …)"), or refine the payment ("Thù lao hòa giải viên (vụ việc hòa giải thành)"). The
// bracketed words refine a kind, never change it: a bracket runs from the first "(" to the last ")".
function classifyText(content: string, unitWords: string): LineClass {
  const full = classifyWords(` ${words(content)} ${unitWords} `);
  const open = content.indexOf("(");
  if (open < 0) return full;
  const close = content.lastIndexOf(")");
  const outside = `${content.slice(0, open)} ${close > open ? content.slice(close + 1) : ""}`;
  const main = classifyWords(` ${words(outside)} ${unitWords} `);
  return main.kind === undefined || main.kind === full.kind ? full : main;
}

function classifyWords(text: string): LineClass {
  // Whole-word search without building " phrase " per test: this runs for every line of big sheets.
  const has: Words = (phrase) => {
    for (let at = text.indexOf(phrase, 1); at > 0; at = text.indexOf(phrase, at + 1)) {
      if (text.charCodeAt(at - 1) === SPACE && text.charCodeAt(at + phrase.length) === SPACE) return true;
    }
    return false;
  };
  const any = (...phrases: string[]): boolean => phrases.some(has);
  for (const rule of rules) {
    const found = rule(has, any);
    if (found) return found;
  }
  return {};
}

const SPACE = 0x20;

/** Folded words joined by single spaces: "Hỗ trợ (tiền ĂN)" → "ho tro tien an". */
function words(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** A line's class: what the line itself says (kind, norm id) first, else what its text says. */
export function lineClass(line: LineFields): LineClass {
  return classOfLine(line, classifyLine);
}

/**
 * lineClass for the lines of one estimate: texts that differ only in their numbers ("… (đợt 3)",
 * "Hội nghị lần 2") are folded and classified once. No phrase holds a digit and digits stay word
 * characters through folding, so which digits a text has never decides a rule.
 */
export function lineClassifier(): (line: LineFields) => LineClass {
  const known = memoUpToDigits((content, unit) => classifyLine(content, unit));
  // No unit and an empty one classify alike.
  const classify = (content: string, unit?: string): LineClass => known(content, unit ?? "");
  // A line without its own kind or norm is classed by its text and whether its factor columns say what it
  // counts: one class object per distinct text and answer.
  const byText = [new Map<LineClass, LineClass>(), new Map<LineClass, LineClass>()] as const;
  return (line) => {
    if (line.kind !== undefined || line.normId !== undefined) return classOfLine(line, classify);
    const fromText = classify(line.content, line.unit);
    const known = byText[fromText.confidence === "likely" && factorsFit(fromText, line) ? 1 : 0];
    let found = known.get(fromText);
    if (found === undefined) {
      found = classOfLine(line, () => fromText);
      known.set(fromText, found);
    }
    return found;
  };
}

/** A line's class when its text is known to pay for `kind` (its heading says so), its count read as for any line. */
export function lineClassAs(line: LineFields, kind: LineKind): LineClass {
  const unitWords = line.unit ? words(line.unit) : "";
  return classOfLine(line, () => ({
    kind,
    confidence: countFitsKind(kind, unitWords) ? "certain" : "likely",
  }));
}

function factorsFit(fromText: LineClass, line: LineFields): boolean {
  return fromText.kind !== undefined && countFitsKind(fromText.kind, "", line.factors);
}

function classOfLine(line: LineFields, classify: (content: string, unit?: string) => LineClass): LineClass {
  const fromText = line.kind === undefined || line.normId === undefined ? classify(line.content, line.unit) : {};
  const kind = line.kind ?? fromText.kind;
  const normId = line.normId ?? (line.kind === undefined || line.kind === fromText.kind ? fromText.normId : undefined);
  const quotaBasis = kind === undefined ? undefined : (conferenceKinds[kind] ?? fromText.quotaBasis ?? undefined);
  // Built by assignment, not spreads: this runs for every line of big sheets.
  const found: { -readonly [K in keyof LineClass]: LineClass[K] } = {};
  if (kind) found.kind = kind;
  if (normId) found.normId = normId;
  if (quotaBasis) found.quotaBasis = quotaBasis;
  // A kind the line carries was set by whoever built it (estimateFromPlan): its meaning is certain.
  if (kind)
    found.confidence =
      line.kind !== undefined || fromText.confidence === "certain" || factorsFit(fromText, line) ? "certain" : "likely";
  return found;
}
