import { IssueList, type Issue } from "../issue";
import type { Target, Task, WorkbookReading } from "../model";
import { eligibleIn, scopeKey, targetTable, taskYear, type Eligibility, type Exclusion, type PriorSelection } from "./eligibility";
import { hasRules, type AlgorithmId } from "./algorithm";
import { CapInRun } from "./cap-in-run";
import { CapPressure } from "./cap-pressure";
import { targetLookup } from "./roster-order";
import { frameSummary } from "./frame";
import { allocate, type Stratum } from "./strata";
import { InspectorFacts } from "./inspector-facts";
import { departmentSlots, inspectorId, recusalIndex, sortInspectors } from "./teams";

export interface TaskPlan {
  task: Task;
  year: string;
  eligible: Target[];
  excluded: Exclusion[];
  strata: Stratum[];
  take: number;
}

/** Everything settled before the seed: the frame and its digest, each task's strata and takes. */
export interface DrawPlan {
  algorithm: AlgorithmId;
  frameDigest: string;
  /** Bucketed fingerprint of the frame, stored with the draw (frame-index.ts). */
  frameIndex: Record<string, string>;
  tasks: TaskPlan[];
  prior: PriorSelection[];
  /** §7.1: the yearly cap also counts earlier tasks of this run (dr-2026.2, except draws made by version 0.2.0). */
  capWithinRun: boolean;
  /** The reading's issues plus what makes the draw infeasible; any error stops the draw. */
  issues: Issue[];
  ok: boolean;
}

export interface PlanOptions {
  /** Task codes to draw (default: every task). */
  tasks?: readonly string[];
  /** Kept draws already recorded in the workbook. */
  prior?: readonly PriorSelection[];
  /** Whether the yearly cap counts earlier tasks of the run (default: the reading's rules, §7.1). */
  capWithinRun?: boolean;
  /** Called as each stage starts ("eligibility", "frame"), for `npm run bench`; the core reads no clock. */
  mark?: (stage: string) => void;
}

/**
 * Plans a draw without any randomness (docs/draw-spec.md §1 steps 1–2): checks the selected tasks are
 * feasible — every stratum meets its minimum, every eligible target can get a full team — and
 * computes the frame digest to publish before the seed is taken.
 */
export function planDraw(reading: WorkbookReading, options: PlanOptions = {}): DrawPlan {
  const issues = new IssueList();
  const tasksSheet = reading.sheets.tasks?.sheet ?? "";
  const prior = [...(options.prior ?? [])];
  // Tasks another agency leads are listed in the plan tables but drawn by that agency (dr-2026.2).
  let tasks = reading.tasks.filter((t) => !t.notDrawn);
  if (options.tasks && options.tasks.length > 0) {
    const wanted = new Set(options.tasks);
    for (const code of wanted) {
      const listed = reading.tasks.find((t) => t.code === code);
      if (!listed) issues.error("TASK_NOT_FOUND", tasksSheet, "", `抽查任务中没有编号为“${code}”的任务。`);
      else if (listed.notDrawn) issues.error("TASK_NOT_DRAWN_HERE", listed.source?.sheet ?? tasksSheet, `${listed.row}:${listed.row}`, `任务 ${code}：${listed.notDrawn}`);
    }
    tasks = tasks.filter((t) => wanted.has(t.code));
  }
  tasks = [...tasks].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (reading.sheets.tasks && tasks.length === 0 && !options.tasks?.length) issues.error("NO_TASKS", tasksSheet, "", "抽查任务表中没有任务。");

  options.mark?.("eligibility");
  const facts = new InspectorFacts(sortInspectors(reading.inspectors));
  const recusals = recusalIndex(reading.recusals);
  const table = targetTable(reading.targets);
  const plans: TaskPlan[] = [];
  const capWithinRun = options.capWithinRun ?? hasRules(reading.algorithm, "dr-2026.2");
  // What earlier tasks of the run could push to the yearly cap: every member of their pools (§7.1).
  const pools = capWithinRun ? new CapPressure(() => new CapInRun(targetLookup(reading.targets), prior, reading.rules.yearlyCapPerTarget)) : null;
  const asked = new Float64Array(facts.inspectors.length);
  // Tasks of the same year and scope (a department's quarterly tasks, say) share one eligibility.
  const byScope = new Map<string, Eligibility>();
  for (const task of tasks) {
    const year = taskYear(task);
    const key = scopeKey(task);
    let scoped = byScope.get(key);
    if (!scoped) {
      const priorOfYear = new Map(prior.filter((p) => p.year === year).map((p) => [p.uscc, p.count]));
      byScope.set(key, (scoped = eligibleIn(task, table, reading.rules, priorOfYear)));
    }
    const { eligible, eligibleIds, excluded, firstOfIndustry } = scoped;
    const where = `${task.row}:${task.row}`;
    const sheet = task.source?.sheet ?? tasksSheet;
    const alloc = allocate(task, eligible, reading.rules, eligibleIds);
    if (!alloc.ok) {
      for (const p of alloc.problems) issues.error("STRATUM_INFEASIBLE", sheet, where, `任务 ${task.code}：${p}。抽取无法进行，请调整任务或名录。`);
      plans.push({ task, year, eligible, excluded, strata: [], take: 0 });
      pools?.add(year, eligibleIds, 0);
      continue;
    }
    if (pools) {
      for (const s of alloc.strata) {
        const pushable = pools.pushable(year, s.members, s.take);
        if (s.size - pushable >= s.take) continue;
        const which = s.key === "全部" ? "" : `“${s.key}”一层`;
        issues.warning(
          "STRATUM_MAY_RUN_SHORT",
          sheet,
          where,
          `任务 ${task.code}：${which}符合条件的 ${s.size} 家中有 ${pushable} 家可能被本次抽取中排在前面的任务抽满同一对象年度抽查上限（${reading.rules.yearlyCapPerTarget} 次），余下 ${s.size - pushable} 家少于要抽的 ${s.take} 家。抽取时可能不够（视随机种子而定）；不够时抽取停止，不写出任何结果。可分开抽取这些任务，或调整抽取数量。`,
        );
      }
      pools.add(year, eligibleIds, alloc.strata.reduce((a, s) => a + s.take, 0));
    }
    // Without recusals a team depends on the target's industry only: one check per industry.
    checkTeams(task, recusals.size === 0 ? firstOfIndustry : eligible, facts, recusals, sheet, where, issues);
    if (reading.rules.inspectorLoadCap !== null) countAsked(task, alloc.strata.reduce((a, s) => a + s.take, 0), firstOfIndustry, facts, asked);
    plans.push({ task, year, eligible, excluded, strata: alloc.strata, take: alloc.strata.reduce((a, s) => a + s.take, 0) });
  }
  if (reading.rules.inspectorLoadCap !== null) checkLoadCap(reading.rules.inspectorLoadCap, asked, facts, reading.sheets.rules?.sheet ?? "", issues);
  options.mark?.("frame");
  const frame = frameSummary({ algorithm: reading.algorithm, targets: reading.targets, inspectors: reading.inspectors, recusals: reading.recusals, tasks, rules: reading.rules, prior });
  const all = [...reading.issues, ...issues.list()];
  return { algorithm: reading.algorithm, frameDigest: frame.digest, frameIndex: frame.index, tasks: plans, prior, capWithinRun, issues: all, ok: !all.some((i) => i.severity === "error") };
}

