import type { FactorKind } from "../../budget/estimate.js";
import type { TableColumns } from "../table.js";
import { isFactorRole, roleOfHeader, type ColumnRole } from "./vocabulary.js";
import type { SheetView } from "../../table/view.js";
import { rowRolesBy } from "../../table/headerRow.js";

/** The roles named by the header-like cells of a row: role → first column naming it. */
export function rowRoles(view: SheetView, r: number): Map<ColumnRole, number> {
  return rowRolesBy(view, r, roleOfHeader);
}

/** The table's columns from a header's roles; undefined without both a content and an amount column. */
export function columnsFromRoles(roles: ReadonlyMap<ColumnRole, number>): TableColumns | undefined {
  const named = roles.get("unitOrName");
  const content = roles.get("content") ?? named;
  const amount = roles.get("amount");
  if (content === undefined || amount === undefined) return undefined;
  const factors: { kind: FactorKind; col: number }[] = [];
  for (const [role, col] of roles) if (isFactorRole(role)) factors.push({ kind: role, col });
  factors.sort((a, b) => a.col - b.col);
  const number = roles.get("number");
  const unit = roles.get("unit") ?? (roles.has("content") ? named : undefined);
  const rate = roles.get("rate");
  const note = roles.get("note");
  return {
    content,
    amount,
    factors,
    ...(number === undefined ? {} : { number }),
    ...(unit === undefined ? {} : { unit }),
    ...(rate === undefined ? {} : { rate }),
    ...(note === undefined ? {} : { note }),
  };
}
