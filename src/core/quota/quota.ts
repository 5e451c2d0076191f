import { formatPercent, fractionAtLeast, ceilTimes, type Fraction } from "../values/fraction";
import type { Target, Task, WorkbookReading } from "../model";
import type { DrawPlan } from "../draw/plan";
import type { DrawRecord } from "../draw/record";
import { compactKey } from "../values/text";
import { INACTIVE_STATUSES } from "../values/vocabulary";
import { targetLookup } from "../draw/roster-order";
import type { DisclosureCheck } from "./disclosure";
import { quartersTouched } from "./quarters";

export type Verdict = "达标" | "未达标" | "无法判断";

/** One rule of 抽查规则 checked against the plan and the draw. */
export interface QuotaRow {
  rule: string;
  required: string;
  actual: string;
  verdict: Verdict;
  /** Which tasks or rows make the difference. */
  detail: string;
}

export interface QuotaInput {
  reading: WorkbookReading;
  plan: DrawPlan;
  /** Kept draws of the workbook including the current one; empty before the draw. */
  draws: readonly DrawRecord[];
  disclosure: DisclosureCheck | null;
}

const verdict = (ok: boolean | null): Verdict => (ok === null ? "无法判断" : ok ? "达标" : "未达标");
/** "89/317（28.1%）": the exact counts, and the percent to one decimal for the eye (verdicts use the counts). */
const share = (n: number, d: number): string => {
  if (d === 0) return "—";
  const tenths = Math.floor((n * 1000 + Math.floor(d / 2)) / d);
  return `${n}/${d}（${Math.floor(tenths / 10)}.${tenths % 10}%）`;
};
const atLeast = (n: number, d: number, f: Fraction): boolean => d > 0 && fractionAtLeast({ num: n, den: d }, f);

interface Drawn {
  task: Task;
  target: Target;
}

/** The drawn targets of the year's kept draws (current one included), task by task. */
function drawnOf(input: QuotaInput): Drawn[] {
  const targets = targetLookup(input.reading.targets);
  const tasks = new Map(input.reading.tasks.map((t) => [t.code, t]));
  const out: Drawn[] = [];
  for (const d of input.draws) {
    for (const rt of d.tasks) {
      const task = tasks.get(rt.code);
      for (const s of rt.selected) {
        const target = targets.get(s.id);
        if (task && target) out.push({ task, target });
      }
    }
  }
  return out;
}

/**
 * The quota report (配额核验): every rule of WORKBOOK.md against the plan (before the draw: the
 * planned counts) and the draw (after: what was drawn). Integer and fraction arithmetic only.
 */
