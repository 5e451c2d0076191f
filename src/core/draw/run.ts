import { HashedJson } from "../hash/hashed-json";
import { targetLookup } from "./roster-order";
import type { WorkbookReading } from "../model";
import { effectiveSeed, seedHashOf, smallestTickets, type PackedIdCache } from "./ticket";
import type { Exclusion } from "./eligibility";
import type { DrawPlan } from "./plan";
import { recusalIndex, sortInspectors, TeamDrawer, type TeamFailure, type TeamMember } from "./teams";
import { CapInRun, CAPPED_IN_RUN } from "./cap-in-run";

export interface Selected {
  id: string;
  name: string;
  stratum: string;
  ticket: string;
  team: TeamMember[];
}

export interface TaskResult {
  code: string;
  seedHash: string;
  selected: Selected[];
  excluded: Exclusion[];
}

/** A stratum that could not fill its count because earlier tasks of the run took its members to the yearly cap (§7.1). */
export interface StratumShortfall {
  stratum: string;
  take: number;
  size: number;
  /** Members passed over as capped in this run. */
  capped: number;
}

export type DrawFailure = { task: string; failure: TeamFailure; shortfall?: undefined } | { task: string; shortfall: StratumShortfall; failure?: undefined };

export type DrawOutcome = { ok: true; tasks: TaskResult[]; resultDigest: string } | ({ ok: false } & DrawFailure);

const NONE: ReadonlySet<string> = new Set();

const byTicket = (a: { ticket: string; id: string }, b: { ticket: string; id: string }): number =>
  a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The seeded part of the draw (docs/draw-spec.md §4–5), on a plan that is ok: per task (in code order)
 * the `take` smallest tickets of each stratum, then teams in ticket order, loads counted over the
 * whole run. A team that cannot be filled fails the whole draw; nothing is to be written.
 */
export function runDraw(plan: DrawPlan, reading: WorkbookReading, seed: string, mark?: (stage: string) => void): DrawOutcome {
  if (!plan.ok) throw new Error("runDraw needs a plan without errors");
  mark?.("tickets");
  // Tasks of one scope share their strata's lists of ids: a list used again keeps its packed
  // blocks until its last use.
  const packed: PackedIdCache = new Map();
  const uses = new Map<readonly string[], number>();
  for (const tp of plan.tasks) for (const s of tp.strata) uses.set(s.members, (uses.get(s.members) ?? 0) + 1);
  const targets = targetLookup(reading.targets);
  const cap = plan.capWithinRun ? new CapInRun(targets, plan.prior, reading.rules.yearlyCapPerTarget) : null;
  const picks: { tp: (typeof plan.tasks)[number]; seedHash: string; picked: Picked[]; passed: Exclusion[] }[] = [];
  for (const tp of plan.tasks) {
    const seedHash = seedHashOf(effectiveSeed(seed, tp.task.code));
    const picked: Picked[] = [];
    const passed: Exclusion[] = [];
    for (const s of tp.strata) {
      const left = uses.get(s.members)! - 1;
      uses.set(s.members, left);
      // §7.1: members capped by earlier tasks of this run are passed over in ticket order.
      const capped = cap ? cap.reached(tp.year, s.members) : NONE;
      let taken = 0;
      for (const x of smallestTickets(seedHash, s.members, s.take + capped.size, packed)) {
        if (taken === s.take) break;
        if (capped.has(x.id)) passed.push({ id: x.id, reason: CAPPED_IN_RUN });
        else {
          picked.push({ ...x, stratum: s.key });
          taken++;
        }
      }
      if (left === 0) packed.delete(s.members);
      if (taken < s.take) return { ok: false, task: tp.task.code, shortfall: { stratum: s.key, take: s.take, size: s.size, capped: capped.size } };
    }
    cap?.add(tp.year, picked.map((p) => p.id));
    picks.push({ tp, seedHash, picked: picked.sort(byTicket), passed });
  }
  mark?.("teams");
  const drawer = new TeamDrawer(sortInspectors(reading.inspectors), recusalIndex(reading.recusals), reading.rules);
  const tasks: TaskResult[] = [];
  for (const { tp, seedHash, picked, passed } of picks) {
    const teams = drawer.forTask(tp.task, seedHash);
    const selected: Selected[] = [];
    for (const p of picked) {
      const target = targets.get(p.id)!;
      const team = teams.draw(target);
      if (!team.ok) return { ok: false, task: tp.task.code, failure: team.failure };
      selected.push({ id: p.id, name: target.name, stratum: p.stratum, ticket: p.ticket, team: team.team });
    }
    tasks.push({ code: tp.task.code, seedHash, selected, excluded: passed.length ? [...tp.excluded, ...passed] : tp.excluded });
  }
  return { ok: true, tasks, resultDigest: resultDigest(tasks) };
}

interface Picked {
  id: string;
  ticket: string;
  stratum: string;
}

/**
 * SHA-256 of the canonical JSON of the drawn targets and teams, tasks by code, targets in ticket
 * order: {"tasks":[{"code","selected":[{"id","stratum","team":[{"certificate","department",
 * "expert","leader","name"}],"ticket"}]}]} — keys sorted, written out and hashed as it is written.
 */
export function resultDigest(tasks: readonly Pick<TaskResult, "code" | "selected">[]): string {
  const json = new HashedJson().raw('{"tasks":[');
  tasks.forEach((t, i) => {
    json.raw(i ? ',{"code":' : '{"code":').string(t.code).raw(',"selected":[');
    t.selected.forEach((s, j) => {
      json.raw(j ? ',{"id":' : '{"id":').string(s.id).raw(',"stratum":').string(s.stratum).raw(',"team":[');
      s.team.forEach((m, k) => {
        json.raw(k ? ',{"certificate":' : '{"certificate":').string(m.certificate).raw(',"department":').string(m.department);
        json.raw(',"expert":').bool(m.expert).raw(',"leader":').bool(m.leader).raw(',"name":').string(m.name).raw("}");
      });
      json.raw('],"ticket":').string(s.ticket).raw("}").drain();
    });
    json.raw("]}");
  });
  json.raw("]}");
  return json.digestHex();
}
