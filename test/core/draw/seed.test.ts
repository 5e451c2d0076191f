import { canonicalJson } from "../../../src/core/hash/canonical";
import { checkSeed, joinSeedParts, normalizeSeed, seedFromRandomBytes } from "../../../src/core/draw/seed";

describe("seed rules (docs/draw-spec.md §3)", () => {
  test("NFKC, then all white space removed", () => {
    expect(normalizeSeed(" 3 1 4 1 5 9\t2 6 ５３５８ ")).toBe("314159265358");
    expect(checkSeed("2026 0301 1234 5678 9012 34")).toEqual({ ok: true, seed: "2026030112345678901234" });
    expect(checkSeed("ABC-def-0123456789xyz")).toEqual({ ok: true, seed: "ABC-def-0123456789xyz" });
  });

  test("refusals say what to change", () => {
    const short = checkSeed("1234");
    expect(short).toMatchObject({ ok: false });
    expect(!short.ok && short.message).toContain("至少需要 20 个");
    const long = checkSeed("1".repeat(201));
    expect(!long.ok && long.message).toContain("最多 200 个");
    const bad = checkSeed("一二三四五六七八九十一二三四五六七八九十");
    expect(!bad.ok && bad.message).toContain("只能包含数字、英文字母和连字符");
    expect(checkSeed("12345678901234567890_")).toMatchObject({ ok: false });
    expect(checkSeed("   ")).toMatchObject({ ok: false });
    expect(checkSeed("1".repeat(20))).toMatchObject({ ok: true });
    expect(checkSeed("1".repeat(200))).toMatchObject({ ok: true });
  });

  test("parts of several parties are joined in the order given", () => {
    expect(joinSeedParts(["31415 92653", "", "２７１８２"])).toBe("3141592653-27182");
  });

  test("generated seeds: 24 digits, unbiased (bytes ≥ 250 skipped)", () => {
    const bytes = Uint8Array.from([250, 251, 0, 9, 10, 249, ...Array.from({ length: 40 }, (_, i) => i)]);
    const seed = seedFromRandomBytes(bytes)!;
    expect(seed).toMatch(/^\d{24}$/);
    expect(seed.startsWith("0909")).toBe(true);
    expect(seedFromRandomBytes(Uint8Array.from([255, 1, 2]))).toBeNull();
    expect(checkSeed(seed)).toEqual({ ok: true, seed });
  });
});

describe("canonical JSON", () => {
  test("sorted keys, no white space, integers only", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"], c: { z: "中", y: 2 } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"y":2,"z":"中"}}');
    expect(() => canonicalJson({ a: 0.5 })).toThrow();
  });
});
