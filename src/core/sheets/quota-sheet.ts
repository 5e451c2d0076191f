import type { DrawPlan } from "../draw/plan";
import type { DrawRecord } from "../draw/record";
import type { RiskGrade, WorkbookReading } from "../model";
import type { QuotaRow } from "../quota/row";
import type { DisclosureCheck } from "../quota/disclosure";
import { targetLookup } from "../draw/roster-order";
import type { SheetSpec } from "./sheet-spec";
import { INACTIVE_STATUSES } from "../values/vocabulary";
import { tableTitle } from "./titles";

const GRADES: RiskGrade[] = ["A", "B", "C", "D", "未分级"];

/** 行业 × 风险等级: 总数 (in the roster, active), 应抽 (graded strata; "—" where a task did not stratify by grade), 实抽. */
export function strataCounts(r: WorkbookReading, plan: DrawPlan, draws: readonly DrawRecord[]): (string | number)[][] {
  // One pass over the roster and one over the drawn ids, counted per industry and grade.
  const cellKey = (industry: string, grade: string): string => `${industry}\u0000${grade}`;
  const totals = new Map<string, number>();
  const industrySet = new Set<string>();
  for (const t of r.targets) {
    if (t.industry) industrySet.add(t.industry);
    if (!INACTIVE_STATUSES.includes(t.status)) totals.set(cellKey(t.industry, t.risk), (totals.get(cellKey(t.industry, t.risk)) ?? 0) + 1);
  }
  const selected = draws.flatMap((d) => d.tasks.flatMap((t) => t.selected));
  const byId = targetLookup(r.targets);
  const drawnCounts = new Map<string, number>();
  for (const s of selected) {
    const t = byId.get(s.id);
    if (t) drawnCounts.set(cellKey(t.industry, t.risk), (drawnCounts.get(cellKey(t.industry, t.risk)) ?? 0) + 1);
  }
  // Industries of each task's eligible targets, for tasks with a stratum over all industries.
  const eligibleIndustries = new Map(plan.tasks.filter((tp) => tp.strata.some((s) => s.industry === null)).map((tp) => [tp, new Set(tp.eligible.map((t) => t.industry))]));
  const industries = [...industrySet].sort();
  const rows: (string | number)[][] = [];
  for (const industry of industries) {
    for (const grade of GRADES) {
      const total = totals.get(cellKey(industry, grade)) ?? 0;
      if (total === 0) continue;
      const graded = plan.tasks.flatMap((tp) => tp.strata.filter((s) => s.industry === industry && s.grade === grade));
      // A task that does not stratify by grade (or not by industry) leaves the planned count per grade unknown.
      const ungradedStrata = plan.tasks.some((tp) =>
        tp.strata.some((s) => s.grade === null && (s.industry === industry || (s.industry === null && eligibleIndustries.get(tp)!.has(industry)))),
      );
      const planned = ungradedStrata ? "—" : graded.reduce((a, s) => a + s.take, 0);
      const drawn = drawnCounts.get(cellKey(industry, grade)) ?? 0;
      rows.push([industry, grade, total, planned, draws.length ? drawn : "—"]);
    }
  }
  return rows;
}

/** The row-by-row table of 结果公示 in 配额核验: its caption and header. */
export const BY_ROW_SECTION = { caption: "结果公示逐行核对", header: ["位置", "抽查任务编号", "单位", "检查完成日期", "公示截止日期", "公示日期", "结论"] } as const;

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
  // Only once staff have filled something in: a fresh 结果公示 has nothing to check row by row.
  if (disclosure && disclosure.byRow.some((x) => x.status !== "未检查")) {
    sections.push({
      caption: BY_ROW_SECTION.caption,
      header: [...BY_ROW_SECTION.header],
      body: disclosure.byRow.map((x) => [`${x.sheet}!${x.row}:${x.row}`, x.task, `${x.name}（${x.uscc}）`, x.done ?? "", x.deadline ?? x.note, x.published ?? "", x.status]),
    });
  }
  return {
    name,
    title: tableTitle(r.rules, plan.tasks[0]?.year ?? "", "“双随机、一公开”配额核验"),
    header: [["规则", "要求", "实际", "结论", "说明"]],
    columns: [{ width: 18 }, { width: 24 }, { width: 32 }, { width: 6 }, { width: 44 }],
    body: rows.map((q) => [q.rule, q.required, q.actual, q.verdict, q.detail]),
    sections,
    chart: { section: 0, title: "按行业和信用风险等级：总数、应抽、实抽" },
  };
}
