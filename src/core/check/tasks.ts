import type { IssueList } from "../issue";
import type { Inspector, Matter, Rules, Target, Task, TaskScope } from "../model";
import type { TaskRow } from "../read/tasks";
import { INDUSTRY_SYNONYMS } from "../values/industry";
import { compactKey } from "../values/text";

export interface TaskContext {
  targets: readonly Target[];
  inspectors: readonly Inspector[];
  matters: readonly Matter[];
  rules: Rules;
  hasMatters: boolean;
  sheet: string;
}

/** Words in 对象范围 that name the whole jurisdiction rather than a filter. */
const EVERYTHING = new Set(["全部", "所有", "全市", "全区", "全县", "全旗", "辖区", "全部行业", "所有行业"]);
const KEY_WORDS: Record<string, boolean> = { 重点: true, 重点单位: true, 重点企业: true, 一般: false, 一般单位: false, 一般企业: false, 非重点: false };
const PREFIXES = /^(全市|全区|全县|全旗|辖区内?|本市|本区)/u;
const SUFFIXES = /(行业生产经营单位|生产经营单位|行业企业|领域企业|企业|单位|行业|领域)$/u;

/** Candidate spellings of one 对象范围 token, most literal first. */
function spellings(token: string): string[] {
  const out = [token];
  const noPrefix = token.replace(PREFIXES, "");
  out.push(noPrefix);
  let s = noPrefix;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(SUFFIXES, "");
    if (next === s || next === "") break;
    out.push(next);
    s = next;
  }
  return [...new Set(out.map(compactKey))];
}

function resolveScope(row: TaskRow, ctx: TaskContext, industries: ReadonlyMap<string, string>, areas: ReadonlyMap<string, string>, issues: IssueList): TaskScope {
  const scope: TaskScope = { industries: [], areas: [], key: null, text: row.task.scope.text };
  const add = (list: string[], v: string): void => {
    if (!list.includes(v)) list.push(v);
  };
  for (const token of row.scopeTokens) {
    const forms = spellings(token);
    if (forms.some((f) => EVERYTHING.has(f) || f === "")) continue;
    const keyWord = forms.find((f) => f in KEY_WORDS);
    if (keyWord) {
      scope.key = KEY_WORDS[keyWord];
      continue;
    }
    const industry = forms.map((f) => industries.get(f)).find(Boolean);
    if (industry) {
      add(scope.industries, industry);
      continue;
    }
    const synonym = forms.map((f) => INDUSTRY_SYNONYMS[f]).find(Boolean);
    const viaSynonym = (synonym ?? []).map((s) => industries.get(compactKey(s))).filter((s): s is string => !!s);
    if (viaSynonym.length > 0) {
      viaSynonym.forEach((s) => add(scope.industries, s));
      continue;
    }
    const area = forms.map((f) => areas.get(f)).find(Boolean);
    if (area) {
      add(scope.areas, area);
      continue;
    }
    const known = [...industries.values()].slice(0, 12).join("、") || "（名录库为空）";
    issues.error(
      "TASK_INDUSTRY_UNKNOWN",
      row.sheet,
      row.at("scope"),
      `任务 ${row.task.code} 的对象范围“${token}”在检查对象名录库中没有对应的行业领域或区域（现有行业领域：${known}）。`,
    );
  }
  return scope;
}

function resolveMatters(row: TaskRow, ctx: TaskContext, issues: IssueList): string[] {
  if (!ctx.hasMatters) return row.matterTokens;
  const codes: string[] = [];
  for (const token of row.matterTokens) {
    const k = compactKey(token);
    const hits = ctx.matters.filter((m) => compactKey(m.code) === k || compactKey(m.name) === k);
    const byCategory = hits.length ? hits : ctx.matters.filter((m) => m.rightsItem && compactKey(m.rightsItem) === k);
    if (byCategory.length === 0) {
      issues.error("TASK_MATTER_UNKNOWN", row.sheet, row.at("matters"), `任务 ${row.task.code} 的抽查事项“${token}”不在抽查事项清单中（可填事项编号，如 M001，或事项名称）。`);
    }
    for (const m of byCategory) if (!codes.includes(m.code)) codes.push(m.code);
  }
  return codes;
}

/** Resolves departments, scope and matters against the rosters; settles team sizes by the rules. */
export function resolveTasks(rows: readonly TaskRow[], ctx: TaskContext, issues: IssueList): Task[] {
  const departments = new Set(ctx.inspectors.filter((i) => !i.expert).map((i) => compactKey(i.department)));
  const hasExperts = ctx.inspectors.some((i) => i.expert && i.status === "在岗");
  const firstRow = new Map<string, number>();
  const industries = new Map<string, string>();
  const areas = new Map<string, string>();
  // Each spelling once: a roster repeats a handful of industries and areas a million times.
  const seenIndustries = new Set<string>();
  const seenAreas = new Set<string>();
  for (const t of ctx.targets) {
    if (t.industry && !seenIndustries.has(t.industry)) {
      seenIndustries.add(t.industry);
      if (!industries.has(compactKey(t.industry))) industries.set(compactKey(t.industry), t.industry);
    }
    if (t.area && !seenAreas.has(t.area)) {
      seenAreas.add(t.area);
      if (!areas.has(compactKey(t.area))) areas.set(compactKey(t.area), t.area);
    }
  }
  return rows.map((row) => {
    const task = { ...row.task };
    if (task.code !== "") {
      const seen = firstRow.get(task.code);
      if (seen !== undefined) issues.error("DUPLICATE_TASK", row.sheet, row.at("code"), `抽查任务编号 ${task.code} 与第 ${seen} 行重复。`);
      else firstRow.set(task.code, task.row);
    }
    for (const [dept, key] of [[task.initiator, "initiator"], ...task.partners.map((p) => [p, "partners"])] as [string, string][]) {
      if (dept !== "" && !departments.has(compactKey(dept))) {
        issues.error("TASK_DEPT_UNKNOWN", row.sheet, row.at(key), `任务 ${task.code} 的部门“${dept}”在执法检查人员名录库中没有执法人员。`);
      }
    }
    task.scope = resolveScope(row, ctx, industries, areas, issues);
    task.matters = resolveMatters(row, ctx, issues);

    const seats = 1 + task.partners.length;
    if (row.teamSizeDefault) task.teamSize = Math.max(ctx.rules.teamMin, seats);
    else if (task.teamSize < ctx.rules.teamMin) {
      issues.error("TEAM_TOO_SMALL", row.sheet, row.at("teamSize"), `每组人数 ${task.teamSize} 少于规则要求的 ${ctx.rules.teamMin} 人（行政处罚法第四十二条：执法人员不得少于两人）。`);
    } else if (task.teamSize < seats) {
      issues.error("TEAM_TOO_SMALL", row.sheet, row.at("teamSize"), `联合抽查每个参与部门至少一人：共 ${seats} 个部门，每组人数 ${task.teamSize} 不够。`);
    }
    if (task.needExpert && !hasExperts) {
      issues.warning("NO_EXPERTS", row.sheet, row.at("needExpert"), `任务 ${task.code} 需要专家，但名录库中没有在岗的专家（是否专家 = 是）。`);
    }
    return task;
  });
}
