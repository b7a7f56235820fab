import { formatVnd } from "../money/formatVnd.js";
import { renderListSheet } from "../table/listSheet.js";
import { attachedToLine, signerTitle } from "../table/titleBlock.js";
import type { RenderedSheet } from "../table/sheetLayout.js";
import type { Plan } from "../plan/planSchema.js";
import type { Allocation } from "./allocate.js";
import type { CopiesToShare } from "./planDistribution.js";

/**
 * The distribution sheet of a material: STT | Đơn vị nhận | Số lượng | Ký nhận, one row per unit,
 * TỔNG CỘNG as a live SUM, and a note of the printed and kept copies when the issuer keeps some.
 */
export function renderDistribution(
  plan: Plan,
  share: CopiesToShare,
  allocations: readonly Allocation[],
  sheet = "Phân phối",
): RenderedSheet {
  const notes =
    share.kept > 0
      ? [
          `Ghi chú: Tổng số in ${formatVnd(share.copies)} bản; lưu tại ${plan.issuer.agency} ${formatVnd(share.kept)} bản; phân phối ${formatVnd(share.toShare)} bản.`,
        ]
      : [];
  return renderListSheet({
    sheet,
    plan,
    title: [`Danh sách phân phối ${share.material.title}`, attachedToLine(plan)],
    columns: [
      { header: "STT", width: 6, kind: "number" },
      { header: "Đơn vị nhận", width: 45, kind: "text" },
      { header: "Số lượng", width: 14, kind: "count" },
      { header: "Ký nhận", width: 20, kind: "sign" },
    ],
    rows: allocations.map((a) => [a.unit, a.count, null]),
    notes,
    signatures: ["NGƯỜI LẬP BIỂU", signerTitle(plan)],
  });
}
