import type { Target } from "../../../src/core/model";
import { targetLookup, targetsInUsccOrder } from "../../../src/core/draw/roster-order";

const target = (uscc: string, name: string): Target => ({ uscc, name } as Target);

describe("roster order and lookups", () => {
  test("lookups equal a Map over the whole roster: the last of a repeated id wins, missing ids are absent", () => {
    const roster = [target("B", "b1"), target("A", "a"), target("B", "b2"), target("C", "c"), ...Array.from({ length: 100 }, (_, i) => target(`X${i}`, `x${i}`))];
    const all = new Map(roster.map((t) => [t.uscc, t]));
    const found = targetLookup(roster);
    for (const id of ["B", "A", "Z", "X7", ""]) expect(found.get(id)).toBe(all.get(id));
    expect(found.get("B")!.name).toBe("b2");
  });

  test("a large roster with repeats: every lookup equals the Map's", () => {
    const roster = Array.from({ length: 20_000 }, (_, i) => target(`ID${i % 15_000}`, `n${i}`));
    const all = new Map(roster.map((t) => [t.uscc, t]));
    const ids = [...Array.from({ length: 16_000 }, (_, i) => `ID${i}`), "", "ID-1"];
    const found = targetLookup(roster);
    for (const id of ids) expect(found.get(id)).toBe(all.get(id));
  });

  test("the order is stable and follows the array if it changes", () => {
    const roster = [target("B", "1"), target("A", "2"), target("B", "3")];
    expect(targetsInUsccOrder(roster).map((t) => t.name)).toEqual(["2", "1", "3"]);
    roster.push(target("0", "4"));
    expect(targetsInUsccOrder(roster).map((t) => t.name)).toEqual(["4", "2", "1", "3"]);
  });
});
