import type { Target } from "../model";
import { sortedOrder } from "./sort";

interface Entry {
  length: number;
  first: Target | undefined;
  last: Target | undefined;
  order: Uint32Array;
  sorted: Target[];
  /** By USCC, the last of a repeated one winning; built on first use. */
  byId?: IdIndex;
}

/**
 * Targets in USCC order (stable), computed once per roster: the reader's duplicate check, the
 * plan, the frame and the lookups of drawn targets all need it, and a million ids take a while to
 * sort. Keyed by the array; rosters are never changed after reading (a changed length or end
 * element is noticed and the order recomputed).
 */
const cache = new WeakMap<readonly Target[], Entry>();

function entry(targets: readonly Target[]): Entry {
  const hit = cache.get(targets);
  if (hit && hit.length === targets.length && hit.first === targets[0] && hit.last === targets[targets.length - 1]) return hit;
  const order = sortedOrder(targets.map((t) => t.uscc));
  const sorted = new Array<Target>(targets.length);
  for (let i = 0; i < order.length; i++) sorted[i] = targets[order[i]];
  const made = { length: targets.length, first: targets[0], last: targets[targets.length - 1], order, sorted };
  cache.set(targets, made);
  return made;
}

export const targetsInUsccOrder = (targets: readonly Target[]): Target[] => entry(targets).sorted;

/** The indices of `targets` in USCC order (stable). */
export const usccOrder = (targets: readonly Target[]): Uint32Array => entry(targets).order;

/** Finds a target by USCC. */
export interface TargetLookup {
  get(id: string): Target | undefined;
}

/**
 * The roster by USCC; of a repeated id the last in roster order wins, as in a Map built over the
 * whole roster. Built once per roster and shared: the run, the quota check and the result sheet
 * each look up the drawn targets.
 */
export function targetLookup(targets: readonly Target[]): TargetLookup {
  const e = entry(targets);
  return (e.byId ??= new IdIndex(targets));
}

/**
 * USCC → target, open addressing over an Int32Array (FNV-1a of the id): a million entries build in
 * a fraction of the time of a Map and hold no per-entry objects.
 */
class IdIndex implements TargetLookup {
  /** Target index + 1 per slot (0 = empty), and the id's full hash beside it: probing compares hashes, not strings. */
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(private readonly targets: readonly Target[]) {
    let size = 16;
    while (size < 2 * targets.length) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < targets.length; i++) {
      const id = targets[i].uscc;
      const hash = fnv1a(id);
      let h = hash & this.mask;
      while (this.slots[h] !== 0 && !(this.hashes[h] === hash && targets[this.slots[h] - 1].uscc === id)) h = (h + 1) & this.mask;
      this.slots[h] = i + 1; // a repeated id: the later one replaces the earlier
      this.hashes[h] = hash;
    }
  }

  get(id: string): Target | undefined {
    const hash = fnv1a(id);
    for (let h = hash & this.mask; this.slots[h] !== 0; h = (h + 1) & this.mask) {
      if (this.hashes[h] !== hash) continue;
      const t = this.targets[this.slots[h] - 1];
      if (t.uscc === id) return t;
    }
    return undefined;
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
