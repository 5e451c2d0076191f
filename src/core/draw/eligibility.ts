import type { Rules, Target, Task } from "../model";
import { targetsInUsccOrder } from "../roster-order";
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
 * The targets in USCC order with their industry and area as small numbers (one per distinct
 * compactKey), built once per plan: scoping a task is then a table lookup per target.
 */
export interface TargetTable {
  targets: readonly Target[];
  industry: Uint32Array;
  area: Uint32Array;
  /** compactKey of each industry / area number. */
  industryKeys: string[];
  areaKeys: string[];
}

export function targetTable(targets: readonly Target[]): TargetTable {
  const sorted = targetsInUsccOrder(targets);
  const industries = new Interner();
  const areas = new Interner();
  const industry = new Uint32Array(sorted.length);
  const area = new Uint32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    industry[i] = industries.id(sorted[i].industry);
    area[i] = areas.id(sorted[i].area);
  }
  return { targets: sorted, industry, area, industryKeys: industries.keys, areaKeys: areas.keys };
}

/** Raw text → number of its compactKey. */
class Interner {
  readonly keys: string[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

  id(raw: string): number {
    let n = this.byRaw.get(raw);
    if (n === undefined) {
      const key = compactKey(raw);
      n = this.byKey.get(key);
      if (n === undefined) {
        n = this.keys.length;
        this.keys.push(key);
        this.byKey.set(key, n);
      }
      this.byRaw.set(raw, n);
    }
    return n;
  }
}

/** 1 for each number whose key the task's list names; all 1 when the list is empty (no filter). */
function allowed(keys: readonly string[], wanted: readonly string[]): Uint8Array {
  const mask = new Uint8Array(keys.length);
  const want = new Set(wanted.map(compactKey));
  keys.forEach((k, i) => (mask[i] = wanted.length === 0 || want.has(k) ? 1 : 0));
  return mask;
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
  return eligibleIn(task, targetTable(targets), rules, prior);
}

/** eligibleTargets over a table built once for every task of a plan. */
export function eligibleIn(task: Task, table: TargetTable, rules: Rules, prior: ReadonlyMap<string, number>): { eligible: Target[]; excluded: Exclusion[] } {
  const eligible: Target[] = [];
  const excluded: Exclusion[] = [];
  const industryOk = allowed(table.industryKeys, task.scope.industries);
  const areaOk = allowed(table.areaKeys, task.scope.areas);
  const { targets, industry, area } = table;
  for (let i = 0; i < targets.length; i++) {
    if (industryOk[industry[i]] === 0 || areaOk[area[i]] === 0) continue;
    const t = targets[i];
    const drawn = prior.size === 0 ? 0 : (prior.get(t.uscc) ?? 0);
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
  return { eligible, excluded };
}
