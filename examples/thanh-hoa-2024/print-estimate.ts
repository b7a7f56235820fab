// Prints the detailed estimate (dự toán kinh phí) of a plan in Vietnamese, built from the plan and
// a prices file (default: plan.json and prices.json beside this script; the prices are illustrative).
// Run: node --conditions=@hgcs/source --import tsx examples/thanh-hoa-2024/print-estimate.ts [plan.json] [prices.json]
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  checkEstimate,
  estimateFromPlan,
  formatFinding,
  isError,
  parsePlan,
  parsePrices,
  wordsLine,
  type Estimate,
  type Finding,
  type Plan,
} from "@hgcs/core";
import { formatVnd } from "@hgcs/core/money";

const factorText = (line: Estimate["sections"][number]["lines"][number]): string =>
  line.factors.map((f) => formatVnd(f.value)).join(" × ");

/** The estimate as lines of Vietnamese text: sections, lines, subtotals, total and the words line. */
export function estimateLines(plan: Plan, estimate: Estimate): string[] {
  const lines = [
    `${plan.issuer.parentAgency.toLocaleUpperCase("vi")} — ${plan.issuer.agency.toLocaleUpperCase("vi")}`,
    "DỰ TOÁN KINH PHÍ",
    plan.document.title,
    `(Kèm theo Kế hoạch số ${plan.document.number ?? "…"} của ${plan.issuer.agency})`,
    "Đơn vị tính: đồng",
    "",
  ];
  for (const section of estimate.sections) {
    const subtotal = section.amount.declared;
    lines.push(`${section.number}. ${section.title}: ${subtotal === null ? "" : formatVnd(subtotal)}`);
    for (const line of section.lines) {
      const rate = line.rate === null ? "chưa có đơn giá" : `${formatVnd(line.rate)} đ`;
      const amount = line.amount.declared === null ? "" : ` = ${formatVnd(line.amount.declared)}`;
      lines.push(
        `  ${line.number ?? "-"}. ${line.content} (${line.unit ?? ""}): ${factorText(line)} × ${rate}${amount}`,
      );
    }
  }
  const total = estimate.amount.declared;
  lines.push("", `TỔNG CỘNG: ${total === null ? "" : formatVnd(total)}`);
  if (total !== null) lines.push(wordsLine(total));
  return lines;
}

function findingLine(f: Finding): string {
  return `  - ${f.at?.path ? `${f.at.path}: ` : ""}${formatFinding(f)}`;
}

/** Builds, prints and checks the estimate; returns the exit code (0 when nothing is an error). */
export function main(args: readonly string[], write: (line: string) => void = console.log): number {
  const planFile = args[0] ?? fileURLToPath(new URL("./plan.json", import.meta.url));
  const pricesFile = args[1] ?? fileURLToPath(new URL("./prices.json", import.meta.url));
  let planJson: unknown;
  let pricesJson: unknown;
  try {
    planJson = JSON.parse(readFileSync(planFile, "utf8"));
    pricesJson = JSON.parse(readFileSync(pricesFile, "utf8"));
  } catch (error) {
    write(`Không đọc được tệp: ${(error as Error).message}`);
    return 1;
  }
  const parsedPlan = parsePlan(planJson);
  const parsedPrices = parsePrices(pricesJson);
  if (!parsedPlan.ok || !parsedPrices.ok) {
    write("Kế hoạch hoặc bảng đơn giá không hợp lệ:");
    [...parsedPlan.findings, ...parsedPrices.findings].forEach((f) => write(findingLine(f)));
    return 1;
  }
  const { value: plan, findings: planFindings } = parsedPlan;
  const prices = parsedPrices.value;
  const { estimate, findings } = estimateFromPlan(plan, prices);
  estimateLines(plan, estimate).forEach((line) => write(line));
  if (prices.illustrative) {
    write("");
    write("(Đơn giá minh họa, không phải báo giá thật.)");
  }
  const all = [
    ...planFindings,
    ...findings,
    ...checkEstimate(estimate, plan).findings.filter((f) => f.code !== "rate.cap_unverified"),
  ];
  write("");
  if (all.length === 0) write("Kiểm tra dự toán: không có lỗi.");
  else {
    write(`Kiểm tra dự toán: ${all.length} ghi chú:`);
    all.forEach((f) => write(findingLine(f)));
  }
  return all.some(isError) ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
