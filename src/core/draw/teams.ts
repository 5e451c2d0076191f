import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { sha256Bytes } from "../hash";
import { fieldsCover } from "../industry";
import type { Inspector, Recusal, Rules, Target, Task } from "../model";
import { compactKey } from "../text";

export interface TeamMember {
  certificate: string;
  name: string;
  department: string;
  leader: boolean;
  expert: boolean;
}

/** The key an inspector is known by in loads and recusals: 执法证号, or the name of an expert without one. */
export const inspectorId = (p: Inspector): string => p.cert || p.name;

/**
 * The assignment stream of one target (DRAW-SPEC.md §5): the first 16 bytes of
 * SHA-256(seedHash + "|assign|" + id) as four big-endian int32 words → xoroshiro128+ state.
 */
export function assignmentState(seedHash: string, id: string): number[] {
  return stateFromBytes(sha256Bytes(`${seedHash}|assign|${id}`));
}

/** Four big-endian signed 32-bit words from 16 bytes; all zeros (a dead xoroshiro state) → [0,0,0,1]. */
export function stateFromBytes(b: Uint8Array): number[] {
  const state = [0, 1, 2, 3].map((i) => ((b[4 * i] << 24) | (b[4 * i + 1] << 16) | (b[4 * i + 2] << 8) | b[4 * i + 3]) | 0);
  return state.every((w) => w === 0) ? [0, 0, 0, 1] : state;
}

