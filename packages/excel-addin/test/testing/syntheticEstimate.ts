// A generated estimate sheet of any length, for "whatever the sheet size" checks.
import type { FakeCell, FakeWorkbookData } from "./fake/fakeWorkbook.js";

/** A one-section estimate with `lines` items (quantity × rate), amount cells empty unless `filled`. */
export function syntheticEstimate(lines: number, filled = false): FakeWorkbookData {
  const cells: Record<string, FakeCell> = {};
  const put = (address: string, value: FakeCell["value"], extra: Partial<FakeCell> = {}) =>
    void (cells[address] = { value, ...extra });
  put("A1", "DỰ TOÁN KINH PHÍ");
  put("F2", "Đơn vị tính: đồng");
  ["STT", "Nội dung chi", "Đơn vị tính", "Số lượng", "Mức chi", "Thành tiền"].forEach((h, i) =>
    put(`${"ABCDEF"[i]}3`, h),
  );
  put("A4", "I");
  put("B4", "Chi tổ chức hội nghị");
  for (let i = 0; i < lines; i++) {
    const r = 5 + i;
    put(`A${r}`, String(i + 1));
    put(`B${r}`, `Khoản chi số ${i + 1}`);
    put(`C${r}`, "người");
    put(`D${r}`, 1 + (i % 7));
    put(`E${r}`, 10_000 * (1 + (i % 5)));
    if (filled) put(`F${r}`, (1 + (i % 7)) * 10_000 * (1 + (i % 5)), { formula: `=D${r}*E${r}` });
  }
  const total = 5 + lines;
  put(`B${total}`, "TỔNG CỘNG");
  return { sheets: [{ name: "Dự toán", cells }] };
}
