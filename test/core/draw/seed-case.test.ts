import { checkSeed, normalizeSeed } from "../../../src/core/draw/seed";
import { effectiveSeed, seedHashOf } from "../../../src/core/draw/ticket";

/**
 * The seed is hashed as typed, less what §3 of docs/draw-spec.md normalises: NFKC (full-width
 * letters, digits and the full-width hyphen become ASCII) and every white space removed. Letter
 * case is kept: `abc` and `ABC` are two seeds with two different draws (issue #16: the docs and
 * the pane say so).
 */
const hashOf = (typed: string, task = "2026001"): string => {
  const check = checkSeed(typed);
  if (!check.ok) throw new Error(check.message);
  return seedHashOf(effectiveSeed(check.seed, task));
};

describe("what counts in a seed", () => {
  const lower = "abcdefghij-0123456789";
  const upper = "ABCDEFGHIJ-0123456789";

  test("letter case counts: abc and ABC are different seeds with different seed hashes", () => {
    expect(normalizeSeed("abc")).toBe("abc");
    expect(normalizeSeed("ABC")).toBe("ABC");
    expect(checkSeed(lower)).toEqual({ ok: true, seed: lower });
    expect(checkSeed(upper)).toEqual({ ok: true, seed: upper });
    expect(hashOf(lower)).not.toBe(hashOf(upper));
    expect(hashOf("Abcdefghij-0123456789")).not.toBe(hashOf(lower));
    expect(seedHashOf(effectiveSeed("abc", "T"))).not.toBe(seedHashOf(effectiveSeed("ABC", "T")));
  });

  test("white space does not count: spaces, tabs, line breaks and the ideographic space are removed", () => {
    expect(hashOf(" abcde fghij\t-01234\n56789\u3000")).toBe(hashOf(lower));
  });

  test("full-width letters, digits and hyphen are their ASCII forms, case kept", () => {
    expect(hashOf("ａｂｃｄｅｆｇｈｉｊ－０１２３４５６７８９")).toBe(hashOf(lower));
    expect(hashOf("ＡＢＣＤＥＦＧＨＩＪ－０１２３４５６７８９")).toBe(hashOf(upper));
    expect(hashOf("ＡＢＣＤＥＦＧＨＩＪ－０１２３４５６７８９")).not.toBe(hashOf(lower));
  });
});
