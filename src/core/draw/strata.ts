import { formatPercent, fractionAtLeast, type Fraction } from "../values/fraction";
import type { RiskGrade, Rules, Target, Task } from "../model";
import { largestRemainder, ratioTake } from "./allocation";

export type AllocationRule = "ceil" | "round-half-up" | "largest-remainder";

export interface Stratum {
  /** "全部", an industry, or "industry·grade". */
  key: string;
  industry: string | null;
  grade: RiskGrade | null;
  size: number;
  take: number;
  rule: AllocationRule;
  /** Seats added to reach a minimum (每行业最少, or the task's overall ratio), by largest remainder. */
  topUp: number;
  /** How the take was reached, in words, for the record and the 抽取公告. */
  note: string;
  /** Eligible USCCs of the stratum, sorted. */
  members: readonly string[];
}

export type StrataResult = { ok: true; strata: Stratum[] } | { ok: false; problems: string[] };

const GRADES: readonly RiskGrade[] = ["A", "B", "C", "D", "未分级"];
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The USCCs of one industry's eligible targets, in USCC order, and (for graded tasks) by grade. */
interface IndustryGroup {
  ids: string[];
  byGrade: Map<string, string[]>;
}

/**
 * Eligible targets by industry (keys sorted) and, when `grades`, by credit grade within each
 * (keys sorted): one pass over the targets, keeping only their USCCs.
 */
function groupByIndustry(targets: readonly Target[], grades: boolean): Map<string, IndustryGroup> {
  // Tasks of one scope share their eligible list (plan.ts), so they share its grouping too. The
  // rule that makes this safe: eligible lists, strata members and the groups' lists are never
  // changed once made (they are shared between tasks). A changed length is still noticed.
  let cached = groupings.get(targets);
  if (!cached || cached.length !== targets.length) groupings.set(targets, (cached = { length: targets.length }));
  const key = grades ? "graded" : "plain";
  return (cached[key] ??= groupOnce(targets, grades));
}

const groupings = new WeakMap<readonly Target[], { length: number; graded?: Map<string, IndustryGroup>; plain?: Map<string, IndustryGroup> }>();

function groupOnce(targets: readonly Target[], grades: boolean): Map<string, IndustryGroup> {
  const m = new Map<string, IndustryGroup>();
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    let group = m.get(t.industry);
    if (!group) m.set(t.industry, (group = { ids: [], byGrade: new Map() }));
    group.ids.push(t.uscc);
    if (grades) {
      const list = group.byGrade.get(t.risk);
      if (list) list.push(t.uscc);
      else group.byGrade.set(t.risk, [t.uscc]);
    }
  }
  for (const group of m.values()) group.byGrade = sortedByKey(group.byGrade);
  return sortedByKey(m);
}

const sortedByKey = <T>(m: Map<string, T>): Map<string, T> => new Map([...m.entries()].sort(([a], [b]) => cmp(a, b)));

/** `members`: USCCs in USCC order (eligible targets are listed so). */
function stratum(key: string, industry: string | null, grade: RiskGrade | null, members: readonly string[], take: number, rule: AllocationRule, note: string): Stratum {
  return { key, industry, grade, size: members.length, take, rule, topUp: 0, note, members };
}

/** Adds `need` seats over `strata` by largest remainder over their sizes; false when they cannot hold them. */
function topUp(strata: Stratum[], need: number, why: string): boolean {
  if (need <= 0) return true;
  const extra = largestRemainder(need, strata.map((s) => ({ key: s.key, size: s.size, capacity: s.size - s.take })));
  if (!extra) return false;
  strata.forEach((s, i) => {
    if (extra[i] === 0) return;
    s.take += extra[i];
    s.topUp += extra[i];
    s.note += `；${why}补 ${extra[i]} 家（最大余数法）`;
  });
  return true;
}

/**
 * The 未分级 rule of a graded task (a stated rule, recorded with the draw): 分级比例's own
 * 未分级 entry when given, else the highest grade ratio listed — unknown risk is never drawn
 * as if it were low risk.
 */
export function ungradedRatio(ratios: Partial<Record<RiskGrade, Fraction>>): { ratio: Fraction; explicit: boolean } | null {
  if (ratios.未分级) return { ratio: ratios.未分级, explicit: true };
  const listed = GRADES.filter((g) => g !== "未分级" && ratios[g]).map((g) => ratios[g]!);
  if (listed.length === 0) return null;
  return { ratio: listed.reduce((a, b) => (fractionAtLeast(a, b) ? a : b)), explicit: false };
}

/**
 * Strata and takes of one task (docs/draw-spec.md §4, allocation), from its eligible targets in USCC
 * order (as eligibleIn lists them): industry × credit grade where the
 * task grades, one stratum per industry where it gives 每行业最少, the whole scope otherwise.
 * Integer arithmetic only. Problems (a stratum below its minimum, a count above the pool) stop
 * the draw before any seed exists. `eligibleIds`: their USCCs, when the caller has them already.
 */
