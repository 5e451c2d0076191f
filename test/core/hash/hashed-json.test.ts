import fc from "fast-check";
import { sha256Hex } from "../../../src/core/hash/digest";
import { HashedJson } from "../../../src/core/hash/hashed-json";

describe("HashedJson", () => {
  test("the digest is SHA-256 of everything written, wherever the drains fall (records past 64 KB, non-ASCII, escapes)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: "grapheme", maxLength: 40 }), fc.nat(3000)), { maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (records, every) => {
        const out = new HashedJson().raw("[");
        let text = "[";
        records.forEach(([s, pad], i) => {
          const item = `${i ? "," : ""}${JSON.stringify(s)},${"7".repeat(pad)}`;
          if (i) out.raw(",");
          out.string(s).raw(",").raw("7".repeat(pad));
          text += item;
          if (i % every === 0) out.drain();
        });
        out.raw("]");
        text += "]";
        expect(out.digestHex()).toBe(sha256Hex(text));
      }),
      { numRuns: 60 },
    );
  });

  test("nothing written: SHA-256 of the empty string", () => {
    expect(new HashedJson().digestHex()).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
