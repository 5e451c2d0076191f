import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plusFromState } from "pure-rand/generator/xoroshiro128plus";
import { sha256Bytes } from "../hash/digest";
import { fieldsCover } from "../values/industry";
import { InspectorFacts } from "./inspector-facts";
import { LowestLoad, RunLoads } from "./lowest-load";
import type { Inspector, Recusal, Rules, Target, Task } from "../model";
import { PrefixedSha256 } from "../hash/sha256";
import { sortByKey } from "./sort";
import { compactKey } from "../values/text";

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
 * The assignment stream of one target (docs/draw-spec.md §5): the first 16 bytes of
 * SHA-256(seedHash + "|assign|" + id) as four big-endian int32 words → xoroshiro128+ state.
 */
export function assignmentState(seedHash: string, id: string): number[] {
  return stateFromBytes(sha256Bytes(`${seedHash}|assign|${id}`));
}

/** stateFromBytes from digest words (already big-endian int32). */
function stateFromWords(words: Int32Array): number[] {
  const state = [words[0], words[1], words[2], words[3]];
  return state.every((w) => w === 0) ? [0, 0, 0, 1] : state;
}

/** Four big-endian signed 32-bit words from 16 bytes; all zeros (a dead xoroshiro state) → [0,0,0,1]. */
export function stateFromBytes(b: Uint8Array): number[] {
  const state = [0, 1, 2, 3].map((i) => ((b[4 * i] << 24) | (b[4 * i + 1] << 16) | (b[4 * i + 2] << 8) | b[4 * i + 3]) | 0);
  return state.every((w) => w === 0) ? [0, 0, 0, 1] : state;
}

