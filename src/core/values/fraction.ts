/** An exact non-negative fraction. Quotas are never computed in floating point. */
export interface Fraction {
  num: number;
  den: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function fraction(num: number, den: number): Fraction {
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0 || num < 0) {
    throw new RangeError(`invalid fraction ${num}/${den}`);
  }
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** `a/b` ≥ `c/d`, exactly. */
export function fractionAtLeast(a: Fraction, b: Fraction): boolean {
  return BigInt(a.num) * BigInt(b.den) >= BigInt(b.num) * BigInt(a.den);
}

/** ceil(n × f) with integers only. */
export function ceilTimes(n: number, f: Fraction): number {
  const p = BigInt(n) * BigInt(f.num);
  const d = BigInt(f.den);
  return Number((p + d - 1n) / d);
}

/** round-half-up(n × f) with integers only. */
export function roundHalfUpTimes(n: number, f: Fraction): number {
  const p = BigInt(n) * BigInt(f.num) * 2n + BigInt(f.den);
  return Number(p / (2n * BigInt(f.den)));
}

/** "3%", "3.5%", "0.5‰" style display, exact where it can be. */
export function formatPercent(f: Fraction): string {
  // Find the shortest exact decimal percent with up to 6 places.
  for (let places = 0; places <= 6; places++) {
    const scale = 10 ** places;
    const scaled = BigInt(f.num) * 100n * BigInt(scale);
    if (scaled % BigInt(f.den) === 0n) {
      const v = scaled / BigInt(f.den);
      const s = v.toString().padStart(places + 1, "0");
      const intPart = s.slice(0, s.length - places) || "0";
      const frac = places ? "." + s.slice(s.length - places) : "";
      return `${intPart}${frac}%`;
    }
  }
  return `${f.num}/${f.den}`;
}
