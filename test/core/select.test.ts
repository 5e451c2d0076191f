import fc from "fast-check";
import { kthSmallest } from "../../src/core/select";

describe("kthSmallest", () => {
  test("equals the k-th value of a sort, duplicates included", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }), fc.nat(), (xs, r) => {
        const k = r % xs.length;
        const sorted = [...xs].sort((a, b) => a - b);
        expect(kthSmallest(Float64Array.from(xs), k)).toBe(sorted[k]);
      }),
      { numRuns: 500 },
    );
  });

  test("sorted, reversed and constant inputs", () => {
    const n = 10_000;
    const up = Float64Array.from({ length: n }, (_, i) => i);
    expect(kthSmallest(Float64Array.from(up), 1234)).toBe(1234);
    expect(kthSmallest(Float64Array.from(up).reverse(), 0)).toBe(0);
    expect(kthSmallest(new Float64Array(n).fill(7), n - 1)).toBe(7);
    expect(() => kthSmallest(new Float64Array(3), 3)).toThrow(RangeError);
  });
});
