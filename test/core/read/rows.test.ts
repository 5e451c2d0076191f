import fc from "fast-check";
import { dataText } from "../../../src/core/read/rows";
import { normalizeText } from "../../../src/core/values/text";

describe("dataText", () => {
  test("equals normalizeText (its copy for the data rows)", () => {
    const chars = fc.constantFrom(..."ａＢ１　 \t\n\u3000（）-—工贸危险化学品①㎡ｶﾞ\u00a0\u2028é\u0301𠀀", "A", "z", "9");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: chars })), (s) => {
        expect(dataText(s)).toBe(normalizeText(s));
      }),
      { numRuns: 3000 },
    );
  });

  test.each([" 工贸 ", "ＡＢＣ１２３", "９１１５０２００ＭＡ０Ｐ", "\u3000单位\u3000", "", "①"])("%p", (s) => {
    expect(dataText(s)).toBe(normalizeText(s));
  });
});
