import fc from "fast-check";
import { sortByKey, sortedOrder } from "../../../src/core/draw/sort";

const reference = (keys: string[]): number[] =>
  keys.map((k, i) => ({ k, i })).sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i)).map((x) => x.i);

describe("sortedOrder: stable, by UTF-16 code units", () => {
  test("ASCII keys of mixed lengths (the radix path), duplicates kept in input order", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9A-Za-z|=-]{0,21}$/), { minLength: 64, maxLength: 400 }), fc.nat(20), (keys, dup) => {
        const withDuplicates = [...keys, ...keys.slice(0, dup)];
        expect([...sortedOrder(withDuplicates)]).toEqual(reference(withDuplicates));
      }),
      { numRuns: 200 },
    );
  });

  test("keys sharing a prefix and a suffix (passes every key agrees on are skipped)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[0-9A-Z]{0,6}$/), { minLength: 64, maxLength: 300 }), fc.constantFrom("", "X", "XYZ"), (middles, suffix) => {
        const keys = middles.map((m) => `91150200${m}${suffix}`);
        expect([...sortedOrder(keys)]).toEqual(reference(keys));
      }),
      { numRuns: 200 },
    );
    const same = Array.from({ length: 100 }, () => "911502000000000001");
    expect([...sortedOrder(same)]).toEqual(same.map((_, i) => i));
  });

  test("prefixes sort first; control characters and DEL too", () => {
    const keys = ["AB", "A", "", "A\u0000", "A\u007f", "B", "A0", ...Array.from({ length: 80 }, (_, i) => `K${i}`)];
    expect([...sortedOrder(keys)]).toEqual(reference(keys));
  });

  test("non-ASCII and long keys (the comparator path)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 50 }), fc.string({ unit: "grapheme", maxLength: 5 })), { maxLength: 200 }), (keys) => {
        expect([...sortedOrder(keys)]).toEqual(reference(keys));
      }),
      { numRuns: 200 },
    );
  });

  test("sortByKey", () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ id: `X${(i * 37) % 50}`, i }));
    expect(sortByKey(items, (x) => x.id)).toEqual([...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  });
});
