/**
 * Small deterministic helpers for the sample workbooks: a seeded PRNG, A1 addresses, dates.
 * Pure: no I/O, no Math.random, no clock.
 */

/** A seeded 32-bit PRNG (xorshift32 state, output scrambled by a multiply-xorshift finaliser). */
export class Prng {
  private state: number;

  constructor(seed: number) {
    // Spread the seed so that small seeds do not start in a weak region; state must never be 0.
    let s = (seed ^ 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (s ^ (s >>> 16)) >>> 0 || 0x6d2b79f5;
  }

  /** Next unsigned 32-bit integer. */
  nextU32(): number {
    let x = this.state;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.state = x;
    let z = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
    z = Math.imul(z ^ (z >>> 12), 0x297a2d39) >>> 0;
    return (z ^ (z >>> 15)) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }

  /** Uniform integer in [lo, hi] (inclusive). */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick by weight; `weights[i]` belongs to `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i];
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
}

/** Addresses and serials as the core computes them (0-based row and column indexes). */
export { columnLetter as colLetter, cellAddress as a1 } from "../../src/core/grid/address";
export { isoToSerial as excelSerial } from "../../src/core/values/date";

/** `2026-03-01` → `2026年3月1日`. */
export function cnDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** `2026-03-01` → `2026/3/1`. */
export function slashDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}/${m}/${d}`;
}

/** `2026-03-01` → `2026.3.1`. */
export function dotDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}.${m}.${d}`;
}

/** ASCII → full-width forms (digits, letters, `%`, `-`); other characters unchanged. */
export function toFullWidth(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c >= 0x21 && c <= 0x7e ? String.fromCharCode(c + 0xfee0) : ch;
  }
  return out;
}
