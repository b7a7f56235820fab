// `pnpm demo`: the plan's summary, then the CLI at work — build it, draw the estimate workbook of the
// Thanh Hóa 2024 plan from the illustrative prices, check every example office workbook of
// examples/office-sheets with the check its kind needs (findings in Vietnamese), check the province desk's folder of
// unit workbooks into a findings report and a consolidated estimate, and fill the one with nothing computed yet,
// then check what fill wrote. Exits 0 unless a step itself fails (a finding in a fixture is the point, not a failure).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const example = "examples/thanh-hoa-2024";
const plan = `${example}/plan.json`;
const sheets = "examples/office-sheets";

/** The example office workbooks and what each is (their expected.json says which check reads them). */
function officeSheets() {
  const entries = JSON.parse(readFileSync(join(root, sheets, "expected.json"), "utf8"));
  return entries.map((e) => ({ file: `${sheets}/${e.file}`, sheet: e.sheet, kind: e.kind, plan: e.plan }));
}

/** The example plans of examples/plans (one folder each, with plan.json and prices.json). */
function examplePlans() {
  return readdirSync(join(root, "examples", "plans"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** The hgcs command that checks a sheet of that kind. */
function checkArgs({ file, sheet, kind, plan: sheetPlan }) {
  const withPlan = sheetPlan ? ["--plan", sheetPlan] : [];
  const command = {
    estimate: ["check"],
    delegates: ["lists", "check"],
    support: ["lists", "check"],
    distribution: ["distribute", "check"],
    schedule: ["schedule", "check"],
  }[kind];
  return [...command, file, "--sheet", sheet, ...withPlan];
}

/** Runs examples/thanh-hoa-2024/summary.ts on TypeScript sources (no build needed); returns its exit code. */
export function runPlanSummary(args = []) {
  const r = spawnSync(
    process.execPath,
    ["--conditions=@hgcs/source", "--import", "tsx", `${example}/summary.ts`, ...args],
    { cwd: root, stdio: "inherit" },
  );
  return r.status ?? 1;
}

const heading = (text) => console.log(`\n── ${text} ──`);

/** `hgcs …` through scripts/hgcs.mjs (which builds the CLI when needed); returns the exit code. */
function hgcs(args) {
  console.log(`$ hgcs ${args.join(" ")}`);
  const r = spawnSync(process.execPath, ["scripts/hgcs.mjs", ...args], { cwd: root, stdio: "inherit" });
  return r.status ?? 2;
}

function main() {
  if (runPlanSummary() !== 0) return 1;

  heading("Xây dựng công cụ dòng lệnh hgcs");
  const built = spawnSync(process.execPath, ["scripts/hgcs.mjs", "--build-only"], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) return 1;
  console.log("packages/cli/dist/hgcs.js sẵn sàng.");

  heading("Lập dự toán từ kế hoạch và đơn giá minh họa");
  const out = `${example}/out/du-toan-2024.xlsx`;
  mkdirSync(join(root, example, "out"), { recursive: true });
  const made = hgcs(["new", "--plan", plan, "--prices", `${example}/prices.json`, "-o", out, "--force"]);
  if (made >= 2) return 1;
  if (hgcs(["check", out, "--plan", plan]) >= 2) return 1;

  for (const name of examplePlans()) {
    const dir = `examples/plans/${name}`;
    const planFile = `${dir}/plan.json`;
    heading(`Kế hoạch mẫu ${dir}: dự toán, danh sách, lịch`);
    mkdirSync(join(root, dir, "out"), { recursive: true });
    const estimate = `${dir}/out/du-toan.xlsx`;
    const lists = `${dir}/out/danh-sach.xlsx`;
    const schedule = `${dir}/out/lich.xlsx`;
    const steps = [
      ["new", "--plan", planFile, "--prices", `${dir}/prices.json`, "-o", estimate, "--force"],
      ["check", estimate, "--plan", planFile],
      ["lists", "new", "--plan", planFile, "-o", lists, "--force"],
      ["lists", "check", lists, "--plan", planFile, "--estimate", estimate],
      ["schedule", "--plan", planFile, "-o", schedule, "--force"],
      ["schedule", "check", schedule, "--plan", planFile],
    ];
    for (const step of steps) if (hgcs(step) >= 2) return 1;
  }

  heading("Kiểm tra các bảng tính mẫu của các cơ quan (examples/office-sheets)");
  for (const sheet of officeSheets()) {
    console.log("");
    if (hgcs(checkArgs(sheet)) >= 2) return 1;
  }

  heading("Bàn làm việc của Sở: kiểm tra cả thư mục dự toán các đơn vị gửi, lập báo cáo và bảng tổng hợp");
  const desk = "examples/province-desk";
  mkdirSync(join(root, desk, "out"), { recursive: true });
  // Errors in the units' sheets are the point (exit 1); only a failure of the command itself (2) stops the demo.
  if (hgcs(["check", `${desk}/don-vi`, "--report", `${desk}/out/bao-cao-kiem-tra.xlsx`, "--force"]) >= 2) return 1;
  if (hgcs(["consolidate", `${desk}/don-vi`, "-o", `${desk}/out/tong-hop-du-toan.xlsx`, "--force"]) >= 2) return 1;

  heading("Điền công thức, tổng cộng và dòng bằng chữ vào bảng chưa điền");
  const filled = `${example}/out/chua-dien-da-dien.xlsx`;
  if (hgcs(["fill", `${sheets}/chua-dien.xlsx`, "-o", filled, "--plan", plan, "--force"]) >= 2) return 1;
  if (hgcs(["check", filled, "--plan", plan]) >= 2) return 1;
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(main());
}
