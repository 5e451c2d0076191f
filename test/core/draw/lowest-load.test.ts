import fc from "fast-check";
import { LowestLoad, RunLoads } from "../../../src/core/draw/lowest-load";

/** The positions with the list's lowest load, in order: what the scan of docs/draw-spec.md §5 keeps. */
function scan(slots: Int32Array, load: Int32Array): number[] {
  let lowest = Infinity;
  for (const s of slots) lowest = Math.min(lowest, load[s]);
  return [...slots.keys()].filter((j) => load[slots[j]] === lowest);
}

describe("LowestLoad", () => {
  test("after any rises, the set is the lowest-load positions in order, and select(k) the k-th of them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((slotCount) =>
          fc.record({
            slotCount: fc.constant(slotCount),
            // Slots may repeat: inspectors sharing an id share a load.
            slots: fc.array(fc.nat(slotCount - 1), { maxLength: 40 }),
            steps: fc.array(fc.oneof(fc.nat(slotCount - 1), fc.constant(-1)), { maxLength: 120 }),
          }),
        ),
        ({ slotCount, slots, steps }) => {
          const loads = new RunLoads(slotCount);
          const list = new Int32Array(slots);
          const lowest = new LowestLoad(list, loads);
          const check = (): void => {
            lowest.sync();
            const expected = scan(list, loads.load);
            expect(lowest.count).toBe(expected.length);
            expected.forEach((j, k) => {
              expect(lowest.select(k)).toBe(j);
              expect(lowest.isLowest(j)).toBe(true);
            });
          };
          for (const step of steps) {
            // -1: look now (a seat is drawn); otherwise a slot's load rises (a team was filled).
            if (step < 0) check();
            else loads.raise(step);
          }
          check();
        },
      ),
      { numRuns: 300 },
    );
  });

  test("positions left out for a team's earlier seats are skipped by select and come back", () => {
    const loads = new RunLoads(5);
    const lowest = new LowestLoad(Int32Array.from([0, 1, 2, 3, 4]), loads);
    loads.raise(3);
    lowest.sync();
    expect(lowest.count).toBe(4);
    lowest.set(1, 0);
    expect([0, 1, 2].map((k) => lowest.select(k))).toEqual([0, 2, 4]);
    lowest.set(1, 1);
    expect([0, 1, 2, 3].map((k) => lowest.select(k))).toEqual([0, 1, 2, 4]);
  });

  test("when everyone at the level has risen, the next level is found", () => {
    const loads = new RunLoads(3);
    const lowest = new LowestLoad(Int32Array.from([0, 1, 2]), loads);
    for (const s of [0, 1, 2, 0, 2]) loads.raise(s);
    lowest.sync();
    expect(lowest.level).toBe(1);
    expect(lowest.count).toBe(1);
    expect(lowest.select(0)).toBe(1);
  });

  test("an empty list has nobody", () => {
    const lowest = new LowestLoad(new Int32Array(0), new RunLoads(1));
    lowest.sync();
    expect(lowest.count).toBe(0);
  });
});
