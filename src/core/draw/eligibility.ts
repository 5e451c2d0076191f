import type { Rules, Target, Task } from "../model";
import { targetsInUsccOrder } from "./roster-order";
import { compactKey, splitList } from "../values/text";
import { INACTIVE_STATUSES } from "../values/vocabulary";

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

/**
 * The targets in USCC order with their industry and area as small numbers (one per distinct
 * compactKey), built once per plan: scoping a task is then a table lookup per target.
 */
export interface TargetTable {
  targets: readonly Target[];
  /** USCC of each target (read without touching the target objects). */
  ids: string[];
  industry: Uint32Array;
  area: Uint32Array;
  /** compactKey of each industry / area number. */
  industryKeys: string[];
  areaKeys: string[];
  /** Per target: its industry text as written, numbered (one number per distinct text). */
  industryText: Uint32Array;
  industryTexts: number;
  /** Per target: 1 when its status keeps it out of every draw (注销, 吊销…). */
  inactive: Uint8Array;
  /** Per target: 重点 as 1, 一般 as 0, unknown as -1. */
  key: Int8Array;
  /** Per target: 本年已检查次数 (blank as 0). */
  checks: Float64Array;
  /** Per target: its 企业类型 (dr-2026.2), compactKeys, empty when not given. */
  subtypes: readonly (readonly string[])[];
}

export function targetTable(targets: readonly Target[]): TargetTable {
  const sorted = targetsInUsccOrder(targets);
  const industries = new Interner();
  const areas = new Interner();
  const texts = new Map<string, number>();
  const n = sorted.length;
  const industry = new Uint32Array(n);
  const industryText = new Uint32Array(n);
  const area = new Uint32Array(n);
  const inactive = new Uint8Array(n);
  const key = new Int8Array(n);
  const checks = new Float64Array(n);
  const ids = new Array<string>(n);
  const subtypes = new Array<readonly string[]>(n);
  const subtypeLists = new Map<string, readonly string[]>();
  for (let i = 0; i < n; i++) {
    const t = sorted[i];
    ids[i] = t.uscc;
    industry[i] = industries.id(t.industry);
    let text = texts.get(t.industry);
    if (text === undefined) texts.set(t.industry, (text = texts.size));
    industryText[i] = text;
    area[i] = areas.id(t.area);
    inactive[i] = INACTIVE_STATUSES.includes(t.status) ? 1 : 0;
    key[i] = t.key === null ? -1 : t.key ? 1 : 0;
    checks[i] = t.checksThisYear ?? 0;
    const typed = t.subtype ?? "";
    let list = subtypeLists.get(typed);
    if (!list) subtypeLists.set(typed, (list = typed === "" ? [] : splitList(typed).map(compactKey)));
    subtypes[i] = list;
  }
  return { targets: sorted, ids, industry, area, industryKeys: industries.keys, areaKeys: areas.keys, industryText, industryTexts: texts.size, inactive, key, checks, subtypes };
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

export interface Eligibility {
  /** In USCC order. */
  eligible: Target[];
  /** Their USCCs. */
  eligibleIds: string[];
  excluded: Exclusion[];
  /** The first eligible target of each industry text, in USCC order. */
  firstOfIndustry: Target[];
}

/**
 * What eligibleIn reads of a task, as one string: its year (for earlier draws of that year) and
 * its scope as `allowed` reads it (no list at all, or the set of compactKeys matched; 重点 or not).
 * Tasks with the same key have the same eligible targets and exclusions.
 */
export function scopeKey(task: Task): string {
  const keys = (list: readonly string[]): string[] | null => (list.length === 0 ? null : [...new Set(list.map(compactKey))].sort());
  const parts: unknown[] = [taskYear(task), keys(task.scope.industries), keys(task.scope.areas), task.scope.key];
  const subtypes = subtypeFilter(task);
  if (subtypes.size > 0) parts.push([...subtypes].map(([k, v]) => [k, [...v].sort()]).sort());
  return JSON.stringify(parts);
}

/** dr-2026.2: industry compactKey → the 企业类型 compactKeys the task keeps (no entry: the whole industry). */
function subtypeFilter(task: Task): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [industry, types] of Object.entries(task.scope.subtypes ?? {})) if (types.length > 0) out.set(compactKey(industry), new Set(types.map(compactKey)));
  return out;
}

