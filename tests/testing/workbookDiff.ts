// Compares two workbooks as a generated corpus needs: every sheet's cells (value — a formula with its cached
// result, rich text flattened —, number format, font name and bold), merges, column widths and row count.
// Each difference names the file, the sheet and the cell.
import ExcelJS from "exceljs";

/** What the comparison looks at in a sheet. */
interface SheetSnapshot {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly widths: readonly (number | undefined)[];
  readonly merges: readonly string[];
  readonly cell: (row: number, col: number) => { address: string; text: string };
}

// A cell as one comparable string: its value (formula with cached result, rich text flattened), number
// format, font name and bold.
function describeCell(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  let value: string;
  if (v === null || v === undefined) value = "";
  else if (v instanceof Date) value = `date ${v.toISOString()}`;
  else if (typeof v === "object") {
    const o = v as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[] };
    if (o.formula !== undefined || o.sharedFormula !== undefined)
      value = `=${o.formula ?? cell.formula} → ${JSON.stringify(o.result)}`;
    else if (o.richText) value = JSON.stringify(o.richText.map((t) => t.text).join(""));
    else value = JSON.stringify(v);
  } else value = JSON.stringify(v);
  return `${value} [${cell.numFmt ?? "General"}; ${cell.font?.name ?? "-"}${cell.font?.bold ? ", bold" : ""}]`;
}

function snapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const columnCount = ws.columnCount;
  return {
    rowCount: ws.rowCount,
    columnCount,
    widths: Array.from({ length: columnCount }, (_, i) => ws.getColumn(i + 1).width),
    merges: [...(ws.model.merges ?? [])].sort(),
    cell: (row, col) => {
      const cell = ws.getCell(row, col);
      return { address: cell.address, text: describeCell(cell) };
    },
  };
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every difference between two workbooks, each naming the file, the sheet and the cell. */
export function workbookDifferences(
  file: string,
  committed: ExcelJS.Workbook,
  regenerated: ExcelJS.Workbook,
): string[] {
  const out: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);
  if (names(committed).join("|") !== names(regenerated).join("|"))
    out.push(`${file}: sheets ${names(committed).join(", ")} committed, ${names(regenerated).join(", ")} regenerated`);
  for (const ws of committed.worksheets) {
    const other = regenerated.getWorksheet(ws.name);
    if (!other) continue;
    const a = snapshot(ws);
    const b = snapshot(other);
    const at = `${file} › ${ws.name}`;
    if (a.rowCount !== b.rowCount) out.push(`${at}: ${a.rowCount} rows committed, ${b.rowCount} regenerated`);
    if (a.merges.join(" ") !== b.merges.join(" "))
      out.push(`${at}: merges ${a.merges.join(" ")} committed, ${b.merges.join(" ")} regenerated`);
    const columns = Math.max(a.columnCount, b.columnCount);
    for (let c = 0; c < columns; c++)
      if (a.widths[c] !== b.widths[c])
        out.push(`${at} › column ${c + 1}: width ${a.widths[c]} committed, ${b.widths[c]} regenerated`);
    for (let r = 1; r <= Math.max(a.rowCount, b.rowCount); r++) {
      for (let c = 1; c <= columns; c++) {
        const x = a.cell(r, c);
        const y = b.cell(r, c);
        if (x.text !== y.text) out.push(`${at} › ${x.address}: committed ${x.text}, regenerated ${y.text}`);
      }
    }
  }
  return out;
}
