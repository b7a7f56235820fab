import type { LocalizedText } from "../findings/finding.js";
import type { FactorKind } from "./estimate.js";

/** The numeric fields of an estimate line as their columns are headed, for findings about a value. */
export const numberFieldNames: Readonly<Record<FactorKind | "rate" | "amount", LocalizedText>> = {
  quantity: { vi: "Số lượng", en: "quantity" },
  persons: { vi: "Số người", en: "persons" },
  days: { vi: "Số ngày", en: "days" },
  sessions: { vi: "Số buổi", en: "sessions" },
  events: { vi: "Số hội nghị", en: "conferences" },
  count: { vi: "Hệ số nhân", en: "multiplier" },
  rate: { vi: "Mức chi", en: "rate" },
  amount: { vi: "Thành tiền", en: "amount" },
};