/** Departments of a task, in the sorted order their slots are filled (dr-2026.1: one department a slot). */
export function taskDepartments(task: Task): string[] {
  const seen = new Map<string, string>();
  for (const d of [task.initiator, ...task.partners]) if (!seen.has(compactKey(d))) seen.set(compactKey(d), d);
  return [...seen.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** One department slot: its label, and the compactKeys of the departments that may fill it. */
export interface DepartmentSlot {
  label: string;
  keys: string[];
}

/**
 * The department slots of a task in the order they are filled (sorted by label), every department
 * the task may draw officers from, and those whose officer is 组长. dr-2026.1: each department of
 * the task is a slot of its own. dr-2026.2: the resolved seats — a slot may be filled from any of
 * several departments (a slash list, the bureau itself), and partners sending their own officers
 * take none (docs/draw-spec.md §7.2).
 */
export function departmentSlots(task: Task): { slots: DepartmentSlot[]; keys: string[]; leaders: string[] } {
  if (!task.seats) {
    const slots = taskDepartments(task).map((d) => ({ label: d, keys: [compactKey(d)] }));
    return { slots, keys: slots.map((s) => s.keys[0]), leaders: [compactKey(task.initiator)] };
  }
  const slots = task.seats.map((g) => ({ label: g.label, keys: g.departments.map(compactKey) })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const keys = [...new Set(slots.flatMap((s) => s.keys))];
  return { slots, keys, leaders: task.seats[0]?.departments.map(compactKey) ?? [] };
}

/**
 * Why an inspector cannot serve on this task's team for this target; null when eligible (load
 * aside). `departments`: compactKeys of taskDepartments(task), for callers that ask often.
 */
export function whyNot(
  p: Inspector,
  task: Task,
  target: Target,
  recused: ReadonlySet<string>,
  expertSeat: boolean,
  departments: readonly string[] = departmentSlots(task).keys,
): string | null {
  if (expertSeat !== p.expert) return p.expert ? "专家不计入执法人员" : "不是专家";
  if (p.status !== "在岗") return `状态为${p.status}`;
  if (!p.expert && p.certExpiry !== null && p.certExpiry < task.end) return `执法证 ${p.certExpiry} 到期，早于任务结束 ${task.end}`;
  if (!p.expert && !departments.includes(compactKey(p.department))) return `所属部门“${p.department}”不参加本任务`;
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

const NO_RECUSALS: ReadonlySet<string> = new Set();

/** A seat's candidates: inspector indices in order, each one's load slot beside it, and those with the lowest load. */
interface Candidates {
  members: Int32Array;
  slots: Int32Array;
  lowest: LowestLoad;
}

interface Seat {
  label: string;
  /** compactKeys of the departments the seat is reserved for, or null (any of the task's). */
  departments: readonly string[] | null;
  expert: boolean;
}

/**
 * Team assignment for one draw run (docs/draw-spec.md §5): inspectors sorted by 执法证号, loads counted
 * over the whole run (per inspector id, as `Loads` would), then one `forTask` per task.
 */
export class TeamDrawer {
  /** Load slot of each inspector: inspectors sharing an id share a load. */
  private readonly slot: Int32Array;
  private readonly loads: RunLoads;
  /** Scratch: the candidates of a seat with the lowest load, in order. */
  private readonly pool: Int32Array;
  private readonly facts: InspectorFacts;
  private readonly ids: string[];

  constructor(
    /** Sorted by sortInspectors. */
    private readonly inspectors: readonly Inspector[],
    private readonly recusals: ReadonlyMap<string, ReadonlySet<string>>,
    private readonly rules: Rules,
  ) {
    const slots = new Map<string, number>();
    this.ids = inspectors.map(inspectorId);
    this.slot = new Int32Array(inspectors.length);
    for (let i = 0; i < inspectors.length; i++) {
      let n = slots.get(this.ids[i]);
      if (n === undefined) slots.set(this.ids[i], (n = slots.size));
      this.slot[i] = n;
    }
    this.loads = new RunLoads(slots.size);
    this.pool = new Int32Array(inspectors.length);
    this.facts = new InspectorFacts(inspectors);
  }

  /** The drawer of one task's teams; `seedHash` is the task's. */
  forTask(task: Task, seedHash: string): TaskTeams {
    return new TaskTeams(this, task, seedHash);
  }

  /** @internal The inspectors who may take `seat` for targets of `industry` (loads and recusals aside), in order. */
  candidates(task: Task, departments: readonly string[], industry: string, seat: Seat): Candidates {
    const covers = this.facts.covers(industry);
    const pool = this.pool;
    let n = 0;
    for (let i = 0; i < this.inspectors.length; i++) {
      if ((seat.departments === null || seat.departments.includes(this.facts.department[i])) && this.facts.canServe(i, task, departments, covers, seat.expert)) pool[n++] = i;
    }
    const members = pool.slice(0, n);
    const slots = new Int32Array(n);
    for (let j = 0; j < n; j++) slots[j] = this.slot[members[j]];
    return { members, slots, lowest: new LowestLoad(slots, this.loads) };
  }

  /** @internal The team for one target, or the seat nobody could take. */
  draw(task: Task, seats: readonly Seat[], leaders: readonly string[], lists: readonly Candidates[], target: Target, rng: ReturnType<typeof xoroshiro128plusFromState>): TeamResult {
    const recused = this.recusals.size === 0 ? NO_RECUSALS : (this.recusals.get(target.uscc) ?? NO_RECUSALS);
    const anyRecused = recused.size > 0;
    const cap = this.rules.inspectorLoadCap ?? Infinity;
    const loads = this.loads.load;
    const chosen: number[] = [];
    const pool = this.pool;
    for (let s = 0; s < seats.length; s++) {
      const { members, slots } = lists[s];
      if (!anyRecused) {
        const pick = pickLowest(lists[s], chosen, cap, rng);
        if (pick >= 0) {
          chosen.push(pick);
          continue;
        }
      }
      // The general rule, by scanning: recusals for this target, everyone at the lowest load
      // already on the team, or the load cap reached.
      let lowest = Infinity;
      let size = 0;
      for (let j = 0; j < members.length; j++) {
        const load = loads[slots[j]];
        if (load > lowest || load >= cap) continue;
        const i = members[j];
        if (chosen.includes(i) || (anyRecused && recused.has(this.ids[i]))) continue;
        if (load < lowest) {
          lowest = load;
          size = 0;
        }
        pool[size++] = i;
      }
      if (size === 0) return { ok: false, failure: { target: target.uscc, seat: seats[s].label, reasons: this.seatReasons(task, target, recused, seats[s], chosen) } };
      chosen.push(pool[uniformInt(rng, 0, size - 1)]);
    }
    for (const i of chosen) this.loads.raise(this.slot[i]);
    const leader = chosen.find((i) => !this.inspectors[i].expert && leaders.includes(this.facts.department[i]));
    return {
      ok: true,
      team: chosen.map((i) => {
        const p = this.inspectors[i];
        return { certificate: p.cert, name: p.name, department: p.department, leader: i === leader, expert: p.expert };
      }),
    };
  }

  /** Why nobody could take a seat: every relevant inspector with the reason (the slow path, on failure only). */
  private seatReasons(task: Task, target: Target, recused: ReadonlySet<string>, seat: Seat, chosen: readonly number[]): { inspector: string; reason: string }[] {
    const departments = departmentSlots(task).keys;
    const cap = this.rules.inspectorLoadCap;
    const reasons: { inspector: string; reason: string }[] = [];
    this.inspectors.forEach((p, i) => {
      if (chosen.includes(i)) return;
      if (seat.departments !== null && !seat.departments.includes(this.facts.department[i])) return;
      const relevant = seat.expert ? p.expert : !p.expert && departments.includes(this.facts.department[i]);
      if (!relevant) return;
      const why = whyNot(p, task, target, recused, seat.expert) ?? (cap !== null && this.loads.load[this.slot[i]] >= cap ? `已抽满每名执法人员上限 ${cap} 家` : null);
      if (why) reasons.push({ inspector: `${p.name}（${p.cert || "无证号"}）`, reason: why });
    });
    return reasons;
  }
}

/**
 * The seat's pick when it is the lowest-load set less the team's earlier seats: the same
 * `uniformInt` over the same candidates in the same order as the scan would make; -1 (the rng
 * untouched) when that set is empty or over the load cap, for the scan to decide.
 */
function pickLowest(list: Candidates, chosen: readonly number[], cap: number, rng: ReturnType<typeof xoroshiro128plusFromState>): number {
  const lowest = list.lowest;
  lowest.sync();
  if (lowest.level >= cap) return -1;
  const left: number[] = [];
  for (const i of chosen) {
    const j = positionOf(list.members, i);
    if (j >= 0 && lowest.isLowest(j)) {
      lowest.set(j, 0);
      left.push(j);
    }
  }
  const pick = lowest.count > 0 ? list.members[lowest.select(uniformInt(rng, 0, lowest.count - 1))] : -1;
  for (const j of left) lowest.set(j, 1);
  return pick;
}

/** Index of `value` in the ascending `list`, or -1. */
function positionOf(list: Int32Array, value: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return mid;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * One task's teams: department slots first (departments in sorted order), then the remaining
 * seats from all departments, then an expert when the task asks. For each seat: the eligible
 * candidates not yet on the team with the lowest load, one picked by uniformInt from the target's
 * own stream.
 */
export class TaskTeams {
  private readonly seats: Seat[];
  private readonly departments: string[];
  private readonly leaders: string[];
  private readonly byIndustry = new Map<string, Candidates[]>();
  private readonly streams: PrefixedSha256;

  constructor(
    private readonly drawer: TeamDrawer,
    private readonly task: Task,
    seedHash: string,
  ) {
    const { slots, keys, leaders } = departmentSlots(task);
    this.departments = keys;
    this.leaders = leaders;
    this.seats = [
      ...slots.map((d) => ({ label: `“${d.label}”的执法人员`, departments: d.keys, expert: false })),
      ...Array.from({ length: Math.max(0, task.teamSize - slots.length) }, (_, i) => ({ label: `第 ${slots.length + i + 1} 名执法人员`, departments: null, expert: false })),
      ...(task.needExpert ? [{ label: "专家", departments: null, expert: true }] : []),
    ];
    this.streams = new PrefixedSha256(seedHash);
  }

  draw(target: Target): TeamResult {
    let lists = this.byIndustry.get(target.industry);
    if (!lists) {
      lists = this.seats.map((seat) => this.drawer.candidates(this.task, this.departments, target.industry, seat));
      this.byIndustry.set(target.industry, lists);
    }
    const words = this.streams.words(`|assign|${target.uscc}`);
    const rng = xoroshiro128plusFromState(stateFromWords(words));
    return this.drawer.draw(this.task, this.seats, this.leaders, lists, target, rng);
  }
}

/**
 * Inspectors in the order the draw considers them: by 执法证号, then name. Sorted once per roster
 * (the plan, the frame and the run each ask); rosters are not changed after reading, and a changed
 * length or end element is noticed. Callers must not change the returned array.
 */
export function sortInspectors(list: readonly Inspector[]): readonly Inspector[] {
  const hit = sortedRosters.get(list);
  if (hit && hit.length === list.length && hit.first === list[0] && hit.last === list[list.length - 1]) return hit.sorted;
  const sorted = sortByKey(list, (p) => `${p.cert}\u0000${p.name}`);
  sortedRosters.set(list, { length: list.length, first: list[0], last: list[list.length - 1], sorted });
  return sorted;
}

const sortedRosters = new WeakMap<readonly Inspector[], { length: number; first: Inspector | undefined; last: Inspector | undefined; sorted: readonly Inspector[] }>();

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