/** Departments of a task, in the sorted order their slots are filled. */
export function taskDepartments(task: Task): string[] {
  const seen = new Map<string, string>();
  for (const d of [task.initiator, ...task.partners]) if (!seen.has(compactKey(d))) seen.set(compactKey(d), d);
  return [...seen.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Why an inspector cannot serve on this task's team for this target; null when eligible (load aside). */
export function whyNot(p: Inspector, task: Task, target: Target, recused: ReadonlySet<string>, expertSeat: boolean): string | null {
  if (expertSeat !== p.expert) return p.expert ? "专家不计入执法人员" : "不是专家";
  if (p.status !== "在岗") return `状态为${p.status}`;
  if (!p.expert && p.certExpiry !== null && p.certExpiry < task.end) return `执法证 ${p.certExpiry} 到期，早于任务结束 ${task.end}`;
  if (!p.expert && !taskDepartments(task).some((d) => compactKey(d) === compactKey(p.department))) return `所属部门“${p.department}”不参加本任务`;
  if (!fieldsCover(p.fields, target.industry)) return `执法领域（${p.fields.join("、")}）不含“${target.industry}”`;
  if (recused.has(inspectorId(p))) return "在回避名单上";
  return null;
}

export interface TeamFailure {
  target: string;
  seat: string;
  reasons: { inspector: string; reason: string }[];
}

export type TeamResult = { ok: true; team: TeamMember[] } | { ok: false; failure: TeamFailure };

/** Loads over the whole draw run: inspector id → targets assigned so far. */
export type Loads = Map<string, number>;

export interface TeamContext {
  task: Task;
  /** Inspectors sorted by 执法证号 (then name). */
  inspectors: readonly Inspector[];
  recusals: ReadonlyMap<string, ReadonlySet<string>>;
  rules: Rules;
  loads: Loads;
  /** Per industry and seat kind: the inspectors that pass every check but recusal and load (filled lazily). */
  cache?: Map<string, Inspector[]>;
}

const NO_RECUSALS: ReadonlySet<string> = new Set();

function staticCandidates(ctx: TeamContext, industry: string, expert: boolean): Inspector[] {
  ctx.cache ??= new Map();
  const key = `${expert ? "E" : "O"}\u0000${industry}`;
  let list = ctx.cache.get(key);
  if (!list) {
    const probe = { industry } as Target;
    list = ctx.inspectors.filter((p) => whyNot(p, ctx.task, probe, NO_RECUSALS, expert) === null);
    ctx.cache.set(key, list);
  }
  return list;
}

/** Why nobody could take a seat: every relevant inspector with the reason (the slow path, on failure only). */
function seatReasons(ctx: TeamContext, target: Target, recused: ReadonlySet<string>, seat: { department: string | null; expert: boolean }, chosen: readonly Inspector[]): { inspector: string; reason: string }[] {
  const { task, rules, loads } = ctx;
  const departments = taskDepartments(task);
  const reasons: { inspector: string; reason: string }[] = [];
  for (const p of ctx.inspectors) {
    if (chosen.includes(p)) continue;
    if (seat.department !== null && compactKey(p.department) !== compactKey(seat.department)) continue;
    const relevant = seat.expert ? p.expert : !p.expert && departments.some((d) => compactKey(d) === compactKey(p.department));
    if (!relevant) continue;
    const why = whyNot(p, task, target, recused, seat.expert) ?? (rules.inspectorLoadCap !== null && (loads.get(inspectorId(p)) ?? 0) >= rules.inspectorLoadCap ? `已抽满每名执法人员上限 ${rules.inspectorLoadCap} 家` : null);
    if (why) reasons.push({ inspector: `${p.name}（${p.cert || "无证号"}）`, reason: why });
  }
  return reasons;
}

/**
 * Draws the team for one target: department slots first (departments in sorted order), then the
 * remaining seats from all departments, then an expert when the task asks. For each seat: the
 * eligible candidates not yet on the team with the lowest load, one picked by uniformInt.
 */
export function drawTeam(ctx: TeamContext, target: Target, seedHash: string): TeamResult {
  const { task, rules, loads } = ctx;
  const rng = xoroshiro128plusFromState(assignmentState(seedHash, target.uscc));
  const recused = ctx.recusals.get(target.uscc) ?? NO_RECUSALS;
  const chosen: Inspector[] = [];
  const departments = taskDepartments(task);
  const seats: { label: string; department: string | null; expert: boolean }[] = [
    ...departments.map((d) => ({ label: `“${d}”的执法人员`, department: d, expert: false })),
    ...Array.from({ length: Math.max(0, task.teamSize - departments.length) }, (_, i) => ({ label: `第 ${departments.length + i + 1} 名执法人员`, department: null, expert: false })),
    ...(task.needExpert ? [{ label: "专家", department: null, expert: true }] : []),
  ];
  const load = (p: Inspector): number => loads.get(inspectorId(p)) ?? 0;
  const cap = rules.inspectorLoadCap;
  for (const seat of seats) {
    const slot = seat.department === null ? null : compactKey(seat.department);
    const candidates = staticCandidates(ctx, target.industry, seat.expert).filter(
      (p) => !chosen.includes(p) && (slot === null || compactKey(p.department) === slot) && !recused.has(inspectorId(p)) && (cap === null || load(p) < cap),
    );
    if (candidates.length === 0) return { ok: false, failure: { target: target.uscc, seat: seat.label, reasons: seatReasons(ctx, target, recused, seat, chosen) } };
    let lowest = Infinity;
    for (const p of candidates) lowest = Math.min(lowest, load(p));
    const pool = candidates.filter((p) => load(p) === lowest);
    chosen.push(pool[uniformInt(rng, 0, pool.length - 1)]);
  }
  for (const p of chosen) loads.set(inspectorId(p), load(p) + 1);
  const leaderIndex = chosen.findIndex((p) => !p.expert && compactKey(p.department) === compactKey(task.initiator));
  return {
    ok: true,
    team: chosen.map((p, i) => ({ certificate: p.cert, name: p.name, department: p.department, leader: i === leaderIndex, expert: p.expert })),
  };
}

/** Inspectors in the order the draw considers them: by 执法证号, then name. */
export function sortInspectors(list: readonly Inspector[]): Inspector[] {
  const key = (p: Inspector): string => `${p.cert}\u0000${p.name}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Recusals as target → set of inspector ids. */
export function recusalIndex(recusals: readonly Recusal[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const r of recusals) {
    const set = m.get(r.target);
    if (set) set.add(r.inspector);
    else m.set(r.target, new Set([r.inspector]));
  }
  return m;
}
