import { formatPercent } from "../../values/fraction";
import { isJoint, type QuotaContext } from "../context";
import { atLeast, share, verdict, type QuotaRow } from "../row";

/** 跨部门联合抽查占比下限: units drawn (planned) by 跨部门联合 tasks over all. */
export function jointShare({ reading, plan, after, drawn, planned, stage }: QuotaContext): QuotaRow {
  const min = reading.rules.jointShareMin;
  const joint = after ? drawn.filter((d) => isJoint(d.task)).length : plan.tasks.filter((t) => isJoint(t.task)).reduce((a, t) => a + t.take, 0);
  const total = after ? drawn.length : planned;
  return {
    rule: "跨部门联合抽查占比下限",
    required: `≥ ${formatPercent(min)}`,
    actual: share(joint, total) + stage,
    verdict: verdict(total === 0 ? null : atLeast(joint, total, min)),
    detail: `跨部门联合任务：${plan.tasks.filter((t) => isJoint(t.task)).map((t) => t.task.code).join("、") || "无"}`,
  };
}
