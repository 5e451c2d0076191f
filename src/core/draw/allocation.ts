import { ceilTimes, roundHalfUpTimes, type Fraction } from "../values/fraction";
import type { RoundingRule } from "../model";

/** k = rule(N × ratio), integer arithmetic only. */
export function ratioTake(size: number, ratio: Fraction, rule: RoundingRule): number {
  return rule === "ceil" ? ceilTimes(size, ratio) : roundHalfUpTimes(size, ratio);
}

export interface Share {
  key: string;
  /** Stratum size: shares are proportional to it. */
  size: number;
  /** Most this stratum can still take. */
  capacity: number;
}

/**
 * Shares `total` seats out over strata in proportion to their sizes by the largest-remainder
 * method: floors first, then one seat each to the largest remainders (ties: the key that sorts
 * first). A stratum never gets more than its capacity; what it cannot take is shared again among
 * the others. Returns the extra seats per stratum, or null when the capacities cannot hold `total`.
 */
export function largestRemainder(total: number, shares: readonly Share[]): number[] | null {
  const extra = shares.map(() => 0);
  if (shares.reduce((s, x) => s + x.capacity, 0) < total) return null;
  let remaining = total;
  let active = shares.map((_, i) => i).filter((i) => shares[i].capacity > 0);
  while (remaining > 0 && active.length > 0) {
    const sum = active.reduce((s, i) => s + shares[i].size, 0);
    const weight = (i: number): bigint => BigInt(sum === 0 ? 1 : shares[i].size);
    const denom = BigInt(sum === 0 ? active.length : sum);
    const portion = new Map<number, number>();
    const remainders: { i: number; rem: bigint }[] = [];
    let given = 0;
    for (const i of active) {
      const q = BigInt(remaining) * weight(i);
      const floor = Number(q / denom);
      portion.set(i, floor);
      remainders.push({ i, rem: q % denom });
      given += floor;
    }
    remainders.sort((a, b) => (a.rem === b.rem ? (shares[a.i].key < shares[b.i].key ? -1 : 1) : a.rem > b.rem ? -1 : 1));
    for (let j = 0; j < remaining - given; j++) portion.set(remainders[j].i, portion.get(remainders[j].i)! + 1);
    const over = active.filter((i) => extra[i] + portion.get(i)! > shares[i].capacity);
    if (over.length === 0) {
      for (const i of active) extra[i] += portion.get(i)!;
      remaining = 0;
      break;
    }
    // Fill the strata that overflow to capacity, then share the rest among the others again.
    for (const i of over) {
      remaining -= shares[i].capacity - extra[i];
      extra[i] = shares[i].capacity;
    }
    active = active.filter((i) => !over.includes(i));
  }
  return remaining === 0 ? extra : null;
}
