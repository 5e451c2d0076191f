import type { IssueList } from "../issue";
import type { DepartmentGroup, Inspector, Matter, Rules, Target, Task, TaskScope } from "../model";
import type { TaskRow } from "../read/tasks";
import { INDUSTRY_SYNONYMS } from "../values/industry";
import { compactKey } from "../values/text";
import { DepartmentResolver, slashList } from "./departments";
import { MatterIndex, readMatters } from "./matters";
import { readScope } from "./scope";

export interface TaskContext {
  targets: readonly Target[];
  inspectors: readonly Inspector[];
  matters: readonly Matter[];
  rules: Rules;
  hasMatters: boolean;
  /** The rules of dr-2026.2: departments through DepartmentResolver, scopes through readScope (§7). */
  v2: boolean;
  /** dr-2026.2: 部门别名 rows, [alias, roster department]. */
  aliases?: readonly (readonly [string, string])[];
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

/** dr-2026.2: 对象范围 through readScope; sub-types kept only for industries whose units have a 企业类型. */
function resolveScopeV2(row: TaskRow, ctx: TaskContext, industries: ReadonlyMap<string, string>, areas: ReadonlyMap<string, string>, typed: ReadonlySet<string>, issues: IssueList): TaskScope {
  const read = readScope(row.task.scope.text, industries, areas);
  const scope: TaskScope = { industries: read.industries, areas: read.areas, key: read.key, text: row.task.scope.text, subtypes: {}, subtypesNotApplied: [] };
  for (const [industry, types] of Object.entries(read.subtypes)) {
    if (typed.has(industry)) scope.subtypes![industry] = types;
    else scope.subtypesNotApplied!.push(`${industry}：${types.join("、")}`);
  }
  if (scope.subtypesNotApplied!.length > 0) {
    issues.warning(
      "SCOPE_SUBTYPE_UNKNOWN",
      row.sheet,
      row.at("scope"),
      `任务 ${row.task.code} 的对象范围只含${scope.subtypesNotApplied!.join("；")}单位，但检查对象名录库没有填写这些单位的“企业类型”：按整个行业抽取，抽取公告中注明。如需只抽这些单位，请在名录库中增加“企业类型”列。`,
    );
  }
  if (read.unknown.length === 0) return scope;
  const known = [...industries.values()].slice(0, 12).join("、") || "（名录库为空）";
  const nothing = read.industries.length === 0 && read.areas.length === 0;
  issues.add(
    nothing ? "error" : "warning",
    "TASK_INDUSTRY_UNKNOWN",
    row.sheet,
    row.at("scope"),
    nothing
      ? `任务 ${row.task.code} 的对象范围“${row.task.scope.text}”在检查对象名录库中找不到对应的行业领域或区域（现有行业领域：${known}）；请改写对象范围，或在名录库中核对行业领域。`
      : `任务 ${row.task.code} 的对象范围中“${read.unknown.join("、")}”在检查对象名录库中没有对应的行业领域或区域，只按 ${[...read.industries, ...read.areas].join("、")} 抽取（现有行业领域：${known}）。`,
  );
  return scope;
}

/**
 * dr-2026.2: the task's department seats (§7.2). The initiator — or, in a 包头-style internal table,
 * the 检查对象抽取单位 where it names a roster department — fills the first; each partner with
 * officers in the roster another; a partner agency without any sends its own (自行选派). A task
 * whose initiator is not the bureau's while the bureau is among its partners is listed, not drawn.
 */
/** How a unit of the bureau itself is named (科, 大队, 支队, 中队, 处, 所, 站). */
const OWN_UNIT = /(科|大队|支队|中队|处|所|站)\s*$/u;

function resolveSeats(row: TaskRow, task: Task, resolver: DepartmentResolver, issues: IssueList): void {
  const unknown = (text: string, key: string, suggestion: string | null, candidates?: string[]): void => {
    const hint = candidates ? `（可能是：${candidates.join("、")}）` : suggestion ? `（是否指“${suggestion}”？）` : "";
    issues.error(
      candidates ? "TASK_DEPT_AMBIGUOUS" : "TASK_DEPT_UNKNOWN",
      row.sheet,
      row.at(key),
      `任务 ${task.code} 的部门“${text}”${candidates ? "对应名录库中的多个部门" : "在执法检查人员名录库中没有执法人员"}${hint}；如果计划表用的是简称，可在“部门别名”表中写明它对应名录库中的哪个部门。`,
    );
  };
  const group = (text: string): { names: string[]; missing: { text: string; suggestion: string | null; candidates?: string[] }[] } => {
    const names: string[] = [];
    const missing: { text: string; suggestion: string | null; candidates?: string[] }[] = [];
    for (const piece of slashList(text)) {
      const m = resolver.resolve(piece);
      if (m.kind === "departments" || m.kind === "bureau") m.names.forEach((n) => names.includes(n) || names.push(n));
      else missing.push({ text: piece, suggestion: m.kind === "unknown" ? m.suggestion : null, candidates: m.kind === "ambiguous" ? m.candidates : undefined });
    }
    return { names: names.sort(), missing };
  };

  // 检查对象抽取单位 (包头 internal): the unit that draws and inspects, where the roster has it.
  const drawingUnit = task.source?.typed.drawingUnit ?? "";
  const byUnit = drawingUnit ? group(drawingUnit) : null;
  const lead = byUnit && byUnit.names.length > 0 && byUnit.missing.length === 0 ? { label: drawingUnit, key: "drawingUnit", ...byUnit } : { label: task.initiator, key: "initiator", ...group(task.initiator) };
  const seats: DepartmentGroup[] = [];
  const selfStaffed: string[] = [];

  // Led elsewhere only when 发起部门 reads as another agency: a misspelt or missing unit of the
  // bureau itself (执法四大队, 安全生产基础科) stays an error, never a task silently not drawn.
  const elsewhere = lead.missing.length > 0 && lead.missing.every((m) => resolver.isOtherAgency(m.text) || (!m.suggestion && !m.candidates && !OWN_UNIT.test(m.text)));
  if (lead.names.length === 0 && task.initiator !== "" && elsewhere) {
    const joining = task.partners.find((p) => resolver.namesBureau(p));
    if (joining) {
      task.notDrawn = `由“${task.initiator}”牵头，本局（${joining}）参与；不在本工作簿中抽取。`;
      issues.warning("TASK_LED_ELSEWHERE", row.sheet, row.at("initiator"), `任务 ${task.code}：${task.notDrawn}`);
      task.seats = [];
      task.selfStaffed = [];
      return;
    }
  }
  for (const m of lead.missing) unknown(m.text, lead.key, m.suggestion, m.candidates);
  if (lead.names.length > 0) seats.push({ label: lead.label, departments: lead.names });

  for (const partner of task.partners) {
    const g = group(partner);
    if (g.missing.length === 0 && g.names.length > 0) {
      seats.push({ label: partner, departments: g.names });
      continue;
    }
    const ours = resolver.namesBureau(partner) || !resolver.isOtherAgency(partner);
    if (task.jointType === "跨部门联合" && !ours) {
      selfStaffed.push(partner);
      continue;
    }
    for (const m of g.missing) unknown(m.text, "partners", m.suggestion, m.candidates);
  }
  if (selfStaffed.length > 0) {
    issues.warning(
      "PARTNER_SELF_STAFFED",
      row.sheet,
      row.at("partners"),
      `任务 ${task.code}：${selfStaffed.join("、")}在执法检查人员名录库中没有执法人员，按“自行选派”处理——检查组从本局人员中抽取，这些部门自行派员参加；检查组名单和抽取公告中注明。`,
    );
  }
  task.seats = seats;
  task.selfStaffed = selfStaffed;
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

/**
 * dr-2026.2: 抽查事项 through readMatters (check/matters.ts). A matter the list does not have is kept
 * as typed with a warning — an error where 抽查规则 says 抽查事项须在清单中.
 */
function resolveMattersV2(row: TaskRow, task: Task, index: MatterIndex | null, bound: boolean, issues: IssueList): void {
  const text = row.task.source?.typed.matters ?? row.task.matters.join("；");
  const read = readMatters(text, index);
  task.matters = read.matters;
  const typedPartners = row.task.source?.typed.partnerMatters;
  task.partnerMatters = [...(typedPartners ? [typedPartners] : []), ...read.partners];
  if (read.unknown.length === 0) return;
  issues.add(
    bound ? "error" : "warning",
    "TASK_MATTER_UNKNOWN",
    row.sheet,
    row.at("matters"),
    `任务 ${task.code} 的抽查事项“${read.unknown.join("；").slice(0, 80)}”不在抽查事项清单中${bound ? "（抽查规则要求抽查事项须在清单中）" : "，按原文写入计划表和抽取结果"}；可填清单中的事项编号、序号、事项名称或“抽查类别”。`,
  );
}

/** The departments of the roster's officers (experts aside), each once. */
function departmentNames(inspectors: readonly Inspector[]): Set<string> {
  const out = new Set<string>();
  for (const p of inspectors) if (!p.expert && p.department !== "") out.add(p.department);
  return out;
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
  const resolver = ctx.v2 ? new DepartmentResolver([...departmentNames(ctx.inspectors)], ctx.rules.authority, ctx.aliases) : null;
  const matterIndex = ctx.v2 && ctx.hasMatters ? new MatterIndex(ctx.matters) : null;
  const typed = new Set<string>();
  if (ctx.v2) for (const t of ctx.targets) if (t.subtype) typed.add(t.industry);
  return rows.map((row) => {
    const task = { ...row.task };
    if (task.code !== "") {
      const seen = firstRow.get(task.code);
      if (seen !== undefined) issues.error("DUPLICATE_TASK", row.sheet, row.at(row.codeKey), `抽查任务编号 ${task.code} 与第 ${seen} 行重复。`);
      else firstRow.set(task.code, task.row);
    }
    if (resolver) {
      resolveSeats(row, task, resolver, issues);
      if (task.notDrawn) return task;
    } else {
      for (const [dept, key] of [[task.initiator, "initiator"], ...task.partners.map((p) => [p, "partners"])] as [string, string][]) {
        if (dept !== "" && !departments.has(compactKey(dept))) {
          issues.error("TASK_DEPT_UNKNOWN", row.sheet, row.at(key), `任务 ${task.code} 的部门“${dept}”在执法检查人员名录库中没有执法人员。`);
        }
      }
    }
    task.scope = ctx.v2 ? resolveScopeV2(row, ctx, industries, areas, typed, issues) : resolveScope(row, ctx, industries, areas, issues);
    if (ctx.v2) resolveMattersV2(row, task, matterIndex, ctx.rules.mattersBound === true, issues);
    else task.matters = resolveMatters(row, ctx, issues);

    const seats = task.seats ? Math.max(1, task.seats.length) : 1 + task.partners.length;
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
