import { effectiveSeed, seedHashOf, sha256Uniform, smallestTickets, ticket, ticketOrder, ticketPrefix } from "../../../src/core/draw/ticket";
import { PREFIX_DIGITS } from "../../../src/core/draw/ticket-prefix";

describe("tickets (docs/draw-spec.md §4 known answers)", () => {
  const seedHash = seedHashOf(effectiveSeed("2026030112345678901234", "2026001"));
  const expected: [string, string][] = [
    ["91150200J3Y7LLJY1B", "0.084470291"],
    ["91150200HDQAEJXEB7", "0.174353506"],
    ["911502009D4H3J9HTD", "0.243715617"],
    ["91150200DD272HD1TU", "0.300917646"],
    ["9115020023GD5QA4XM", "0.330510208"],
    ["91150200JJC171HU4X", "0.400848712"],
    ["911502009GFWAPE9KW", "0.405404666"],
    ["91150200HN2J1K6FM6", "0.537093868"],
    ["911502003BJ1XG612H", "0.549412835"],
    ["91150200M53JJL6B3M", "0.563937563"],
    ["91150200AY4CL12THD", "0.723978931"],
    ["9115020097R5NQ72JY", "0.992040886"],
  ];

  test("effective seed and ticket prefixes", () => {
    expect(effectiveSeed("2026030112345678901234", "2026001")).toBe("2026030112345678901234|2026001");
    for (const [id, prefix] of expected) {
      const t = ticket(seedHash, id);
      expect(t.slice(0, 11)).toBe(prefix);
      expect(t).toMatch(/^0\.\d{64,}$/);
    }
  });

  test("rank order, whatever order the ids come in", () => {
    const shuffled = [...expected].reverse().map(([id]) => id);
    expect(ticketOrder(seedHash, shuffled).map((x) => x.id)).toEqual(expected.map(([id]) => id));
  });

  test("Rivest's consistent_sampler example: seed 314159, no task part", () => {
    const h = seedHashOf("314159");
    const order = ticketOrder(h, ["A-1", "A-2", "A-3", "B-1", "B-2", "B-3"]).map((x) => x.id);
    expect(order).toEqual(["B-2", "B-3", "A-3", "A-2", "B-1", "A-1"]);
  });

  test("Rivest's first_fraction('AB-130', '01382438112797316654')", () => {
    expect(ticket(seedHashOf("01382438112797316654"), "AB-130").slice(0, 14)).toBe("0.262997141228");
  });

  test("Rivest's sha256_uniform('abc')", () => {
    expect(sha256Uniform("abc")).toBe("0.56998071861792858926477341561059638840106636224182943832566300809078486324348");
  });
});

describe("fast ticket order", () => {
  test("the prefix equals the ticket's first PREFIX_DIGITS digits; smallestTickets equals a full sort", () => {
    const seedHash = seedHashOf("prefix-check-seed-0000000");
    const ids = Array.from({ length: 500 }, (_, i) => `ID-${i}`);
    for (const id of ids.slice(0, 50)) expect(String(ticketPrefix(seedHash, id)).padStart(PREFIX_DIGITS, "0")).toBe(ticket(seedHash, id).slice(2, 2 + PREFIX_DIGITS));
    expect(smallestTickets(seedHash, ids, 37)).toEqual(ticketOrder(seedHash, ids).slice(0, 37));
    expect(smallestTickets(seedHash, ids, 0)).toEqual([]);
  });
});
