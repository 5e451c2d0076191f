import { sha256Hex, sha256Bytes } from "./hash";
import { kthSmallest } from "./select";
import { PrefixedSha256, wordsToHex } from "./sha256";

/** `S + "|" + T`: one ceremony seed, a separate stream per task (DRAW-SPEC.md §4). */
export function effectiveSeed(seed: string, taskCode: string): string {
  return `${seed}|${taskCode}`;
}

/** hex(SHA-256(UTF-8(effectiveSeed))). */
export function seedHashOf(effective: string): string {
  return sha256Hex(effective);
}

/** "0." + the decimal digits of a 256-bit hash (hex), left-padded to 64 digits and reversed. */
function uniformFromHex(hex: string): string {
  const digits = BigInt(`0x${hex}`).toString(10).padStart(64, "0");
  let reversed = "";
  for (let i = digits.length - 1; i >= 0; i--) reversed += digits[i];
  return `0.${reversed}`;
}

/**
 * Rivest's sha256_uniform: "0." + the decimal digits of int(SHA-256(text)), left-padded with
 * zeros to 64 digits and reversed (the low-order digits are the unbiased ones).
 */
export function sha256Uniform(text: string): string {
  let hex = "";
  for (const b of sha256Bytes(text)) hex += b.toString(16).padStart(2, "0");
  return uniformFromHex(hex);
}

/** Rivest's first_fraction(id, seed) = sha256_uniform(seedHash + id). Tickets compare as strings; the smallest comes first. */
export function ticket(seedHash: string, id: string): string {
  return sha256Uniform(seedHash + id);
}

// n mod 10¹² from the eight digest words, in exact double arithmetic: n mod 2¹² is in the last
// word; n mod 5¹² is a sum of 16-bit halves times 2^(16k) mod 5¹² (each term < 2⁴⁴, the sum < 2⁴⁸);
// the Chinese remainder theorem joins the two.
const M5 = 244_140_625; // 5¹²
const HALF_WEIGHTS = (() => {
  const out = new Float64Array(16);
  let p = 1n;
  for (let k = 15; k >= 0; k--, p = (p << 16n) % BigInt(M5)) out[k] = Number(p);
  return out;
})();
const INV_M5_MOD_4096 = (() => {
  for (let x = 1; x < 4096; x++) if ((M5 * x) % 4096 === 1) return x;
  throw new Error("unreachable");
})();
/** REV3[n] = the three digits of n (zero-padded) reversed, as a number. */
const REV3 = Uint16Array.from({ length: 1000 }, (_, n) => (n % 10) * 100 + (Math.floor(n / 10) % 10) * 10 + Math.floor(n / 100));

/**
 * The first 12 digits of a ticket as a number: the 12 low-order decimal digits of the hash,
 * reversed. Orders exactly like the tickets' first 12 characters after "0.".
 */
function prefixOfWords(words: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const w = words[i] >>> 0;
    sum += (w >>> 16) * HALF_WEIGHTS[2 * i] + (w & 0xffff) * HALF_WEIGHTS[2 * i + 1];
  }
  const r5 = sum % M5;
  const r2 = words[7] & 0xfff;
  const t = (((r2 - (r5 & 0xfff)) & 0xfff) * INV_M5_MOD_4096) & 0xfff;
  const low = r5 + M5 * t; // n mod 10¹²
  const high6 = Math.floor(low / 1e6);
  const low6 = low - high6 * 1e6;
  return reverse6(low6) * 1e6 + reverse6(high6);
}

/** The six digits of x (zero-padded) reversed. */
function reverse6(x: number): number {
  return REV3[x % 1000] * 1000 + REV3[Math.floor(x / 1000)];
}

/** The first 12 digits of `ticket(seedHash, id)` as a number, without the 256-bit decimal conversion. */
export function ticketPrefix(seedHash: string, id: string): number {
  return prefixOfWords(new PrefixedSha256(seedHash).words(id));
}

/** Tickets of many ids under one seed hash: the seed's block is hashed once, then one block per id. */
export class TicketHasher {
  private readonly sha: PrefixedSha256;

  constructor(readonly seedHash: string) {
    this.sha = new PrefixedSha256(seedHash);
  }

  prefix(id: string): number {
    return prefixOfWords(this.sha.words(id));
  }

  full(id: string): string {
    return uniformFromHex(wordsToHex(this.sha.words(id)));
  }
}

const byTicketThenId = (a: { ticket: string; id: string }, b: { ticket: string; id: string }): number =>
  a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The `k` ids with the smallest tickets, in ticket order, with their full tickets. Every id costs
 * one SHA-256 block and a 12-digit prefix; only the ids at or below the k-th smallest prefix are
 * sorted, by full ticket (prefix ties need it), so the result equals a full sort of the tickets.
 */
export function smallestTickets(seedHash: string, ids: readonly string[], k: number): { id: string; ticket: string }[] {
  if (k <= 0 || ids.length === 0) return [];
  const hasher = new TicketHasher(seedHash);
  const prefixes = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) prefixes[i] = hasher.prefix(ids[i]);
  const threshold = k >= ids.length ? Infinity : kthSmallest(Float64Array.from(prefixes), k - 1);
  const candidates: { id: string; ticket: string }[] = [];
  for (let i = 0; i < ids.length; i++) if (prefixes[i] <= threshold) candidates.push({ id: ids[i], ticket: hasher.full(ids[i]) });
  return candidates.sort(byTicketThenId).slice(0, k);
}

/** Ids ordered by ticket (ties, which do not happen in practice, by id). */
export function ticketOrder(seedHash: string, ids: readonly string[]): { id: string; ticket: string }[] {
  return ids.map((id) => ({ id, ticket: ticket(seedHash, id) })).sort(byTicketThenId);
}
