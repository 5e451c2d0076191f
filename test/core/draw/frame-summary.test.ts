import { buildFrame, frameDigest, frameSummary, type FrameInput } from "../../../src/core/draw/frame";
import { bucketOf, FrameIndexBuilder, frameIndex, StreamingFrameIndex } from "../../../src/core/draw/frame-index";
import { readWorkbook } from "../../../src/core/workbook";
import { drawBook, uscc } from "./book";
import { goldenBook } from "./golden-book";

const inputOf = (sheets: Parameters<typeof readWorkbook>[0], prior: FrameInput["prior"] = []): FrameInput => {
  const r = readWorkbook(sheets);
  return { targets: r.targets, inspectors: r.inspectors, recusals: r.recusals, tasks: r.tasks, rules: r.rules, prior };
};

describe("frameSummary: the streamed digest and index equal the reference frame's", () => {
  test.each<[string, FrameInput]>([
    ["a clean book with recusals and prior draws", inputOf(goldenBook(700), [{ year: "2026", uscc: uscc(5), count: 1 }, { year: "2025", uscc: uscc(9), count: 2 }])],
    ["a messy book (duplicate and non-ASCII ids, blanks)", inputOf(goldenBook(700, true))],
    ["a small book (comparator sort)", inputOf(drawBook({ industries: { 工贸: 10 } }))],
    ["an empty book", { targets: [], inspectors: [], recusals: [], tasks: [], rules: readWorkbook([]).rules, prior: [] }],
  ])("%s", (_what, input) => {
    const frame = buildFrame(input);
    const summary = frameSummary(input);
    expect(summary.digest).toBe(frameDigest(frame));
    expect(summary.index).toEqual(frameIndex(frame));
  });

  test("text longer than one hashing piece, surrogate pairs across piece borders, non-ASCII ids", () => {
    const base = inputOf(drawBook({ industries: { 工贸: 70 } }));
    const targets = base.targets.map((t, i) => ({ ...t, name: `${"😀".repeat(700 + i)}${t.name}`, uscc: i % 9 === 0 ? `无代码${i}` : t.uscc }));
    const input = { ...base, targets };
    expect(frameSummary(input).digest).toBe(frameDigest(buildFrame(input)));
  });
});

describe("StreamingFrameIndex", () => {
  const sameBucket = (base: string, make: (i: number) => string): string => {
    for (let i = 0; ; i++) if (bucketOf(make(i)) === bucketOf(base)) return make(i);
  };
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

  test("gives up, never a wrong answer, when an entry may sort before the last one in its bucket", () => {
    const cases: [string, string][] = [
      ["t|AB", sameBucket("t|AB", (i) => `t|A${i}`)], // smaller key
      ["t|X1", sameBucket("t|X1", (i) => `t|X1${i}`)], // longer key with the same start: "=" vs a digit decides
    ];
    for (const [first, second] of cases) {
      const streaming = new StreamingFrameIndex();
      streaming.add(first, bytes("{}"), 2);
      streaming.add(second, bytes("{}"), 2);
      expect(streaming.ordered).toBe(false);
    }
  });

  test("equals the sorting builder for entries in order; a repeated key gives up", () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `t|K${String(i).padStart(5, "0")}`);
    const streaming = new StreamingFrameIndex();
    const exact = new FrameIndexBuilder();
    for (const k of keys) {
      streaming.add(k, bytes(`{"v":"${k}值"}`), bytes(`{"v":"${k}值"}`).length);
      exact.add(k, `{"v":"${k}值"}`);
    }
    expect(streaming.ordered).toBe(true);
    expect(streaming.finish()).toEqual(exact.finish());
    streaming.add(keys[5], bytes("{}"), 2);
    expect(streaming.ordered).toBe(false);
  });

  test("ids that are prefixes of one another (the sorting fallback)", () => {
    const base = inputOf(drawBook({ industries: { 工贸: 10 } }));
    const targets = Array.from({ length: 6000 }, (_, i) => ({ ...base.targets[0], uscc: `X${i}` }));
    const input = { ...base, targets };
    const frame = buildFrame(input);
    expect(frameSummary(input)).toEqual({ digest: frameDigest(frame), index: frameIndex(frame) });
  });
});
