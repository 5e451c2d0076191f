import fc from "fast-check";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { compress, IV, packLastBlock, PrefixedSha256, wordsToHex } from "../../../src/core/hash/sha256";
import { GROUPS_PER_CALL, Sha256x4, sha256x4Module } from "../../../src/core/hash/sha256x4";
import { HALF_WEIGHTS, prefixOfWords } from "../../../src/core/draw/ticket-prefix";
import { sleb, uleb } from "../../../src/core/hash/wasm-module";

const word = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

describe("the WebAssembly module's encoding", () => {
  test("LEB128 as the spec gives it", () => {
    expect(uleb(0)).toEqual([0x00]);
    expect(uleb(127)).toEqual([0x7f]);
    expect(uleb(128)).toEqual([0x80, 0x01]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(sleb(0)).toEqual([0x00]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(-64)).toEqual([0x40]);
    expect(sleb(-65)).toEqual([0xbf, 0x7f]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(-(2 ** 31))).toEqual([0x80, 0x80, 0x80, 0x80, 0x78]);
  });

  test("the module validates and runs here (Node 20 has WebAssembly SIMD)", () => {
    expect(WebAssembly.validate(sha256x4Module())).toBe(true);
    expect(Sha256x4.create()).not.toBeNull();
    expect(Sha256x4.shared()).toBe(Sha256x4.shared());
  });
});

describe("four lanes of SHA-256 compression, and the ticket prefixes, equal the JavaScript ones", () => {
  const simd = Sha256x4.create()!;

  test("any start state, any block in each lane, the lanes independent; extreme digest words too", () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 8, maxLength: 8 }), fc.array(fc.array(word, { minLength: 16, maxLength: 16 }), { minLength: 1, maxLength: 9 }), (state, blocks) => {
        const from = Int32Array.from(state);
        simd.start(from);
        blocks.forEach((b, i) => b.forEach((w, j) => (simd.words[Sha256x4.at(i, j)] = w)));
        simd.run(Math.ceil(blocks.length / 4));
        blocks.forEach((b, i) => {
          const to = new Int32Array(8);
          compress(from, to, Int32Array.from(b));
          expect(Array.from({ length: 8 }, (_, k) => simd.words[Sha256x4.at(i, k)])).toEqual([...to]);
          expect(simd.prefixes[i]).toBe(prefixOfWords(to));
        });
      }),
      { numRuns: 300 },
    );
  });

  test("a full call of messages after a 64-character prefix: SHA-256 of prefix + text", () => {
    const prefix = "0123456789abcdef".repeat(4);
    const texts = Array.from({ length: 4 * GROUPS_PER_CALL }, (_, i) => `9115020${String(i).padStart(11, "0")}`.slice(0, 1 + (i % 55)));
    const js = new PrefixedSha256(prefix);
    simd.start(js.midstate);
    texts.forEach((t, i) => expect(packLastBlock(t, simd.words, Sha256x4.at(i, 0), 4)).toBe(true));
    simd.run(GROUPS_PER_CALL);
    texts.forEach((t, i) => {
      const hex = wordsToHex(Int32Array.from({ length: 8 }, (_, k) => simd.words[Sha256x4.at(i, k)]));
      expect(hex).toBe(bytesToHex(sha256(utf8ToBytes(prefix + t))));
    });
    expect(() => simd.run(GROUPS_PER_CALL + 1)).toThrow(RangeError);
  });

  test("packLastBlock refuses what does not fit one ASCII block", () => {
    const w = new Int32Array(16);
    expect(packLastBlock("x".repeat(55), w, 0, 1)).toBe(true);
    expect(packLastBlock("x".repeat(56), w, 0, 1)).toBe(false);
    expect(packLastBlock("统一社会信用代码", w, 0, 1)).toBe(false);
    expect(packLastBlock("", w, 0, 1)).toBe(true);
    expect(w[0]).toBe(0x80000000 | 0);
    expect(w[15]).toBe(512);
    const state = new Int32Array(8);
    compress(IV, state, w); // "" after no prefix is not SHA-256(""): the length counts the 64-byte prefix
    expect(wordsToHex(state)).not.toBe(bytesToHex(sha256(new Uint8Array(0))));
  });
});

test("the prefix sum the module forms without reducing stays below 2³¹ for any digest", () => {
  // Σ (high half × HALF_WEIGHTS[2k] + low half × HALF_WEIGHTS[2k+1]) with every half at 65535.
  const max = [...HALF_WEIGHTS].reduce((a, w) => a + 65535 * w, 0);
  expect(max).toBeLessThan(2 ** 31);
});

test("where WebAssembly may not compile (a CSP without 'wasm-unsafe-eval'), no instance: callers hash in JavaScript", () => {
  const real = WebAssembly.Module;
  (WebAssembly as { Module: unknown }).Module = function refused() {
    throw new EvalError("Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not an allowed source");
  };
  try {
    expect(Sha256x4.create()).toBeNull();
  } finally {
    (WebAssembly as { Module: unknown }).Module = real;
  }
  expect(Sha256x4.create()).not.toBeNull();
});
