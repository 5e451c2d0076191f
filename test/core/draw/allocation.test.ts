import fc from "fast-check";
import { largestRemainder, ratioTake } from "../../../src/core/draw/allocation";
import { fraction } from "../../../src/core/values/fraction";

describe("largest remainder", () => {
  const s = (key: string, size: number, capacity = size) => ({ key, size, capacity });

  test("proportional floors, then the largest remainders", () => {
    // 10 seats over sizes 50/30/20 → 5/3/2 exactly.
    expect(largestRemainder(10, [s("a", 50), s("b", 30), s("c", 20)])).toEqual([5, 3, 2]);
    // 7 seats over 45/90/160: quotas 1.07/2.14/3.80 → floors 1/2/3, one left → c (0.80).
    expect(largestRemainder(7, [s("非煤矿山", 45), s("危险化学品", 90), s("工贸", 160)])).toEqual([1, 2, 4]);
  });

  test("ties go to the key that sorts first", () => {
    expect(largestRemainder(1, [s("b", 10), s("a", 10)])).toEqual([0, 1]);
    expect(largestRemainder(3, [s("c", 1), s("b", 1), s("a", 1), s("d", 1)])).toEqual([1, 1, 1, 0]);
  });

  test("no stratum gets more than it can take; the rest is shared again", () => {
    expect(largestRemainder(10, [s("a", 100, 2), s("b", 10), s("c", 10)])).toEqual([2, 4, 4]);
    expect(largestRemainder(5, [s("a", 3), s("b", 2)])).toEqual([3, 2]);
    expect(largestRemainder(6, [s("a", 3), s("b", 2)])).toBeNull();
    expect(largestRemainder(0, [s("a", 3)])).toEqual([0]);
  });

  test("properties: sums to the total, within capacity, deterministic", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ size: fc.nat(1000), spare: fc.nat(50) }), { minLength: 1, maxLength: 8 }),
        fc.nat(3000),
        (raw, total) => {
          const shares = raw.map((r, i) => ({ key: `k${i}`, size: r.size, capacity: Math.min(r.size, r.spare + r.size) }));
          const cap = shares.reduce((a, x) => a + x.capacity, 0);
          const out = largestRemainder(total, shares);
          if (total > cap) return out === null;
          expect(out).not.toBeNull();
          expect(out!.reduce((a, b) => a + b, 0)).toBe(total);
          out!.forEach((x, i) => expect(x).toBeLessThanOrEqual(shares[i].capacity));
          expect(largestRemainder(total, shares)).toEqual(out);
          return true;
        },
      ),
    );
  });
});

describe("ratio takes", () => {
  test("ceil is a floor under the quota; round-half-up the alternative", () => {
    expect(ratioTake(10, fraction(3, 100), "ceil")).toBe(1);
    expect(ratioTake(10, fraction(3, 100), "round-half-up")).toBe(0);
    expect(ratioTake(37, fraction(1, 5), "ceil")).toBe(8);
    expect(ratioTake(37, fraction(1, 5), "round-half-up")).toBe(7);
    expect(ratioTake(0, fraction(1, 5), "ceil")).toBe(0);
  });
});
