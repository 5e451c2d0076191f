import type { DrawPlan } from "../draw/plan";
import { formatPercent } from "../values/fraction";
import type { WorkbookReading } from "../model";
import type { SheetSpec } from "./sheet-spec";
import { tableTitle } from "./titles";

const RULE_NAMES: Record<string, string> = { ceil: "向上取整", "round-half-up": "四舍五入", "largest-remainder": "最大余数法" };

/**
 * What the plan tables leave to be said before the seed (dr-2026.2): partners that send their own
 * officers, sub-types the roster could not tell apart (drawn whole), tasks another agency draws.
 */
function taskNotes(plan: DrawPlan, r: WorkbookReading): string[] {
  const out: string[] = [];
  for (const { task } of plan.tasks) {
    if (task.selfStaffed?.length) out.push(`任务 ${task.code}：${task.selfStaffed.join("、")}在本局执法人员名录库中没有人员，自行选派人员参加，检查组其余人员从本局人员中抽取。`);
    if (task.scope.subtypesNotApplied?.length) out.push(`任务 ${task.code}：对象范围只含${task.scope.subtypesNotApplied.join("；")}单位，但名录库未填写“企业类型”，本次按整个行业抽取。`);
  }
  for (const task of r.tasks) if (task.notDrawn) out.push(`任务 ${task.code}（${task.name}）：${task.notDrawn}`);
  return out;
}

/**
 * 抽取公告: published or signed before the seed exists — the frame digest, every task's strata
 * and counts, the rules, and blank lines for the seed and the witnesses.
 */
export function announcementSheet(plan: DrawPlan, r: WorkbookReading, name = "抽取公告"): SheetSpec {
  const body = plan.tasks.flatMap((tp) =>
    tp.strata.map((s, i) => [
      i === 0 ? tp.task.code : "", i === 0 ? tp.task.name : "", s.key, s.size, s.take, RULE_NAMES[s.rule], s.note,
    ]),
  );
  const rules = r.rules;
  return {
    name,
    title: tableTitle(rules, plan.tasks[0]?.year ?? "", "“双随机、一公开”抽取公告"),
    header: [["抽查任务编号", "抽查任务名称", "分层", "符合条件家数", "应抽家数", "取数规则", "计算过程"]],
    columns: [{ width: 13, format: "text" }, { width: 26 }, { width: 16 }, { width: 10, format: "integer" }, { width: 9, format: "integer" }, { width: 10 }, { width: 40 }],
    body,
    notes: [
      `框架摘要（SHA-256，算法 ${plan.algorithm}）：${plan.frameDigest}`,
      ...taskNotes(plan, r),
      `抽取规则：年度覆盖率不低于 ${formatPercent(rules.coverageMin)}；信用分类抽查占比不低于 ${formatPercent(rules.creditShareMin)}；跨部门联合抽查占比不低于 ${formatPercent(rules.jointShareMin)}；每组执法人员不少于 ${rules.teamMin} 人；同一对象年度抽查不超过 ${rules.yearlyCapPerTarget} 次；取整方式 ${rules.rounding === "ceil" ? "向上取整" : "四舍五入"}。`,
      "本公告公布后，名录库、人员库、抽查任务或规则中任何影响抽取的内容改动，框架摘要都会改变。随机种子在公告之后当场产生。",
      "随机种子：________________________________________　产生方式：□ 掷骰子　□ 彩票开奖号码　□ 程序生成",
      "抽取时间：______年____月____日____时____分　　操作人：____________　　见证人：____________　____________",
    ],
  };
}
