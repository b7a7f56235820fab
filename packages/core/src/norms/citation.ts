import type { LocalizedText } from "../findings/finding.js";
import type { LegalBasis, LegalDocumentKind } from "./normRow.js";

const documentNames: Readonly<Record<LegalDocumentKind, LocalizedText>> = {
  circular: { vi: "Thông tư", en: "Circular" },
  joint_circular: { vi: "Thông tư liên tịch", en: "Joint Circular" },
  resolution: { vi: "Nghị quyết", en: "Resolution" },
  decree: { vi: "Nghị định", en: "Decree" },
  law: { vi: "Luật", en: "Law" },
};

/**
 * A legal basis as a citation in both languages (the basis's note is not part of it).
 * @example citeBasis({ document: { kind: "circular", number: "40/2017/TT-BTC" }, article: 12, clause: 4, point: "b" })
 * // { vi: "Thông tư 40/2017/TT-BTC, Điều 12 khoản 4 điểm b", en: "Circular 40/2017/TT-BTC, Article 12(4)(b)" }
 */
export function citeBasis(basis: LegalBasis): LocalizedText {
  const name = documentNames[basis.document.kind];
  const where = { vi: [] as string[], en: "" };
  if (basis.article !== undefined) {
    where.vi.push(`Điều ${basis.article}`);
    where.en = `Article ${basis.article}`;
    if (basis.clause !== undefined) {
      where.vi.push(`khoản ${basis.clause}`);
      where.en += `(${basis.clause})`;
      if (basis.point !== undefined) {
        where.vi.push(`điểm ${basis.point}`);
        where.en += `(${basis.point})`;
      }
    }
  }
  const vi = `${name.vi} ${basis.document.number}` + (where.vi.length > 0 ? `, ${where.vi.join(" ")}` : "");
  const en = `${name.en} ${basis.document.number}` + (where.en ? `, ${where.en}` : "");
  return { vi, en };
}
