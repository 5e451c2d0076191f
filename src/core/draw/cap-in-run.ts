import type { Target } from "../model";
import type { PriorSelection } from "./eligibility";
import type { TargetLookup } from "./roster-order";

/** The reason recorded for a target passed over because earlier tasks of the same run reached its cap (§7.1). */
export const CAPPED_IN_RUN = "本次抽取中已达年度上限";

/**
 * The yearly cap inside one run (docs/draw-spec.md §7.1). Every target eligible for a task has
 * room for at least one more selection that year: its room is 同一对象年度抽查上限 less
 * 本年已检查次数 and earlier kept draws of the year. Tasks of the run, in code order, use it up.
 */
export class CapInRun {
  private readonly prior = new Map<string, number>();
  /** Per year: USCC → times earlier tasks of this run drew (or, for the plan, could draw) it. */
  private readonly counts = new Map<string, Map<string, number>>();

  constructor(
    private readonly targets: TargetLookup,
    prior: readonly PriorSelection[],
    private readonly cap: number,
  ) {
    for (const p of prior) this.prior.set(`${p.year}|${p.uscc}`, p.count);
  }

  /** Selections left before the cap (at least 1 for a target eligible for a task of `year`). */
  room(year: string, id: string): number {
    const t: Target | undefined = this.targets.get(id);
    return this.cap - (t?.checksThisYear ?? 0) - (this.prior.get(`${year}|${id}`) ?? 0);
  }

  private of(year: string): Map<string, number> {
    let m = this.counts.get(year);
    if (!m) this.counts.set(year, (m = new Map()));
    return m;
  }

  /** Counts one more selection (or possible selection) in `year` for each id. */
  add(year: string, ids: Iterable<string>): void {
    const m = this.of(year);
    for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
  }

  /** The members (USCCs, sorted) whose count this run has reached the cap. */
  reached(year: string, members: readonly string[]): Set<string> {
    const out = new Set<string>();
    const m = this.counts.get(year);
    if (!m) return out;
    // Whichever is shorter is walked: the run's few selections, or a small stratum against a plan's pools.
    if (m.size <= members.length) {
      for (const [id, n] of m) if (n >= this.room(year, id) && contains(members, id)) out.add(id);
    } else {
      for (const id of members) {
        const n = m.get(id);
        if (n !== undefined && n >= this.room(year, id)) out.add(id);
      }
    }
    return out;
  }
}

/** Binary search in USCCs sorted by code unit. */
export function contains(sorted: readonly string[], id: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
