import { sha256 } from "@noble/hashes/sha2";
import { utf8ToBytes } from "@noble/hashes/utils";
import { sha256Hex, sha256Bytes } from "./hash";

/** `S + "|" + T`: one ceremony seed, a separate stream per task (DRAW-SPEC.md §4). */
export function effectiveSeed(seed: string, taskCode: string): string {
  return `${seed}|${taskCode}`;
}

/** hex(SHA-256(UTF-8(effectiveSeed))). */
export function seedHashOf(effective: string): string {
  return sha256Hex(effective);
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

/**
 * Rivest's sha256_uniform: "0." + the decimal digits of int(SHA-256(text)), left-padded with
 * zeros to 64 digits and reversed (the low-order digits are the unbiased ones).
 */
export function sha256Uniform(text: string): string {
  const digits = bytesToBigInt(sha256Bytes(text)).toString(10).padStart(64, "0");
  let reversed = "";
  for (let i = digits.length - 1; i >= 0; i--) reversed += digits[i];
  return `0.${reversed}`;
}

/** Rivest's first_fraction(id, seed) = sha256_uniform(seedHash + id). Tickets compare as strings; the smallest comes first. */
export function ticket(seedHash: string, id: string): string {
  return sha256Uniform(seedHash + id);
}

/**
 * The first 12 digits of a ticket as a number, without the 256-bit decimal conversion: they are
 * the 12 low-order decimal digits of the hash, reversed, and n mod 10¹² needs only double
 * arithmetic (acc < 10¹², acc × 256 + 255 < 2⁵³).
 */
export function ticketPrefix(seedHash: string, id: string): number {
  return prefixOf(sha256Bytes(seedHash + id));
}

function prefixOf(bytes: Uint8Array): number {
  let acc = 0;
  for (const b of bytes) acc = (acc * 256 + b) % 1e12;
  let rev = 0;
  for (let i = 0; i < 12; i++) {
    rev = rev * 10 + (acc % 10);
    acc = Math.floor(acc / 10);
  }
  return rev;
}

/**
 * The `k` ids with the smallest tickets, in ticket order, with their full tickets. Orders by the
 * 12-digit prefix first and computes full tickets only where prefixes tie and for the ids taken.
 */
export function smallestTickets(seedHash: string, ids: readonly string[], k: number): { id: string; ticket: string }[] {
  if (k <= 0) return [];
  // The 64 hex characters of seedHash fill exactly one SHA-256 block: hash it once, then one block per id.
  const base = sha256.create().update(utf8ToBytes(seedHash));
  const keyed = ids.map((id) => ({ id, prefix: prefixOf(base.clone().update(utf8ToBytes(id)).digest()), full: "" }));
  const full = (x: { id: string; full: string }): string => (x.full ||= ticket(seedHash, x.id));
  keyed.sort((a, b) => {
    if (a.prefix !== b.prefix) return a.prefix - b.prefix;
    const fa = full(a);
    const fb = full(b);
    return fa < fb ? -1 : fa > fb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return keyed.slice(0, k).map((x) => ({ id: x.id, ticket: full(x) }));
}

/** Ids ordered by ticket (ties, which do not happen in practice, by id). */
export function ticketOrder(seedHash: string, ids: readonly string[]): { id: string; ticket: string }[] {
  return ids
    .map((id) => ({ id, ticket: ticket(seedHash, id) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
