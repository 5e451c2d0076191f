import { formatPercent } from "../../values/fraction";
import type { QuotaContext } from "../context";
import { atLeast, firstTen, share, verdict, type QuotaRow } from "../row";

/**
 * 信用分类抽查占比下限: drawn units with a credit grade over all drawn. Before the draw only tasks
 * stratified by grade say who will be graded; any other task leaves the rule 无法判断.
 */
export function creditShare({ reading, plan, after, drawn, planned, stage }: QuotaContext): QuotaRow {
  const min = reading.rules.creditShareMin;
  const required = `≥ ${formatPercent(min)}`;
  if (after) {
    const graded = drawn.filter((d) => d.target.risk !== "未分级").length;
    const ungraded = drawn.filter((d) => d.target.risk === "未分级").map((d) => d.target.uscc);
    return {
      rule: "信用分类抽查占比下限",
      required,
      actual: share(graded, drawn.length),
      verdict: verdict(drawn.length === 0 ? null : atLeast(graded, drawn.length, min)),
      detail: ungraded.length ? `未分级：${firstTen(ungraded, "家")}` : "抽中单位均已信用分级",
    };
  }
  let graded = 0;
  let unknown = 0;
  for (const t of plan.tasks) {
    for (const s of t.strata) {
      if (s.grade === null) unknown += s.take;
      else if (s.grade !== "未分级") graded += s.take;
    }
  }
  return {
    rule: "信用分类抽查占比下限",
    required,
    actual: unknown ? `按等级分层的 ${graded} 家 + 未按等级分层的 ${unknown} 家${stage}` : share(graded, planned) + stage,
    verdict: unknown ? "无法判断" : verdict(planned === 0 ? null : atLeast(graded, planned, min)),
    detail: unknown ? "未按等级分层的任务抽中谁尚不知道，抽取后再判断" : "",
  };
}
