import { contains, type CapInRun } from "./cap-in-run";

interface EarlierTask {
  /** Its eligible USCCs, sorted. */
  ids: readonly string[];
  take: number;
}

/**
 * Before the seed: how many members of a stratum the earlier tasks of the run could push to the
 * yearly cap (docs/draw-spec.md §7.1). A member can be pushed only if enough earlier pools hold it
 * to use up its room, and all pushed members together need at least the sum of their rooms in
 * selections, while an earlier task makes at most min(its count, its pool's overlap with the
 * stratum) of them. The bound is sound: the draw can never push more.
 */
export class CapPressure {
  private readonly earlier = new Map<string, EarlierTask[]>();
  /** Per year: how many of its earlier tasks' pools are counted in `pools` (counted only when a stratum needs it). */
  private readonly counted = new Map<string, number>();

  private made: CapInRun | null = null;

  /** `pools`: made on first need (it indexes the roster). */
  constructor(private readonly makePools: () => CapInRun) {}

  private get pools(): CapInRun {
    return (this.made ??= this.makePools());
  }

  /**
   * An upper bound of the members that earlier tasks could push to the cap, exact enough to decide
   * whether `take` can run short. Each pushed member needs at least one selection, so when the
   * earlier tasks' counts leave enough members anyway, the pools are never counted (the usual case
   * with large rosters: counting every pool member of every task would cost more than the plan).
   */
  pushable(year: string, members: readonly string[], take: number): number {
    const tasks = this.earlier.get(year) ?? [];
    const bound = Math.min(members.length, tasks.reduce((a, t) => a + t.take, 0));
    if (members.length - bound >= take) return bound;
    for (let i = this.counted.get(year) ?? 0; i < tasks.length; i++) this.pools.add(year, tasks[i].ids);
    this.counted.set(year, tasks.length);
    const candidates = this.pools.reached(year, members);
    if (candidates.size === 0) return 0;
    const rooms = [...candidates].map((id) => this.pools.room(year, id)).sort((a, b) => a - b);
    const coarse = fit(rooms, tasks.reduce((a, t) => a + t.take, 0));
    if (members.length - coarse >= take) return coarse;
    return fit(rooms, tasks.reduce((a, t) => a + Math.min(t.take, overlap(t.ids, members)), 0));
  }

  /** A task planned: its pool counts against later tasks of the same year. */
  add(year: string, ids: readonly string[], take: number): void {
    let list = this.earlier.get(year);
    if (!list) this.earlier.set(year, (list = []));
    list.push({ ids, take });
  }
}

/** How many of the rooms (ascending) `selections` can use up, smallest first. */
function fit(rooms: readonly number[], selections: number): number {
  let used = 0;
  let n = 0;
  for (const r of rooms) {
    if (used + r > selections) break;
    used += r;
    n++;
  }
  return n;
}

/** Size of the intersection of two sorted USCC lists, walking the shorter. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let n = 0;
  for (const id of short) if (contains(long, id)) n++;
  return n;
}
