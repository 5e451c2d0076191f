import fc from "fast-check";
import { canonicalJson, type Canonical } from "../../../src/core/hash/canonical";
import { sha256Hex } from "../../../src/core/hash/digest";
import { resultDigest, type Selected } from "../../../src/core/draw/run";

/** The definition: SHA-256 of canonicalJson of the document. */
const reference = (tasks: { code: string; selected: Selected[] }[]): string =>
  sha256Hex(
    canonicalJson({
      tasks: tasks.map((t) => ({
        code: t.code,
        selected: t.selected.map((s) => ({
          id: s.id,
          stratum: s.stratum,
          ticket: s.ticket,
          team: s.team.map((m) => ({ certificate: m.certificate, name: m.name, department: m.department, leader: m.leader, expert: m.expert })),
        })),
      })),
    } as Canonical),
  );

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom('"引号"\\', "\u2028", "😀".repeat(12000)));
const member = fc.record({ certificate: text, name: text, department: text, leader: fc.boolean(), expert: fc.boolean() });
const selected = fc.record({ id: text, name: text, stratum: text, ticket: text, team: fc.array(member, { maxLength: 4 }) });
const tasks = fc.array(fc.record({ code: text, selected: fc.array(selected, { maxLength: 4 }) }), { maxLength: 3 });

describe("resultDigest", () => {
  test("equals SHA-256 of the canonical JSON, whatever the strings", () => {
    fc.assert(fc.property(tasks, (t) => expect(resultDigest(t)).toBe(reference(t))), { numRuns: 200 });
  });
});