/**
 * The task's eligible targets (sorted by USCC) and, for targets in its scope that are left out,
 * the reason (docs/draw-spec.md §4 eligibility), over a table built once for every task of a plan.
 * The yearly cap counts 本年已检查次数 plus earlier kept draws of the same year; draws of the same
 * run do not count against each other, so every count is known before the seed.
 */
export function eligibleIn(task: Task, table: TargetTable, rules: Rules, prior: ReadonlyMap<string, number>): Eligibility {
  const eligible: Target[] = [];
  const eligibleIds: string[] = [];
  const firstOfIndustry: Target[] = [];
  const seenIndustry = new Uint8Array(table.industryTexts);
  const excluded: Exclusion[] = [];
  const industryOk = allowed(table.industryKeys, task.scope.industries);
  const areaOk = allowed(table.areaKeys, task.scope.areas);
  const { targets, industry, area, inactive, key, checks } = table;
  // Per industry number: the 企业类型 kept, or null for the whole industry. A unit whose type is not
  // given stays in: leaving the type blank must not take a unit out of the draw.
  const filter = subtypeFilter(task);
  const typesOf = table.industryKeys.map((k) => filter.get(k) ?? null);
  const anyTypes = filter.size > 0;
  const cap = rules.yearlyCapPerTarget;
  const onlyKey = task.scope.key;
  const inactiveReasons = new Map<string, string>();
  /** By 本年已检查次数, for targets not drawn before this year (the usual case): one text each. */
  const capReasons = new Map<number, string>();
  for (let i = 0; i < targets.length; i++) {
    if (industryOk[industry[i]] === 0 || areaOk[area[i]] === 0) continue;
    if (anyTypes) {
      const types = typesOf[industry[i]];
      if (types !== null && table.subtypes[i].length > 0 && !table.subtypes[i].some((t) => types.has(t))) continue;
    }
    const drawn = prior.size === 0 ? 0 : (prior.get(table.ids[i]) ?? 0);
    let reason: string | null = null;
    if (inactive[i] === 1) {
      const status = targets[i].status;
      reason = inactiveReasons.get(status) ?? null;
      if (reason === null) inactiveReasons.set(status, (reason = `状态为${status}`));
    } else if (onlyKey === false && key[i] === 1) reason = "重点单位（本任务只抽一般单位）";
    else if (onlyKey === true && key[i] !== 1) reason = "非重点单位（本任务只抽重点单位）";
    else if (checks[i] + drawn >= cap) {
      if (drawn > 0) reason = capReason(checks[i], drawn, cap);
      else if ((reason = capReasons.get(checks[i]) ?? null) === null) capReasons.set(checks[i], (reason = capReason(checks[i], 0, cap)));
    }
    if (reason === null) {
      eligible.push(targets[i]);
      eligibleIds.push(table.ids[i]);
      if (seenIndustry[table.industryText[i]] === 0) {
        seenIndustry[table.industryText[i]] = 1;
        firstOfIndustry.push(targets[i]);
      }
    } else excluded.push({ id: table.ids[i], reason });
  }
  return { eligible, eligibleIds, excluded, firstOfIndustry };
}

function capReason(checks: number, drawn: number, cap: number): string {
  const parts = [checks ? `本年已检查 ${checks} 次` : "", drawn ? `本年已被抽中 ${drawn} 次` : ""].filter(Boolean);
  return `${parts.join("、")}，达到同一对象年度抽查上限 ${cap} 次`;
}
