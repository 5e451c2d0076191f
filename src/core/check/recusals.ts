import type { Inspector, Recusal, Target } from "../model";
import type { RecusalRow } from "../read/recusals";
import { compactKey } from "../values/text";

function index<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === "") continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Resolves each recusal to an inspector (by 执法证号, else by a unique name) and a target (by
 * USCC, else by a unique name). A name shared by two people or units is an error: never guess.
 */
/** compactKey without its memo: a roster's names are all different, a memo would only churn. */
const normalizeName = (name: string): string => name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();

export function resolveRecusals(rows: readonly RecusalRow[], targets: readonly Target[], inspectors: readonly Inspector[]): Recusal[] {
  const out: Recusal[] = [];
  if (rows.length === 0) return out;
  const byCert = index(inspectors, (i) => i.cert);
  const byName = index(inspectors, (i) => compactKey(i.name));
  const byUscc = new Set(targets.map((t) => t.uscc));
  // Names of a big roster are looked up only when some recusal names a unit instead of its USCC.
  const byTargetName = rows.some((r) => !r.uscc && r.targetName) ? index(targets, (t) => normalizeName(t.name)) : new Map<string, Target[]>();
  for (const r of rows) {
    let inspector: string | null = null;
    if (r.cert) {
      if (byCert.has(r.cert)) inspector = r.cert;
      else r.row.warning("RECUSAL_UNKNOWN", "cert", `执法证号 ${r.cert} 不在执法检查人员名录库中，此条回避不起作用。`);
    } else if (r.inspectorName) {
      const found = byName.get(compactKey(r.inspectorName)) ?? [];
      if (found.length === 1) inspector = found[0].cert || found[0].name;
      else if (found.length === 0) r.row.warning("RECUSAL_UNKNOWN", "inspectorName", `“${r.inspectorName}”不在执法检查人员名录库中，此条回避不起作用。`);
      else r.row.error("RECUSAL_AMBIGUOUS", "inspectorName", `名录库中有 ${found.length} 位“${r.inspectorName}”，请改填执法证号。`);
    }
    let target: string | null = null;
    if (r.uscc) {
      if (byUscc.has(r.uscc)) target = r.uscc;
      else r.row.warning("RECUSAL_UNKNOWN", "uscc", `统一社会信用代码 ${r.uscc} 不在检查对象名录库中，此条回避不起作用。`);
    } else if (r.targetName) {
      const found = byTargetName.get(normalizeName(r.targetName)) ?? [];
      if (found.length === 1) target = found[0].uscc;
      else if (found.length === 0) r.row.warning("RECUSAL_UNKNOWN", "targetName", `“${r.targetName}”不在检查对象名录库中，此条回避不起作用。`);
      else r.row.error("RECUSAL_AMBIGUOUS", "targetName", `名录库中有 ${found.length} 家“${r.targetName}”，请改填统一社会信用代码。`);
    }
    if (inspector && target) out.push({ row: r.row.row, inspector, target, reason: r.reason });
  }
  return out;
}
