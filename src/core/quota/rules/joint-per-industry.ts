import { compactKey } from "../../values/text";
import { isJoint, type QuotaContext } from "../context";
import type { QuotaRow } from "../row";

/**
 * 联合抽查每行业最少家数: in each 跨部门联合 task, each industry of its scope (of its eligible units
 * where the scope names none) has at least the minimum. Before the draw a task not stratified by
 * industry cannot say how many of each it will draw.
 */
export function jointPerIndustry({ reading, plan, after, drawn, stage }: QuotaContext): QuotaRow {
  const min = reading.rules.jointPerIndustryMin;
  const short: string[] = [];
  let unknown = false;
  for (const tp of plan.tasks.filter((t) => isJoint(t.task))) {
    const industries = tp.task.scope.industries.length ? tp.task.scope.industries : [...new Set(tp.eligible.map((t) => t.industry))];
    for (const industry of industries) {
      let n: number | null;
      if (after) n = drawn.filter((d) => d.task.code === tp.task.code && compactKey(d.target.industry) === compactKey(industry)).length;
      else {
        const own = tp.strata.filter((s) => s.industry !== null && compactKey(s.industry) === compactKey(industry));
        n = own.length ? own.reduce((a, s) => a + s.take, 0) : tp.strata.some((s) => s.industry === null) ? null : 0;
      }
      if (n === null) unknown = true;
      else if (n < min) short.push(`${tp.task.code} ${industry} ${n} 家`);
    }
  }
  return {
    rule: "联合抽查每行业最少家数",
    required: `每个跨部门联合任务的每个行业 ≥ ${min} 家`,
    actual: short.length ? `不足：${short.join("；")}` : unknown ? "部分任务未按行业分层" + stage : "均满足" + stage,
    verdict: short.length ? "未达标" : unknown ? "无法判断" : "达标",
    detail: unknown && !short.length ? "未按行业分层的任务抽取后再判断；可在任务中填写“每行业最少”" : "",
  };
}
