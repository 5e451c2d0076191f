import fc from "fast-check";
import { wordsToHex } from "../../../src/core/hash/sha256";
import { GROUPS_PER_CALL, Sha256x4 } from "../../../src/core/hash/sha256x4";
import { seedHashOf, smallestTickets, ticket, ticketOrder, ticketPrefix, ticketPrefixes, TicketHasher, uniformFromWords } from "../../../src/core/draw/ticket";
import { PREFIX_DIGITS } from "../../../src/core/draw/ticket-prefix";

/** The reference: Rivest's construction with BigInt, as sha256Uniform does it. */
const uniformByBigInt = (words: Int32Array): string => `0.${[...BigInt(`0x${wordsToHex(words)}`).toString(10).padStart(64, "0")].reverse().join("")}`;

describe("uniformFromWords: the decimal digits of a 256-bit number without BigInt", () => {
  test("edge values: zero, one, 10⁹ ± 1, under and over 64 digits, the largest", () => {
    const words = (hex: string): Int32Array => Int32Array.from(hex.padStart(64, "0").match(/.{8}/g)!.map((w) => parseInt(w, 16) | 0));
    for (const n of [0n, 1n, 999_999_999n, 1_000_000_000n, 1_000_000_001n, 10n ** 63n - 1n, 10n ** 63n, 10n ** 64n, 2n ** 255n, 2n ** 256n - 1n]) {
      const w = words(n.toString(16));
      expect(uniformFromWords(w)).toBe(uniformByBigInt(w));
    }
    expect(uniformFromWords(new Int32Array(8))).toBe(`0.${"0".repeat(64)}`);
  });

  test("any words", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 8, maxLength: 8 }), (xs) => {
        const w = Int32Array.from(xs);
        expect(uniformFromWords(w)).toBe(uniformByBigInt(w));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fast tickets equal Rivest's tickets", () => {
  const seedHash = seedHashOf("fast-ticket-seed-000000000");

  test("prefix = the ticket's first PREFIX_DIGITS digits, full = the ticket, for any id", () => {
    const hasher = new TicketHasher(seedHash);
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9A-Z]{18}$/), fc.string({ maxLength: 70 }), fc.string({ unit: "grapheme", maxLength: 10 })), (id) => {
        const t = ticket(seedHash, id);
        expect(hasher.full(id)).toBe(t);
        expect(String(hasher.prefix(id)).padStart(PREFIX_DIGITS, "0")).toBe(t.slice(2, 2 + PREFIX_DIGITS));
        expect(ticketPrefix(seedHash, id)).toBe(hasher.prefix(id));
      }),
      { numRuns: 1000 },
    );
  });

  test("smallestTickets equals the head of a full sort for every k", () => {
    const ids = Array.from({ length: 300 }, (_, i) => `ID-${i}`);
    const order = ticketOrder(seedHash, ids);
    for (const k of [1, 2, 7, 150, 299, 300, 400]) expect(smallestTickets(seedHash, ids, k)).toEqual(order.slice(0, k));
    expect(smallestTickets(seedHash, [], 3)).toEqual([]);
  });

  test("many ids per prefix value (30,000 ids, 10⁴ prefixes): still the head of a full sort", () => {
    const ids = Array.from({ length: 30000 }, (_, i) => `91150200${String(i).padStart(9, "0")}X`);
    const order = ticketOrder(seedHash, ids);
    for (const k of [1, 3, 100, 2999, 29999]) expect(smallestTickets(seedHash, ids, k)).toEqual(order.slice(0, k));
  });

  test("equal prefixes are ordered by the full ticket", () => {
    // Duplicate ids share every digit: the tie-break path runs and keeps both, in id order.
    const ids = ["B", "A", "A", "C"];
    expect(smallestTickets(seedHash, ids, 4)).toEqual(ticketOrder(seedHash, ids));
  });
});

describe("ticketPrefixes: four lanes at a time equal one at a time", () => {
  const simd = Sha256x4.create()!;
  const id = fc.oneof(
    fc.string({ unit: fc.constantFrom(..."0123456789ABCDEFGHJKLMNPQRTUWXY"), minLength: 18, maxLength: 18 }),
    fc.string({ maxLength: 70 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
  );

  test("any ids, any count (chunk boundaries included)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 64, maxLength: 64 }), fc.array(id, { maxLength: 60 }), (seedHash, ids) => {
        const hasher = new TicketHasher(seedHash);
        const four = new Uint16Array(ids.length);
        const one = new Uint16Array(ids.length);
        ticketPrefixes(hasher, ids, four, simd);
        ticketPrefixes(hasher, ids, one, null);
        expect([...four]).toEqual([...one]);
        expect([...one]).toEqual(ids.map((x) => ticketPrefix(seedHash, x)));
      }),
      { numRuns: 300 },
    );
    const seedHash = seedHashOf("2026030112345678901234|T01");
    for (const n of [4 * GROUPS_PER_CALL - 1, 4 * GROUPS_PER_CALL, 4 * GROUPS_PER_CALL + 1, 3 * 4 * GROUPS_PER_CALL + 7]) {
      const ids = Array.from({ length: n }, (_, i) => (i % 97 === 5 ? `单位${i}` : `91150200${String(i).padStart(10, "0")}`));
      const four = new Uint16Array(n);
      const one = new Uint16Array(n);
      ticketPrefixes(new TicketHasher(seedHash), ids, four, simd);
      ticketPrefixes(new TicketHasher(seedHash), ids, one, null);
      expect([...four]).toEqual([...one]);
    }
  });
});

test("ticketPrefixes with packed blocks kept for the next task: the same prefixes, for each seed", () => {
  const simd = Sha256x4.create()!;
  const ids = Array.from({ length: 2 * 4 * GROUPS_PER_CALL + 5 }, (_, i) => (i % 211 === 7 ? `单位${i}` : `91150200${String(i * 7919).padStart(10, "0")}`));
  const cache = new Map();
  for (const task of ["T01", "T02", "T03"]) {
    const hasher = new TicketHasher(seedHashOf(`2026030112345678901234|${task}`));
    const cached = new Uint16Array(ids.length);
    const plain = new Uint16Array(ids.length);
    ticketPrefixes(hasher, ids, cached, simd, cache);
    ticketPrefixes(hasher, ids, plain, null);
    expect([...cached]).toEqual([...plain]);
  }
  expect(cache.size).toBe(1);
  // A list that has grown since it was packed is packed again.
  ids.push("911502000000000042");
  const hasher = new TicketHasher(seedHashOf("2026030112345678901234|T04"));
  const cached = new Uint16Array(ids.length);
  ticketPrefixes(hasher, ids, cached, simd, cache);
  expect(cached[ids.length - 1]).toBe(ticketPrefix(hasher.seedHash, "911502000000000042"));
});