/**
 * Every eligible target must be able to get a full team, loads aside: department slots, the
 * remaining seats, an expert when asked. Checked per industry, and per target with recusals.
 */
function checkTeams(
  task: Task,
  eligible: readonly Target[],
  facts: InspectorFacts,
  recusals: Map<string, Set<string>>,
  sheet: string,
  where: string,
  issues: IssueList,
): void {
  const { inspectors } = facts;
  const { slots, keys } = departmentSlots(task);
  const none = new Set<string>();
  const checked = new Set<string>();
  for (const target of eligible) {
    const recused = recusals.get(target.uscc) ?? none;
    const cacheKey = recused.size ? `#${target.uscc}` : target.industry;
    if (checked.has(cacheKey)) continue;
    checked.add(cacheKey);
    const covers = facts.covers(target.industry);
    const free = (i: number): boolean => recused.size === 0 || !recused.has(inspectorId(inspectors[i]));
    const officers: number[] = [];
    for (let i = 0; i < inspectors.length; i++) if (facts.canServe(i, task, keys, covers, false) && free(i)) officers.push(i);
    const problems: string[] = [];
    for (const d of slots) {
      if (!officers.some((i) => d.keys.includes(facts.department[i]))) problems.push(`“${d.label}”没有可派的执法人员`);
    }
    if (officers.length < task.teamSize) problems.push(`可派执法人员只有 ${officers.length} 人，少于每组 ${task.teamSize} 人`);
    if (task.needExpert && !inspectors.some((_, i) => facts.canServe(i, task, keys, covers, true) && free(i))) problems.push("没有可派的专家");
    if (problems.length === 0) continue;
    const subject = recused.size ? `单位 ${target.uscc}（${target.name}，有回避人员）` : `行业“${target.industry}”的单位`;
    issues.error(
      "TEAM_INFEASIBLE",
      sheet,
      where,
      `任务 ${task.code}：${subject}组不成检查组——${problems.join("；")}。请检查人员的所属部门、执法领域、执法证有效期和在岗状态。`,
    );
  }
}

/** Adds `take` to every inspector who could sit on one of `task`'s teams (for any of its industries). */
function countAsked(task: Task, take: number, firstOfIndustry: readonly Target[], facts: InspectorFacts, asked: Float64Array): void {
  const { keys } = departmentSlots(task);
  const covers = firstOfIndustry.map((t) => facts.covers(t.industry));
  for (let i = 0; i < asked.length; i++) {
    if (covers.some((c) => facts.canServe(i, task, keys, c, false) || (task.needExpert && facts.canServe(i, task, keys, c, true)))) asked[i] += take;
  }
}

/**
 * A sound check of 每名执法人员抽取上限 before the seed: when no inspector could be asked for more
 * targets than the cap, loads never stop a team. Otherwise the seed decides, and the plan says so.
 */
function checkLoadCap(cap: number, asked: Float64Array, facts: InspectorFacts, sheet: string, issues: IssueList): void {
  const over: number[] = [];
  asked.forEach((n, i) => n > cap && over.push(i));
  if (over.length === 0) return;
  over.sort((a, b) => asked[b] - asked[a] || a - b);
  const shown = over.slice(0, 3).map((i) => `${facts.inspectors[i].name} 最多可能被派 ${asked[i]} 家`);
  issues.warning(
    "LOAD_CAP_MAY_BIND",
    sheet,
    "",
    `每名执法人员抽取上限为 ${cap} 家，而本次抽取可能派给 ${over.length} 名执法人员更多的单位（${shown.join("，")}${over.length > 3 ? " 等" : ""}）。抽取时检查组可能因上限组不成（视随机种子而定）；组不成时抽取停止，不写出任何结果。可提高上限、增加执法人员或分开抽取任务。`,
  );
}
