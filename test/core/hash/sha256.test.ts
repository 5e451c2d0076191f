import fc from "fast-check";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { PrefixedSha256, Sha256, wordsToHex } from "../../../src/core/hash/sha256";

const noble = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

describe("SHA-256 over words (checked against @noble/hashes)", () => {
  test("FIPS 180-4 examples", () => {
    expect(new Sha256().update(utf8ToBytes("abc")).digestHex()).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(new Sha256().update(new Uint8Array(0)).digestHex()).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(new Sha256().update(utf8ToBytes("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).digestHex()).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  test("any bytes, fed in any pieces", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 4 }), (bytes, cuts) => {
        const h = new Sha256();
        let at = 0;
        for (const c of [...cuts].sort((a, b) => a - b)) {
          h.update(bytes.subarray(at, Math.max(at, c)));
          at = Math.max(at, c);
        }
        h.update(bytes.subarray(at));
        expect(h.digestHex()).toBe(bytesToHex(sha256(bytes)));
      }),
      { numRuns: 300 },
    );
  });

  test("every length around the padding boundaries", () => {
    for (let n = 0; n < 140; n++) {
      const text = "x".repeat(n);
      expect(new Sha256().update(utf8ToBytes(text)).digestHex()).toBe(noble(text));
    }
  });

  test("a 64-character prefix and any text: ASCII fast path and the general path agree with one-shot hashing", () => {
    const prefix = noble("seed");
    const hasher = new PrefixedSha256(prefix);
    for (let n = 0; n < 70; n++) expect(wordsToHex(hasher.words("A".repeat(n)))).toBe(noble(prefix + "A".repeat(n)));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.stringMatching(/^[0-9A-Z]{18}$/)), (text) => {
        expect(wordsToHex(hasher.words(text))).toBe(noble(prefix + text));
      }),
      { numRuns: 500 },
    );
  });

  test("the prefix must be one ASCII block", () => {
    expect(() => new PrefixedSha256("abc")).toThrow(RangeError);
    expect(() => new PrefixedSha256("é".repeat(64))).toThrow(RangeError);
  });
});