export function checkQuotas(input: QuotaInput): QuotaRow[] {
  const { reading, plan } = input;
  const r = reading.rules;
  const after = input.draws.length > 0;
  const drawn = drawnOf(input);
  const planned = plan.tasks.reduce((a, t) => a + t.take, 0);
  const rows: QuotaRow[] = [];
  const stage = after ? "" : "（抽取前，按应抽数）";

  // 年度抽查覆盖率
  let active = 0;
  for (const t of reading.targets) if (!INACTIVE_STATUSES.includes(t.status)) active += 1;
  const unique = after ? new Set(drawn.map((d) => d.target.uscc)).size : planned;
  rows.push({
    rule: "年度抽查覆盖率下限",
    required: `≥ ${formatPercent(r.coverageMin)}（${ceilTimes(active, r.coverageMin)} 家 / 名录库在册 ${active} 家）`,
    actual: share(unique, active) + stage,
    verdict: verdict(active === 0 ? null : atLeast(unique, active, r.coverageMin)),
    detail: after ? "按抽中的不重复单位计" : "同一单位被多个任务抽中时只算一次，抽取后以实际为准",
  });

  // 信用分类抽查占比
  if (after) {
    const graded = drawn.filter((d) => d.target.risk !== "未分级").length;
    const ungraded = drawn.filter((d) => d.target.risk === "未分级").map((d) => d.target.uscc);
    rows.push({
      rule: "信用分类抽查占比下限",
      required: `≥ ${formatPercent(r.creditShareMin)}`,
      actual: share(graded, drawn.length),
      verdict: verdict(drawn.length === 0 ? null : atLeast(graded, drawn.length, r.creditShareMin)),
      detail: ungraded.length ? `未分级：${ungraded.slice(0, 10).join("、")}${ungraded.length > 10 ? ` 等 ${ungraded.length} 家` : ""}` : "抽中单位均已信用分级",
    });
  } else {
    const gradedPlan = plan.tasks.reduce((a, t) => a + t.strata.filter((s) => s.grade !== null && s.grade !== "未分级").reduce((b, s) => b + s.take, 0), 0);
    const unknown = plan.tasks.reduce((a, t) => a + t.strata.filter((s) => s.grade === null).reduce((b, s) => b + s.take, 0), 0);
    rows.push({
      rule: "信用分类抽查占比下限",
      required: `≥ ${formatPercent(r.creditShareMin)}`,
      actual: unknown ? `按等级分层的 ${gradedPlan} 家 + 未按等级分层的 ${unknown} 家${stage}` : share(gradedPlan, planned) + stage,
      verdict: unknown ? "无法判断" : verdict(planned === 0 ? null : atLeast(gradedPlan, planned, r.creditShareMin)),
      detail: unknown ? "未按等级分层的任务抽中谁尚不知道，抽取后再判断" : "",
    });
  }

  // 跨部门联合抽查占比
  const isJoint = (t: Task): boolean => t.jointType === "跨部门联合";
  const jointCount = after ? drawn.filter((d) => isJoint(d.task)).length : plan.tasks.filter((t) => isJoint(t.task)).reduce((a, t) => a + t.take, 0);
  const total = after ? drawn.length : planned;
  rows.push({
    rule: "跨部门联合抽查占比下限",
    required: `≥ ${formatPercent(r.jointShareMin)}`,
    actual: share(jointCount, total) + stage,
    verdict: verdict(total === 0 ? null : atLeast(jointCount, total, r.jointShareMin)),
    detail: `跨部门联合任务：${plan.tasks.filter((t) => isJoint(t.task)).map((t) => t.task.code).join("、") || "无"}`,
  });

  // 联合抽查每行业最少家数
  const short: string[] = [];
  let unknownIndustry = false;
  for (const tp of plan.tasks.filter((t) => isJoint(t.task))) {
    const industries = tp.task.scope.industries.length ? tp.task.scope.industries : [...new Set(tp.eligible.map((t) => t.industry))];
    for (const industry of industries) {
      let n: number | null;
      if (after) n = drawn.filter((d) => d.task.code === tp.task.code && compactKey(d.target.industry) === compactKey(industry)).length;
      else {
        const own = tp.strata.filter((s) => s.industry !== null && compactKey(s.industry) === compactKey(industry));
        n = own.length ? own.reduce((a, s) => a + s.take, 0) : tp.strata.some((s) => s.industry === null) ? null : 0;
      }
      if (n === null) unknownIndustry = true;
      else if (n < r.jointPerIndustryMin) short.push(`${tp.task.code} ${industry} ${n} 家`);
    }
  }
  rows.push({
    rule: "联合抽查每行业最少家数",
    required: `每个跨部门联合任务的每个行业 ≥ ${r.jointPerIndustryMin} 家`,
    actual: short.length ? `不足：${short.join("；")}` : unknownIndustry ? "部分任务未按行业分层" + stage : "均满足" + stage,
    verdict: short.length ? "未达标" : unknownIndustry ? "无法判断" : "达标",
    detail: unknownIndustry && !short.length ? "未按行业分层的任务抽取后再判断；可在任务中填写“每行业最少”" : "",
  });

  // 每季度内部联合抽查最少次数 (the whole plan, not only the tasks drawn now)
  const years = [...new Set(reading.tasks.map((t) => t.start.slice(0, 4)).filter(Boolean))].sort();
  const perQuarter: string[] = [];
  let quarterOk = years.length > 0;
  for (const year of years) {
    for (let q = 1; q <= 4; q++) {
      const n = reading.tasks.filter((t) => t.jointType === "内部联合" && t.start && t.end && quartersTouched(t.start, t.end, year).includes(q)).length;
      perQuarter.push(`${year}年第${q}季度 ${n} 次`);
      if (n < r.internalJointPerQuarterMin) quarterOk = false;
    }
  }
  rows.push({
    rule: "每季度内部联合抽查最少次数",
    required: `每季度 ≥ ${r.internalJointPerQuarterMin} 次（按任务期间所跨季度计）`,
    actual: perQuarter.join("；") || "无任务",
    verdict: verdict(years.length === 0 ? null : quarterOk),
    detail: "",
  });

  // 每组执法人员最少人数
  if (after) {
    const small: string[] = [];
    for (const d of input.draws) for (const t of d.tasks) for (const s of t.selected) if (s.team.filter((m) => !m.expert).length < r.teamMin) small.push(`${t.code} ${s.id}`);
    rows.push({ rule: "每组执法人员最少人数", required: `≥ ${r.teamMin} 人`, actual: small.length ? `不足：${small.join("、")}` : "每组均满足", verdict: verdict(small.length === 0), detail: "专家不计入执法人员" });
  } else {
    const small = plan.tasks.filter((t) => t.task.teamSize < r.teamMin).map((t) => `${t.task.code} ${t.task.teamSize} 人`);
    rows.push({ rule: "每组执法人员最少人数", required: `≥ ${r.teamMin} 人`, actual: small.length ? `不足：${small.join("、")}` : "各任务每组人数均满足", verdict: verdict(small.length === 0), detail: "" });
  }

  // 同一对象年度抽查上限
  if (after) {
    // Selections per year and target, in the order first drawn (no composite string keys: a
    // million-target draw has tens of thousands of them).
    const counts: { uscc: string; n: number }[] = [];
    const byYear = new Map<string, Map<string, { uscc: string; n: number }>>();
    for (const d of drawn) {
      const year = d.task.start.slice(0, 4);
      let ofYear = byYear.get(year);
      if (!ofYear) byYear.set(year, (ofYear = new Map()));
      const entry = ofYear.get(d.target.uscc);
      if (entry) entry.n += 1;
      else {
        const made = { uscc: d.target.uscc, n: 1 };
        ofYear.set(made.uscc, made);
        counts.push(made);
      }
    }
    const over: string[] = [];
    const byId = new Map(drawn.map((d) => [d.target.uscc, d.target]));
    for (const { uscc, n } of counts) {
      const t = byId.get(uscc)!;
      const totalChecks = n + (t.checksThisYear ?? 0);
      if (totalChecks > r.yearlyCapPerTarget) over.push(`${uscc}（${t.name}）${totalChecks} 次`);
    }
    rows.push({
      rule: "同一对象年度抽查上限",
      required: `≤ ${r.yearlyCapPerTarget} 次/年`,
      actual: over.length ? `超过：${over.slice(0, 10).join("、")}${over.length > 10 ? ` 等 ${over.length} 家` : ""}` : "无单位超过",
      verdict: verdict(over.length === 0),
      detail: "含本年已检查次数；同一次抽取中被多个任务抽中的单位宜合并为一次检查（进一次门、查多项事）",
    });
  } else {
    rows.push({ rule: "同一对象年度抽查上限", required: `≤ ${r.yearlyCapPerTarget} 次/年`, actual: "已达上限的单位不参加抽取" + stage, verdict: "无法判断", detail: "多个任务是否抽中同一单位，抽取后判断" });
  }

  // 结果公示
  const dc = input.disclosure;
  rows.push(
    dc
      ? { rule: "结果公示完整", required: "100%", actual: share(dc.filled, dc.rows), verdict: verdict(dc.rows === 0 ? null : dc.filled === dc.rows), detail: dc.missing.length ? `未填检查结果：${dc.missing.slice(0, 10).join("、")}${dc.missing.length > 10 ? ` 等 ${dc.missing.length} 行` : ""}` : "" }
      : { rule: "结果公示完整", required: "100%", actual: "尚无检查结果", verdict: "无法判断", detail: "在“结果公示”表中填写检查结果和检查完成日期后重新核验" },
  );
  rows.push(
    dc
      ? { rule: "结果公示及时", required: `检查完成后 ${r.disclosureDays} 个${r.disclosureUnit}内`, actual: dc.late.length ? `逾期 ${dc.late.length} 行` : `按期 ${dc.onTime} 行`, verdict: dc.unknown.length && !dc.late.length ? "无法判断" : verdict(dc.late.length === 0), detail: [dc.late.length ? `逾期：${dc.late.slice(0, 10).join("、")}` : "", dc.unknown.length ? `无法判断：${dc.unknown.slice(0, 5).join("、")}` : ""].filter(Boolean).join("；") }
      : { rule: "结果公示及时", required: `检查完成后 ${r.disclosureDays} 个${r.disclosureUnit}内`, actual: "尚无检查结果", verdict: "无法判断", detail: "" },
  );
  return rows;
}
