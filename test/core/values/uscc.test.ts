import fc from "fast-check";
import { isUsccShape, isValidUscc, normalizeUscc, usccCheckChar, USCC_CHARSET } from "../../../src/core/values/uscc";

describe("USCC check digit (GB 32100-2015)", () => {
  test.each([
    ["91350100M000100Y43", true],
    ["91350100M000100Y4Z", false],
    ["91350200776049653A", true],
    ["91350500798359476R", true],
    ["913502000728319549", true],
    ["91440101MA5CJQ4N59", true],
    ["91350203M0001QAY9B", false],
  ])("%s valid=%s", (code, valid) => {
    expect(isValidUscc(code)).toBe(valid);
  });

  test("the standard's worked example calls for check character 3", () => {
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
    expect(usccCheckChar("91350203M0001QAY9")).toBe("9");
  });

  test("a sum divisible by 31 gives check character 0", () => {
    // 17 zeros: sum 0 → 31 − 0 = 31 → 0.
    expect(usccCheckChar("00000000000000000")).toBe("0");
  });

  test("letters outside the charset (I O Z S V) are refused", () => {
    expect(usccCheckChar("9135010OM000100Y4")).toBeNull();
    expect(isUsccShape("91350100M000100Y4Z")).toBe(false);
    expect(isUsccShape("91350100M000100Y43")).toBe(true);
  });

  test("normalisation: full-width, lower-case and spaces", () => {
    expect(normalizeUscc(" ９１３５０１００ｍ０００１００ｙ４３ ")).toBe("91350100M000100Y43");
    expect(isValidUscc(normalizeUscc("91350100m000100y43"))).toBe(true);
  });

  /** GB 32100-2015 §4.2 written out independently: weights 3^i mod 31, C18 = 31 − (Σ mod 31), 31 → 0. */
  const referenceValid = (code: string): boolean => {
    if (code.length !== 18 || [...code].some((c) => !USCC_CHARSET.includes(c))) return false;
    let sum = 0;
    for (let i = 0, w = 1; i < 17; i++, w = (w * 3) % 31) sum += USCC_CHARSET.indexOf(code[i]) * w;
    return USCC_CHARSET.indexOf(code[17]) === (31 - (sum % 31)) % 31;
  };

  test("isValidUscc (one pass) equals the standard's rule written out, for any 16–19 characters", () => {
    const chars = fc.constantFrom(...USCC_CHARSET, "I", "O", "Z", "a", " ", "１");
    const valid = fc.array(fc.constantFrom(...USCC_CHARSET), { minLength: 17, maxLength: 17 }).map((c) => c.join("") + usccCheckChar(c.join("")));
    fc.assert(
      fc.property(fc.oneof(fc.array(chars, { minLength: 16, maxLength: 19 }).map((c) => c.join("")), valid), (code) => {
        expect(isValidUscc(code)).toBe(referenceValid(code));
      }),
      { numRuns: 2000 },
    );
  });
});
