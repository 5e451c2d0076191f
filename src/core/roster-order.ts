import type { Target } from "./model";
import { sortedOrder } from "./sort";

interface Entry {
  length: number;
  first: Target | undefined;
  last: Target | undefined;
  order: Uint32Array;
  sorted: Target[];
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

/**
 * The targets with the given ids, by id; of a repeated id the last in roster order wins, as in a
 * Map built over the whole roster. Each id is found by binary search in the USCC order (which is
 * stable, so the last of equal ids is the last in the roster): the run, the quota check and the
 * result sheet each look up the drawn targets, a few percent of the roster, and no index over the
 * whole roster is built for them.
 */
export function targetsWithIds(targets: readonly Target[], ids: Iterable<string>): Map<string, Target> {
  const sorted = entry(targets).sorted;
  const out = new Map<string, Target>();
  for (const id of ids) {
    if (out.has(id)) continue;
    // The first position whose id sorts after `id`; the one before it holds the last `id`, if any.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].uscc <= id) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && sorted[lo - 1].uscc === id) out.set(id, sorted[lo - 1]);
  }
  return out;
}
