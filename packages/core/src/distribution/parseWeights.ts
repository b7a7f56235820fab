import type { Finding } from "../findings/finding.js";
import { makeFinding } from "../findings/makeFinding.js";
import { cleanText, foldText } from "../text/normalize.js";

/** One receiving unit and its weight (number of communes or mediation teams), with its line in the file. */
export interface WeightRow {
  readonly unit: string;
  readonly weight: number;
  /** 1-based line in the CSV text. */
  readonly line: number;
}

/**
 * Reads a weights CSV `unit,weight` (text in, rows + findings out; never throws). Accepts a header
 * line, a BOM, CRLF, "#" comment lines, blank lines, `;` or tab as the separator (Excel in a
 * Vietnamese locale saves with `;`), and double-quoted units holding the separator
 * (`"Phòng Tư pháp huyện A, B",12`). Weights are whole numbers ≥ 0 so that the allocation is exact.
 * Findings point at `line:N`; a row with a finding is left out of `rows`.
 */
export function parseWeightsCsv(text: string): { rows: WeightRow[]; findings: Finding[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const rows: WeightRow[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  let separator: string | undefined;
  let first = true;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    separator ??= detectSeparator(trimmed);
    const fields = splitCsvLine(trimmed, separator).map((f) => cleanText(f));
    const isFirst = first;
    first = false;
    const at = { path: `line:${line}` };
    const [unit = "", weightText = "", ...rest] = fields;
    if (fields.length < 2 || rest.some((f) => f !== "") || unit === "") {
      findings.push(makeFinding("weights.bad_row", { line, text: trimmed }, at));
      return;
    }
    if (!/^\d+$/.test(weightText)) {
      // The first line may be a header ("unit,weight", "Đơn vị,Số xã").
      if (isFirst && !/\d/.test(weightText)) return;
      findings.push(makeFinding("weights.bad_weight", { line, unit, value: weightText }, at));
      return;
    }
    const key = foldText(unit);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      findings.push(makeFinding("weights.duplicate_unit", { line, unit, first: earlier }, at));
      return;
    }
    seen.set(key, line);
    rows.push({ unit, weight: Number(weightText), line });
  });
  if (rows.length === 0 && findings.length === 0) findings.push(makeFinding("weights.empty", {}));
  return { rows, findings };
}

function detectSeparator(line: string): string {
  if (line.includes("\t")) return "\t";
  const outside = line.replace(/"[^"]*"/g, "");
  return outside.includes(";") && !outside.includes(",") ? ";" : ",";
}

/** Splits one CSV line; quotes may wrap a field and "" inside them is a quote. */
export function splitCsvLine(line: string, separator: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === separator) {
      out.push(field);
      field = "";
    } else field += ch;
  }
  out.push(field);
  return out;
}
