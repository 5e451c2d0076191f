import type { DrawPlan } from "../draw/plan";
import type { DrawRecord } from "../draw/record";
import type { RiskGrade, WorkbookReading } from "../model";
import type { QuotaRow } from "../quota/quota";
import type { DisclosureCheck } from "../quota/disclosure";
import type { SheetSpec } from "../sheet-spec";
import { INACTIVE_STATUSES } from "../vocabulary";
import { tableTitle } from "./titles";

const GRADES: RiskGrade[] = ["A", "B", "C", "D", "未分级"];

/** 行业 × 风险等级: 总数 (in the roster, active), 应抽 (graded strata; "—" where a task did not stratify by grade), 实抽. */
export function strataCounts(r: WorkbookReading, plan: DrawPlan, draws: readonly DrawRecord[]): (string | number)[][] {
  const industries = [...new Set(r.targets.map((t) => t.industry).filter(Boolean))].sort();
  const grades = new Map(r.targets.map((t) => [t.uscc, t]));
  const rows: (string | number)[][] = [];
  for (const industry of industries) {
    for (const grade of GRADES) {
      const total = r.targets.filter((t) => t.industry === industry && t.risk === grade && !INACTIVE_STATUSES.includes(t.status)).length;
      if (total === 0) continue;
      const graded = plan.tasks.flatMap((tp) => tp.strata.filter((s) => s.industry === industry && s.grade === grade));
      // A task that does not stratify by grade (or not by industry) leaves the planned count per grade unknown.
      const ungradedStrata = plan.tasks.some((tp) =>
        tp.strata.some((s) => s.grade === null && (s.industry === industry || (s.industry === null && tp.eligible.some((t) => t.industry === industry)))),
      );
      const planned = ungradedStrata ? "—" : graded.reduce((a, s) => a + s.take, 0);
      const drawn = draws.flatMap((d) => d.tasks.flatMap((t) => t.selected)).filter((s) => grades.get(s.id)?.industry === industry && grades.get(s.id)?.risk === grade).length;
      rows.push([industry, grade, total, planned, draws.length ? drawn : "—"]);
    }
  }
  return rows;
}

/** 配额核验: one row per rule, then the counts by 行业 × 风险等级, then the disclosure rows. */
export function quotaSheet(
  rows: readonly QuotaRow[],
  r: WorkbookReading,
  plan: DrawPlan,
  draws: readonly DrawRecord[],
  disclosure: DisclosureCheck | null,
  name = "配额核验",
): SheetSpec {
  const sections: SheetSpec["sections"] = [
    { caption: "按行业和信用风险等级（“—”表示该任务未按等级分层或尚未抽取）", header: ["行业领域", "信用风险等级", "总数", "应抽", "实抽"], body: strataCounts(r, plan, draws) },
  ];
  if (disclosure) {
    sections.push({
      caption: "结果公示逐行核对",
      header: ["位置", "抽查任务编号", "单位", "检查完成日期", "公示截止日期", "公示日期", "结论"],
      body: disclosure.byRow.map((x) => [`${x.sheet}!${x.row}:${x.row}`, x.task, `${x.name}（${x.uscc}）`, x.done ?? "", x.deadline ?? x.note, x.published ?? "", x.status]),
    });
  }
  return {
    name,
    title: tableTitle(r.rules, plan.tasks[0]?.year ?? "", "“双随机、一公开”配额核验"),
    header: [["规则", "要求", "实际", "结论", "说明"]],
    columns: [{ width: 22 }, { width: 28 }, { width: 36 }, { width: 9 }, { width: 44 }],
    body: rows.map((q) => [q.rule, q.required, q.actual, q.verdict, q.detail]),
    sections,
    chart: { section: 0, title: "按行业和信用风险等级：总数、应抽、实抽" },
  };
}
