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

/** Ids ordered by ticket (ties, which do not happen in practice, by id). */
export function ticketOrder(seedHash: string, ids: readonly string[]): { id: string; ticket: string }[] {
  return ids
    .map((id) => ({ id, ticket: ticket(seedHash, id) }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : a.ticket > b.ticket ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
