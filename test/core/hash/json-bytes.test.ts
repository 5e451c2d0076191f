import fc from "fast-check";
import { JsonBytes } from "../../../src/core/hash/json-bytes";

const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const written = (j: JsonBytes): number[] => [...j.bytes.subarray(0, j.length)];

describe("JsonBytes", () => {
  test("strings are the UTF-8 of JSON.stringify, escapes and surrogates included", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.constantFrom('"', "\\", "\n", "\u2028", "\ud800", "单位", "😀")), (s) => {
        expect(written(new JsonBytes().string(s))).toEqual(utf8(JSON.stringify(s)));
      }),
      { numRuns: 1000 },
    );
  });

  test("pieces append; the buffer grows; integers, booleans and null", () => {
    const j = new JsonBytes();
    const long = "包".repeat(5000);
    j.raw('{"a":').int(12).raw(',"b":').bool(true).raw(',"c":').bool(null).raw(',"d":').string(long).raw(',"e":').int(null).raw("}");
    expect(written(j)).toEqual(utf8(`{"a":12,"b":true,"c":null,"d":"${long}","e":null}`));
    expect(written(j.reset().string("x"))).toEqual(utf8('"x"'));
    expect(() => new JsonBytes().int(1.5)).toThrow(RangeError);
  });
});
