/**
 * Loads counted over a draw run (docs/draw-spec.md §5), one per load slot, and the order in which they
 * rose, so that each LowestLoad catches up with only what changed since it last looked.
 */
export class RunLoads {
  readonly load: Int32Array;
  /** Slots in the order their load rose, once per rise. */
  readonly rises: number[] = [];

  constructor(slots: number) {
    this.load = new Int32Array(slots);
  }

  raise(slot: number): void {
    this.load[slot] += 1;
    this.rises.push(slot);
  }
}

/**
 * The positions of one candidate list whose load is the list's lowest, in list order, with the
 * k-th of them in O(log n): a seat's pick is `uniformInt` over exactly these (less the ones already
 * on the team), so scanning the whole list for every seat of every target is not needed. Loads
 * only rise during a run, so a position leaves the set when its slot rises and the set is rebuilt
 * (at the next level) only when it is empty.
 */
export class LowestLoad {
  /** The lowest load of the list when the set was last rebuilt. */
  level = 0;
  /** How many positions are in the set. */
  count = 0;
  private readonly n: number;
  /** 1 where the position is in the set. */
  private readonly on: Uint8Array;
  /** Fenwick tree over `on` (1-based). */
  private readonly tree: Int32Array;
  private readonly top: number;
  /** Positions by slot: the first, then a chain (for slots shared by several inspectors). */
  private readonly firstOfSlot = new Map<number, number>();
  private readonly nextOfSlot: Int32Array;
  /** How many of `loads.rises` this set has caught up with. */
  private seen: number;

  constructor(
    /** Load slot of each position. */
    private readonly slots: Int32Array,
    private readonly loads: RunLoads,
  ) {
    const n = slots.length;
    this.n = n;
    this.on = new Uint8Array(n);
    this.tree = new Int32Array(n + 1);
    this.top = n === 0 ? 0 : 2 ** Math.floor(Math.log2(n));
    this.nextOfSlot = new Int32Array(n).fill(-1);
    for (let j = n - 1; j >= 0; j--) {
      const first = this.firstOfSlot.get(slots[j]);
      if (first !== undefined) this.nextOfSlot[j] = first;
      this.firstOfSlot.set(slots[j], j);
    }
    this.seen = loads.rises.length;
    this.rebuild();
  }

  /** Brings the set up to date with the loads; call before `isLowest`, `select` and `count`. */
  sync(): void {
    // A slot that rose was at the level or above it: it is above it now.
    const rises = this.loads.rises;
    for (; this.seen < rises.length; this.seen++) {
      const slot = rises[this.seen];
      for (let j = this.firstOfSlot.get(slot) ?? -1; j >= 0; j = this.nextOfSlot[j]) if (this.on[j]) this.set(j, 0);
    }
    if (this.count === 0) this.rebuild();
  }

  /** Whether position `j` is in the set. */
  isLowest(j: number): boolean {
    return this.on[j] === 1;
  }

  /** Takes position `j` out of the set or puts it back (to leave out a team's earlier seats). */
  set(j: number, bit: 0 | 1): void {
    if (this.on[j] === bit) return;
    this.on[j] = bit;
    const delta = bit ? 1 : -1;
    this.count += delta;
    for (let i = j + 1; i <= this.n; i += i & -i) this.tree[i] += delta;
  }

  /** The position of the k-th (from 0) member of the set, in list order. */
  select(k: number): number {
    let pos = 0;
    let rest = k + 1;
    for (let step = this.top; step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.n && this.tree[next] < rest) {
        pos = next;
        rest -= this.tree[next];
      }
    }
    return pos;
  }

  private rebuild(): void {
    const { slots, on, tree, n } = this;
    const load = this.loads.load;
    let level = Infinity;
    for (let j = 0; j < n; j++) if (load[slots[j]] < level) level = load[slots[j]];
    this.level = level === Infinity ? 0 : level;
    this.count = 0;
    for (let j = 0; j < n; j++) {
      on[j] = load[slots[j]] === level ? 1 : 0;
      this.count += on[j];
      tree[j + 1] = on[j];
    }
    for (let i = 1; i <= n; i++) {
      const parent = i + (i & -i);
      if (parent <= n) tree[parent] += tree[i];
    }
    tree[0] = 0;
  }
}
