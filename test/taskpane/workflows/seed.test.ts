import { checkSeed } from "../../../src/core/draw/seed";
import { generatedSeed } from "../../../src/taskpane/workflows/useSeed";

describe("generatedSeed", () => {
  test("24 digits that pass the seed rules", () => {
    const seed = generatedSeed((n) => Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) % 256));
    expect(seed).toMatch(/^\d{24}$/);
    expect(checkSeed(seed!).ok).toBe(true);
  });

  test("null when the generator fails or keeps giving unusable bytes", () => {
    expect(
      generatedSeed(() => {
        throw new Error("no crypto");
      }),
    ).toBeNull();
    let calls = 0;
    expect(generatedSeed((n) => (calls++, new Uint8Array(n).fill(255)))).toBeNull();
    expect(calls).toBe(4);
  });
});
