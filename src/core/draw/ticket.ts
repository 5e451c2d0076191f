import { sha256Hex, sha256Bytes } from "../hash/digest";
import { packLastBlock, PrefixedSha256 } from "../hash/sha256";
import { GROUPS_PER_CALL, Sha256x4 } from "../hash/sha256x4";
import { PREFIX_VALUES, prefixOfWords } from "./ticket-prefix";

/** `S + "|" + T`: one ceremony seed, a separate stream per task (docs/draw-spec.md §4). */
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
 * uniformFromHex of a digest given as eight big-endian words, without BigInt: the number in
 * sixteen 16-bit limbs, divided by 10⁹ nine times (every partial value stays below 2⁴⁶, exact
 * in double arithmetic), the remainders being its decimal digits nine at a time.
 */
export function uniformFromWords(words: Int32Array): string {
  const limbs = LIMBS;
  for (let i = 0; i < 8; i++) {
    limbs[2 * i] = words[i] >>> 16;
    limbs[2 * i + 1] = words[i] & 0xffff;
  }
  // The reversed decimal digits, least significant first: nine per chunk, the last chunk without
  // its leading zeros, then zeros up to 64 digits (the left-padding, reversed).
  let reversed = "0.";
  let count = 0;
  let top = 0; // limbs[0..top) are zero
  while (top < 16) {
    let rem = 0;
    for (let i = top; i < 16; i++) {
      const x = rem * 65536 + limbs[i];
      const q = Math.floor(x / 1e9);
      limbs[i] = q;
      rem = x - q * 1e9;
    }
    while (top < 16 && limbs[top] === 0) top++;
    if (top < 16) {
      const high = Math.floor(rem / 1e6);
      const mid = Math.floor(rem / 1e3) % 1000;
      reversed += REVERSED3[rem % 1000] + REVERSED3[mid] + REVERSED3[high];
      count += 9;
    } else {
      const last = String(rem);
      for (let i = last.length - 1; i >= 0; i--) reversed += last[i];
      count += last.length;
    }
  }
  return count < 64 ? reversed + "0".repeat(64 - count) : reversed;
}

/** REVERSED3[n]: the three digits of n, zero-padded, in reverse order ("007" → "700"). */
const REVERSED3 = Array.from({ length: 1000 }, (_, n) => [...String(n).padStart(3, "0")].reverse().join(""));
const LIMBS = new Float64Array(16);

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

/** The first PREFIX_DIGITS digits of `ticket(seedHash, id)` as a number, without the 256-bit decimal conversion. */
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
    return uniformFromWords(this.sha.words(id));
  }

  /** The chaining state after the seed hash's block. */
  get midstate(): Int32Array {
    return this.sha.midstate;
  }
}

/**
 * The last SHA-256 block of `seedHash + id` for every id of a list, laid out as the WebAssembly
 * lanes take them (Sha256x4.blockAt): the block holds only the id, its padding and its length, so
 * it does not depend on the seed, and tasks of one scope — which share their lists of ids — pack
 * each id once. `general`: 1 for ids that do not fit one ASCII block (hashed the general way).
 */
export interface PackedIds {
  length: number;
  blocks: Int32Array;
  general: Uint8Array;
}

/** Packed lists of ids, for one draw (runDraw keeps one while it runs). */
export type PackedIdCache = Map<readonly string[], PackedIds>;

function packedIds(ids: readonly string[], cache: PackedIdCache | undefined): PackedIds {
  const hit = cache?.get(ids);
  if (hit && hit.length === ids.length) return hit;
  const blocks = new Int32Array(Math.ceil(ids.length / 4) * 64);
  const general = new Uint8Array(ids.length);
  for (let i = 0; i < ids.length; i++) general[i] = packLastBlock(ids[i], blocks, Sha256x4.blockAt(i, 0), 4) ? 0 : 1;
  const made = { length: ids.length, blocks, general };
  cache?.set(ids, made);
  return made;
}

/**
 * prefixes[i] = the ticket prefix of ids[i] under `hasher`'s seed hash. Four ids at a time in
 * WebAssembly SIMD lanes where that runs (`simd`), one at a time otherwise; the same numbers
 * either way (tested). Ids that are not ASCII or longer than 55 characters take the general path.
 * `cache` keeps the ids' packed blocks for the next task with the same list.
 */
export function ticketPrefixes(
  hasher: TicketHasher,
  ids: readonly string[],
  prefixes: Uint16Array,
  simd: Sha256x4 | null = Sha256x4.shared(),
  cache?: PackedIdCache,
): void {
  if (simd === null || ids.length < 8) {
    for (let i = 0; i < ids.length; i++) prefixes[i] = hasher.prefix(ids[i]);
    return;
  }
  const { blocks, general } = packedIds(ids, cache);
  simd.start(hasher.midstate);
  const computed = simd.prefixes;
  const chunk = 4 * GROUPS_PER_CALL;
  for (let from = 0; from < ids.length; from += chunk) {
    const n = Math.min(chunk, ids.length - from);
    const groups = (n + 3) >> 2;
    simd.load(blocks, from >> 2, groups);
    simd.run(groups);
    for (let i = 0; i < n; i++) prefixes[from + i] = general[from + i] === 1 ? hasher.prefix(ids[from + i]) : computed[i];
  }
}

const byTicketThenId = (a: { ticket: string; id: string }, b: { ticket: string; id: string }): number =>
  a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The `k` ids with the smallest tickets, in ticket order, with their full tickets. Every id costs
 * one SHA-256 block and a PREFIX_DIGITS-digit prefix; the k-th smallest prefix comes from counts
 * per value, and only the ids at or below it get full tickets and are sorted by them (prefix ties
 * need it), so the result equals a full sort of the tickets.
 */
export function smallestTickets(seedHash: string, ids: readonly string[], k: number, cache?: PackedIdCache): { id: string; ticket: string }[] {
  if (k <= 0 || ids.length === 0) return [];
  const hasher = new TicketHasher(seedHash);
  const prefixes = new Uint16Array(ids.length);
  const counts = new Uint32Array(PREFIX_VALUES);
  ticketPrefixes(hasher, ids, prefixes, Sha256x4.shared(), cache);
  for (let i = 0; i < ids.length; i++) counts[prefixes[i]]++;
  // The k-th smallest prefix, from the counts of each value.
  let threshold = PREFIX_VALUES - 1;
  if (k < ids.length) {
    for (let seen = 0, v = 0; v < PREFIX_VALUES; v++) {
      seen += counts[v];
      if (seen >= k) {
        threshold = v;
        break;
      }
    }
  }
  const candidates: { id: string; ticket: string }[] = [];
  for (let i = 0; i < ids.length; i++) if (prefixes[i] <= threshold) candidates.push({ id: ids[i], ticket: hasher.full(ids[i]) });
  return candidates.sort(byTicketThenId).slice(0, k);
}

/** Ids ordered by ticket (ties, which do not happen in practice, by id). */
export function ticketOrder(seedHash: string, ids: readonly string[]): { id: string; ticket: string }[] {
  return ids.map((id) => ({ id, ticket: ticket(seedHash, id) })).sort(byTicketThenId);
}
