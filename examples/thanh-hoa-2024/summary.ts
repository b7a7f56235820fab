// Prints a Vietnamese summary of a plan file (default: plan.json beside this script) after validating it.
// Run: node --conditions=@hgcs/source --import tsx examples/thanh-hoa-2024/summary.ts [plan.json]
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { formatFinding, isError, parsePlan, summarizePlan, type Finding, type Plan } from "@hgcs/core";
import { formatDateLine, formatShortDate } from "@hgcs/core/dates";
import { groupDigits } from "@hgcs/core/money";
import { formatTimeFrame, type DocumentRef } from "@hgcs/core/plan";

const n = (value: number) => groupDigits(value, "vi");

const materialUnits: Record<Plan["materials"][number]["kind"], string> = {
  leaflet: "tờ",
  handbook: "cuốn",
  poster: "tờ",
  pano: "cái",
  banner: "cái",
  other: "bản",
};

/** "Thông báo số 7780/TB-STC ngày 19/12/2023 của Sở Tài chính". */
function documentRef(ref: DocumentRef): string {
  return [
    ref.kind,
    `số ${ref.number}`,
    ref.date && `ngày ${formatShortDate(ref.date)}`,
    ref.issuer && `của ${ref.issuer}`,
  ]
    .filter(Boolean)
    .join(" ");
}

function findingLine(f: Finding): string {
  return `  - ${f.at?.path ? `${f.at.path}: ` : ""}${formatFinding(f)}`;
}

/** The summary of a plan as lines of Vietnamese text. */
export function summaryLines(plan: Plan): string[] {
  const s = summarizePlan(plan);
  const doc = plan.document;
  const lines = [
    `KẾ HOẠCH ${doc.title}`,
    `${plan.issuer.agency} (${plan.issuer.parentAgency}) — Số: ${doc.number ?? "…"} — ${formatDateLine(doc.date ?? { year: doc.year, ...(doc.month ? { month: doc.month } : {}) }, { place: plan.issuer.place })}`,
    ...plan.bases.map((b) => `Căn cứ: ${documentRef(b)}${b.title ? ` về ${b.title}` : ""}`),
    "",
    `Hoạt động (${s.activities.length}):`,
    ...plan.activities.map(
      (a, i) =>
        `  ${i + 1}. ${a.title} — ${formatTimeFrame(a.timeFrame)}${a.deliverable ? ` — kết quả: ${a.deliverable}` : ""}`,
    ),
  ];
  for (const c of s.conferences) {
    lines.push(
      "",
      `${c.title}: ${n(c.count)} hội nghị × ${n(c.daysEach)} ngày, ${formatTimeFrame(c.window)}`,
      `  ${n(c.conferenceDays)} ngày hội nghị × ${n(c.delegatesPerConference)} đại biểu = ${n(c.delegateDays)} lượt đại biểu-ngày, trong đó ${n(c.nonSalariedDelegateDays)} không hưởng lương từ NSNN`,
      ...c.groups.map(
        (g) =>
          `  - ${g.name}: ${n(g.persons)} người × ${n(c.count)} hội nghị × ${n(c.daysEach)} ngày = ${n(g.personDays)} người-ngày${g.paidFromStateBudget ? "" : " (không hưởng lương từ NSNN)"}`,
      ),
    );
  }
  for (const m of s.materials) {
    const kept =
      m.kept !== undefined
        ? `, lưu tại ${plan.issuer.agency} ${n(m.kept)} ${materialUnits[m.kind]}`
        : m.keepsCopies
          ? `, một phần lưu tại ${plan.issuer.agency}`
          : "";
    lines.push("", `${m.title}: ${n(m.copies)} ${materialUnits[m.kind]}, ${formatTimeFrame(m.timeFrame)}${kept}`);
    // The chain the plan gives, else the one its level and date give (no districts from 1 July 2025).
    lines.push(`  Cấp phát: ${m.distribution.join(" → ")}${m.distributionDefaulted ? " (theo cấp chính quyền)" : ""}`);
  }
  const f = s.funding;
  lines.push(
    "",
    `Kinh phí: ${f.source}${f.basis ? ` — theo ${documentRef(f.basis)}` : ""}`,
    `  Kinh phí được giao: ${f.allocatedVnd === undefined ? "chưa ghi trong kế hoạch" : `${n(f.allocatedVnd)} đồng`}`,
  );
  return lines;
}

/** Validates a plan file and prints its summary; returns the exit code (0 clean, 1 errors). */
export function main(args: readonly string[], write: (line: string) => void = console.log): number {
  const file = args[0] ?? fileURLToPath(new URL("./plan.json", import.meta.url));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    write(`Không đọc được tệp kế hoạch ${file}: ${(error as Error).message}`);
    return 1;
  }
  const parsed = parsePlan(json);
  const { findings } = parsed;
  if (parsed.ok) summaryLines(parsed.value).forEach((line) => write(line));
  write("");
  const shown = relative(process.cwd(), file) || file;
  if (findings.length === 0) write(`Kiểm tra kế hoạch: không có lỗi (${shown}).`);
  else {
    write(`Kiểm tra kế hoạch: ${findings.length} vấn đề (${shown}):`);
    findings.forEach((f) => write(findingLine(f)));
  }
  return findings.some(isError) ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
