import { IssueList, type Issue } from "../issue";
import type { Target, Task, WorkbookReading } from "../model";
import { eligibleIn, scopeKey, targetTable, taskYear, type Eligibility, type Exclusion, type PriorSelection } from "./eligibility";
import type { AlgorithmId } from "./algorithm";
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
  /** The reading's issues plus what makes the draw infeasible; any error stops the draw. */
  issues: Issue[];
  ok: boolean;
}

export interface PlanOptions {
  /** Task codes to draw (default: every task). */
  tasks?: readonly string[];
  /** Kept draws already recorded in the workbook. */
  prior?: readonly PriorSelection[];
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
      continue;
    }
    // Without recusals a team depends on the target's industry only: one check per industry.
    checkTeams(task, recusals.size === 0 ? firstOfIndustry : eligible, facts, recusals, sheet, where, issues);
    plans.push({ task, year, eligible, excluded, strata: alloc.strata, take: alloc.strata.reduce((a, s) => a + s.take, 0) });
  }
  options.mark?.("frame");
  const frame = frameSummary({ algorithm: reading.algorithm, targets: reading.targets, inspectors: reading.inspectors, recusals: reading.recusals, tasks, rules: reading.rules, prior });
  const all = [...reading.issues, ...issues.list()];
  return { algorithm: reading.algorithm, frameDigest: frame.digest, frameIndex: frame.index, tasks: plans, prior, issues: all, ok: !all.some((i) => i.severity === "error") };
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
