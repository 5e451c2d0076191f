import { ceilTimes, formatPercent } from "../../values/fraction";
import { INACTIVE_STATUSES } from "../../values/vocabulary";
import type { QuotaContext } from "../context";
import { atLeast, share, verdict, type QuotaRow } from "../row";

/** 年度抽查覆盖率下限: distinct units drawn (planned counts before the draw) over the active roster. */
export function coverage({ reading, after, drawn, planned, stage }: QuotaContext): QuotaRow {
  const min = reading.rules.coverageMin;
  let active = 0;
  for (const t of reading.targets) if (!INACTIVE_STATUSES.includes(t.status)) active += 1;
  const unique = after ? new Set(drawn.map((d) => d.target.uscc)).size : planned;
  return {
    rule: "年度抽查覆盖率下限",
    required: `≥ ${formatPercent(min)}（${ceilTimes(active, min)} 家 / 名录库在册 ${active} 家）`,
    actual: share(unique, active) + stage,
    verdict: verdict(active === 0 ? null : atLeast(unique, active, min)),
    detail: after ? "按抽中的不重复单位计" : "同一单位被多个任务抽中时只算一次，抽取后以实际为准",
  };
}
