/**
 * The first digits of a ticket (docs/draw-spec.md §4) from the hash's eight words, in small-integer
 * arithmetic: tickets are compared on these first, and only ties need the full 78-digit ticket.
 */

/**
 * Digits of the ticket compared first. Four keep the arithmetic in small integers (no BigInt, no
 * floating-point remainder); ids that tie on them are ordered by their full tickets.
 */
export const PREFIX_DIGITS = 4;
export const PREFIX_VALUES = 10 ** PREFIX_DIGITS;

// n mod 10⁴ from the eight digest words: n mod 2⁴ is in the last word; n mod 5⁴ is a sum of
// 16-bit halves times 2^(16k) mod 625 (each term < 2²⁶, reduced halfway to stay a small integer);
// the Chinese remainder theorem joins the two (625 ≡ 1 mod 16).
export const M5 = 625;
export const HALF_WEIGHTS = (() => {
  const out = new Int32Array(16);
  let p = 1;
  for (let k = 15; k >= 0; k--, p = (p * 65536) % M5) out[k] = p;
  return out;
})();
/** REV4[n] = the four digits of n (zero-padded) reversed, as a number. */
export const REV4 = Uint16Array.from({ length: 10000 }, (_, n) => (n % 10) * 1000 + (Math.floor(n / 10) % 10) * 100 + (Math.floor(n / 100) % 10) * 10 + Math.floor(n / 1000));

/**
 * The first PREFIX_DIGITS digits of a ticket as a number: the low-order decimal digits of the
 * hash, reversed. Orders exactly like the tickets' first PREFIX_DIGITS characters after "0.".
 */
export function prefixOfWords(words: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += (words[i] >>> 16) * HALF_WEIGHTS[2 * i] + (words[i] & 0xffff) * HALF_WEIGHTS[2 * i + 1];
  sum %= M5;
  for (let i = 4; i < 8; i++) sum += (words[i] >>> 16) * HALF_WEIGHTS[2 * i] + (words[i] & 0xffff) * HALF_WEIGHTS[2 * i + 1];
  const r5 = sum % M5;
  const low = r5 + M5 * ((words[7] - r5) & 15); // n mod 10⁴
  return REV4[low];
}