export function allocate(task: Task, eligible: readonly Target[], rules: Rules, eligibleIds: readonly string[] = eligible.map((t) => t.uscc)): StrataResult {
  const problems: string[] = [];
  const rule = rules.rounding;
  const min = task.minPerIndustry ?? 0;
  const q = task.quantity;
  const graded = q.kind === "byGrade" || (q.kind === "ratio" && task.gradeRatios !== null);
  // Only grades and 每行业最少 look at industries.
  const byIndustry = graded || min > 0 ? groupByIndustry(eligible, graded) : new Map<string, IndustryGroup>();
  const N = eligible.length;

  if (min > 0) {
    for (const [industry, { ids }] of byIndustry) {
      if (ids.length < min) problems.push(`行业“${industry}”只有 ${ids.length} 家符合条件，少于每行业最少 ${min} 家`);
    }
    for (const industry of task.scope.industries) {
      if (!byIndustry.has(industry)) problems.push(`行业“${industry}”没有符合条件的单位，少于每行业最少 ${min} 家`);
    }
  }

  if (q.kind === "byGrade" && task.gradeRatios === null) return { ok: false, problems: ["抽查比例为“按风险等级”，但没有分级比例"] };
  if (graded) {
    const ratios = task.gradeRatios ?? {};
    const ungraded = ungradedRatio(ratios);
    const strata: Stratum[] = [];
    for (const [industry, { byGrade }] of byIndustry) {
      for (const [grade, cell] of byGrade) {
        const g = grade as RiskGrade;
        const r = g === "未分级" ? ungraded?.ratio : ratios[g];
        if (!r) {
          problems.push(`分级比例没有给出 ${g} 级的比例（行业“${industry}”有 ${cell.length} 家 ${g} 级单位）`);
          continue;
        }
        const how = g === "未分级" && !ungraded!.explicit ? `未分级按最高分级比例 ${formatPercent(r)}` : `${g} 级 ${formatPercent(r)}`;
        strata.push(stratum(`${industry}·${g}`, industry, g, cell, ratioTake(cell.length, r, rule), rule, `${cell.length} × ${how}，${rule === "ceil" ? "向上取整" : "四舍五入"}`));
      }
    }
    if (problems.length) return { ok: false, problems };
    if (min > 0) {
      for (const industry of byIndustry.keys()) {
        const own = strata.filter((s) => s.industry === industry);
        const need = min - own.reduce((a, s) => a + s.take, 0);
        topUp(own, need, `每行业最少 ${min} 家，`);
      }
    }
    if (q.kind === "ratio") {
      const floor = ratioTake(N, q.ratio, rule);
      const need = floor - strata.reduce((a, s) => a + s.take, 0);
      topUp(strata, need, `总比例不低于 ${formatPercent(q.ratio)}，`);
    }
    return { ok: true, strata };
  }

  if (q.kind === "ratio") {
    const how = (n: number): string => `${n} × ${formatPercent(q.ratio)}，${rule === "ceil" ? "向上取整" : "四舍五入"}`;
    if (min === 0) return { ok: true, strata: [stratum("全部", null, null, eligibleIds, ratioTake(N, q.ratio, rule), rule, how(N))] };
    if (problems.length) return { ok: false, problems };
    const strata = [...byIndustry].map(([industry, { ids }]) => {
      const base = ratioTake(ids.length, q.ratio, rule);
      const take = Math.min(ids.length, Math.max(min, base));
      const note = take > base ? `${how(ids.length)}得 ${base} 家，按每行业最少 ${min} 家取 ${take} 家` : how(ids.length);
      return stratum(industry, industry, null, ids, take, rule, note);
    });
    return { ok: true, strata };
  }

  // A fixed count: each stratum's minimum first, then the rest by largest remainder over sizes.
  const count = q.count;
  if (count > N) problems.push(`计划抽取 ${count} 家，但符合条件的只有 ${N} 家`);
  if (min === 0) {
    if (problems.length) return { ok: false, problems };
    return { ok: true, strata: [stratum("全部", null, null, eligibleIds, count, "largest-remainder", `固定数量 ${count} 家`)] };
  }
  const mins = byIndustry.size * min;
  if (mins > count) problems.push(`每行业最少 ${min} 家、共 ${byIndustry.size} 个行业需 ${mins} 家，超过计划抽取的 ${count} 家`);
  if (problems.length) return { ok: false, problems };
  const strata = [...byIndustry].map(([industry, { ids }]) => stratum(industry, industry, null, ids, min, "largest-remainder", `每行业最少 ${min} 家`));
  const extra = largestRemainder(count - mins, strata.map((s) => ({ key: s.key, size: s.size, capacity: s.size - s.take })))!;
  strata.forEach((s, i) => {
    s.take += extra[i];
    s.note += `，其余 ${count - mins} 家按规模以最大余数法分得 ${extra[i]} 家`;
  });
  return { ok: true, strata };
}
