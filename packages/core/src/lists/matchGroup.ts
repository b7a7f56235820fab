import type { QuotaGroup } from "../plan/planSchema.js";
import { foldText } from "../text/normalize.js";

/**
 * The plan's delegate group a list's "Đối tượng" text names: the group whose id or name (vi or en)
 * folds to the same words, else the one sharing the most words with it ("Hòa giải viên" → "Hòa giải
 * viên ở cơ sở"; "CB quản lý" → "Cán bộ làm công tác quản lý hòa giải"). Undefined when none or a tie.
 */
export function matchQuotaGroup(text: string, groups: readonly QuotaGroup[]): QuotaGroup | undefined {
  const key = foldText(text);
  if (key === "") return undefined;
  const exact = groups.find((g) => [g.id, g.name, g.nameEn ?? ""].some((n) => n !== "" && foldText(n) === key));
  if (exact) return exact;
  const words = new Set(wordsOf(key));
  let best: QuotaGroup | undefined;
  let bestScore = 0;
  let tie = false;
  for (const g of groups) {
    const score = new Set(wordsOf(foldText(g.name)).filter((w) => words.has(w))).size;
    if (score > bestScore) {
      best = g;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : best;
}

// Words that tell nothing about a group ("ở cơ sở", "các") are left out; "cb" is how lists abbreviate "cán bộ".
const filler = new Set(["o", "co", "so", "cac", "va", "cua", "lam", "cong", "tac"]);

function wordsOf(folded: string): string[] {
  return folded
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .flatMap((w) => (w === "cb" ? ["can", "bo"] : w === "hgv" ? ["hoa", "giai", "vien"] : [w]))
    .filter((w) => w !== "" && !filler.has(w));
}
