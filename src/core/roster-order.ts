import type { Target } from "./model";
import { sortedOrder } from "./sort";

interface Entry {
  length: number;
  first: Target | undefined;
  last: Target | undefined;
  order: Uint32Array;
  sorted: Target[];
  /** By USCC, the last of a repeated one winning; built on first use. */
  byId?: Map<string, Target>;
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
 * Map built over the whole roster — which is what this keeps per roster, built once: the run, the
 * quota check and the result sheet each look up the drawn targets.
 */
export function targetsWithIds(targets: readonly Target[], ids: Iterable<string>): Map<string, Target> {
  const e = entry(targets);
  if (!e.byId) {
    e.byId = new Map();
    for (const t of targets) e.byId.set(t.uscc, t);
  }
  const out = new Map<string, Target>();
  for (const id of ids) {
    const t = e.byId.get(id);
    if (t) out.set(id, t);
  }
  return out;
}
