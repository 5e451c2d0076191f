import type { Rules, Target, Task } from "../model";
import { compactKey } from "../text";
import { INACTIVE_STATUSES } from "../vocabulary";

export interface Exclusion {
  id: string;
  reason: string;
}

/** Times a target was drawn by kept draws of the same year already recorded in the workbook. */
export interface PriorSelection {
  year: string;
  uscc: string;
  count: number;
}

/** The year a task belongs to: its start date's year. */
export const taskYear = (task: Task): string => task.start.slice(0, 4);

/** In the task's scope: industry, area and 重点/一般 as the task says. */
export function inScope(task: Task, t: Target): boolean {
  const { industries, areas } = task.scope;
  if (industries.length > 0 && !industries.some((i) => compactKey(i) === compactKey(t.industry))) return false;
  if (areas.length > 0 && !areas.some((a) => compactKey(a) === compactKey(t.area))) return false;
  return true;
}

/**
 * The task's eligible targets (sorted by USCC) and, for targets in its scope that are left out,
 * the reason (DRAW-SPEC.md §4 eligibility). The yearly cap counts 本年已检查次数 plus earlier
 * kept draws of the same year; draws of the same run do not count against each other, so every
 * count is known before the seed.
 */
export function eligibleTargets(
  task: Task,
  targets: readonly Target[],
  rules: Rules,
  prior: ReadonlyMap<string, number>,
): { eligible: Target[]; excluded: Exclusion[] } {
  const eligible: Target[] = [];
  const excluded: Exclusion[] = [];
  for (const t of targets) {
    if (!inScope(task, t)) continue;
    const drawn = prior.get(t.uscc) ?? 0;
    const checks = (t.checksThisYear ?? 0) + drawn;
    let reason: string | null = null;
    if (INACTIVE_STATUSES.includes(t.status)) reason = `状态为${t.status}`;
    else if (task.scope.key === false && t.key === true) reason = "重点单位（本任务只抽一般单位）";
    else if (task.scope.key === true && t.key !== true) reason = "非重点单位（本任务只抽重点单位）";
    else if (checks >= rules.yearlyCapPerTarget) {
      const parts = [t.checksThisYear ? `本年已检查 ${t.checksThisYear} 次` : "", drawn ? `本年已被抽中 ${drawn} 次` : ""].filter(Boolean);
      reason = `${parts.join("、")}，达到同一对象年度抽查上限 ${rules.yearlyCapPerTarget} 次`;
    }
    if (reason) excluded.push({ id: t.uscc, reason });
    else eligible.push(t);
  }
  const byId = (a: { uscc?: string; id?: string }, b: { uscc?: string; id?: string }): number => {
    const x = a.uscc ?? a.id!;
    const y = b.uscc ?? b.id!;
    return x < y ? -1 : x > y ? 1 : 0;
  };
  eligible.sort(byId);
  excluded.sort(byId);
  return { eligible, excluded };
}
