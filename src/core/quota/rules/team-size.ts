import type { QuotaContext } from "../context";
import { verdict, type QuotaRow } from "../row";

/** 每组执法人员最少人数: officers per team (experts not counted); before the draw, each task's team size. */
export function teamSize({ reading, plan, draws, after }: QuotaContext): QuotaRow {
  const min = reading.rules.teamMin;
  const base = { rule: "每组执法人员最少人数", required: `≥ ${min} 人` };
  if (after) {
    const small: string[] = [];
    for (const d of draws) for (const t of d.tasks) for (const s of t.selected) if (s.team.filter((m) => !m.expert).length < min) small.push(`${t.code} ${s.id}`);
    return { ...base, actual: small.length ? `不足：${small.join("、")}` : "每组均满足", verdict: verdict(small.length === 0), detail: "专家不计入执法人员" };
  }
  const small = plan.tasks.filter((t) => t.task.teamSize < min).map((t) => `${t.task.code} ${t.task.teamSize} 人`);
  return { ...base, actual: small.length ? `不足：${small.join("、")}` : "各任务每组人数均满足", verdict: verdict(small.length === 0), detail: "" };
}
