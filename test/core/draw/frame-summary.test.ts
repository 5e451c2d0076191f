import { createHash } from "node:crypto";
import { buildFrame, frameDigest, frameIndexV1Of, frameSummary, type FrameInput } from "../../../src/core/draw/frame";
import { bucketOf, FrameIndex, frameIndex, recordFingerprint, targetKey } from "../../../src/core/draw/frame-index";
import { recordBookToRows, RECORD_DATA_SHEET } from "../../../src/core/draw/record";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { verifyWorkbook } from "../../../src/core/draw/verify";
import { readWorkbook } from "../../../src/core/read/workbook";
import { drawBook, uscc } from "./book";
import { goldenBook } from "./golden-book";
import { qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";

const inputOf = (sheets: Parameters<typeof readWorkbook>[0], prior: FrameInput["prior"] = [], algorithm: FrameInput["algorithm"] = "dr-2026.2"): FrameInput => {
  const r = readWorkbook(sheets, { algorithm });
  return { algorithm: r.algorithm, targets: r.targets, inspectors: r.inspectors, recusals: r.recusals, tasks: r.tasks, rules: r.rules, prior };
};

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("frameSummary: the streamed digest and index equal the reference frame's", () => {
  test.each<[string, FrameInput]>([
    ["a clean book with recusals and prior draws", inputOf(goldenBook(700), [{ year: "2026", uscc: uscc(5), count: 1 }, { year: "2025", uscc: uscc(9), count: 2 }])],
    ["the same under dr-2026.1", inputOf(goldenBook(700), [{ year: "2026", uscc: uscc(5), count: 1 }], "dr-2026.1")],
    ["a book with 企业类型 (dr-2026.2 frames it)", inputOf(qinhuangdaoPlanBook({ filled: true }))],
    ["a messy book (duplicate and non-ASCII ids, blanks)", inputOf(goldenBook(700, true))],
    ["a small book (comparator sort)", inputOf(drawBook({ industries: { 工贸: 10 } }))],
    ["an empty book", { algorithm: "dr-2026.2", targets: [], inspectors: [], recusals: [], tasks: [], rules: readWorkbook([]).rules, prior: [] }],
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
    expect(frameSummary(input)).toEqual({ digest: frameDigest(buildFrame(input)), index: frameIndex(buildFrame(input)) });
  });

  test("ids that are prefixes of one another, repeated ids", () => {
    const base = inputOf(drawBook({ industries: { 工贸: 10 } }));
    const targets = Array.from({ length: 6000 }, (_, i) => ({ ...base.targets[0], uscc: `X${i % 5000}` }));
    const input = { ...base, targets };
    const frame = buildFrame(input);
    expect(frameSummary(input)).toEqual({ digest: frameDigest(frame), index: frameIndex(frame) });
  });
});

describe("FrameIndex (format 2)", () => {
  const entries = Array.from({ length: 3000 }, (_, i) => [`t|K${String(i).padStart(5, "0")}`, `{"v":"K${i}值"}`] as const);
  const indexOf = (list: readonly (readonly [string, string])[]): Record<string, string> => {
    const index = new FrameIndex();
    for (const [k, json] of list) index.add(k, bytes(json), 0, bytes(json).length);
    return index.finish();
  };

  test("records may arrive in any order", () => {
    const shuffled = [...entries].reverse();
    shuffled.push(...shuffled.splice(17, 40));
    expect(indexOf(shuffled)).toEqual(indexOf(entries));
  });

  test("one changed, added, repeated or removed record changes its bucket and no other", () => {
    const base = indexOf(entries);
    const edits: (readonly (readonly [string, string])[])[] = [
      entries.map(([k, j], i) => (i === 100 ? [k, j.replace("值", "直")] : [k, j])),
      [...entries, ["t|NEW", "{}"]],
      [...entries, entries[100]],
      entries.filter((_, i) => i !== 100),
    ];
    for (const edited of edits) {
      const after = indexOf(edited);
      const changed = [...new Set([...Object.keys(base), ...Object.keys(after)])].filter((b) => base[b] !== after[b]);
      expect(changed).toHaveLength(1);
    }
    expect(Object.keys(base)).toContain(bucketOf(entries[100][0]));
  });

  test("12 hex digits per bucket; a bucket with no record is absent", () => {
    const index = indexOf(entries.slice(0, 5));
    expect(Object.keys(index)).toHaveLength(new Set(entries.slice(0, 5).map(([k]) => bucketOf(k))).size);
    for (const v of Object.values(index)) expect(v).toMatch(/^[0-9a-f]{12}$/);
  });

  // Format 2 is stored in workbooks and must never drift. Expected values from an independent
  // Python MurmurHash3_x86_32 that reproduces the published vectors ("Hello, world!" with seed
  // 0x9747b28c → 24884cba); lane 2 is the same function with its own seed and constants.
  test("record fingerprints are pinned", () => {
    const lanes = (s: string): string[] => [...recordFingerprint(bytes(s), 0, bytes(s).length)].map((x) => (x >>> 0).toString(16).padStart(8, "0"));
    expect(lanes("")).toEqual(["7a9bb0fb", "09f45f69"]);
    expect(lanes("a")).toEqual(["3a2b14df", "598320b1"]);
    expect(lanes('{"uscc":"91150200MA0N1Q2X3Y","name":"包头某某有限公司"}')).toEqual(["156de292", "55be6378"]);
  });
});

describe("verify names the changed rows from the record's index", () => {
  const META = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };
  const sheets = goldenBook(300);
  // A cap of 3: with 2, this seed runs one stratum short under §7.1 (the draw stops), and the subject here is verify.
  sheets.find((s) => s.name === "规则")!.rows[1][1] = 3;
  const done = completeDraw(prepareDraw(sheets, { today: "2026-03-01" }), META);
  if (!done.ok) throw new Error(JSON.stringify(done.failure ?? done.shortfall));
  const { reading } = prepareDraw(sheets, { today: "2026-03-01" });
  const targetsSheet = sheets.find((s) => s.name === reading.sheets.targets!.sheet)!;
  const target = reading.targets[40];
  const edited = sheets.map((s) => (s === targetsSheet ? { ...s, rows: s.rows.map((row, r) => (r === target.row - 1 ? row.map((v, c) => (c === 1 ? `${String(v)}（改）` : v)) : row)) } : s));
  const changedNamed = (report: ReturnType<typeof verifyWorkbook>): string[] => report.differences.filter((d) => d.found.endsWith("抽取后被改动")).map((d) => d.cell);
  /** The edited row is named, and any other row named shares its bucket (a small group, never a stray row). */
  const expectEditedBucket = (report: ReturnType<typeof verifyWorkbook>): void => {
    const named = changedNamed(report);
    expect(named).toContain(`${target.row}:${target.row}`);
    for (const cell of named) expect(bucketOf(targetKey(reading.targets.find((t) => `${t.row}:${t.row}` === cell)!))).toBe(bucketOf(targetKey(target)));
  };

  test("format 2 (this version's records): the edited row and only rows in its bucket", () => {
    expect(done.record.frameIndexVersion).toBe(2);
    const report = verifyWorkbook([...edited, { name: RECORD_DATA_SHEET, rows: recordBookToRows(done.book) }]);
    expectEditedBucket(report);
  });

  test("format 1 (records written before format 2, without frameIndexVersion): the same", () => {
    const { frameIndexVersion: _version, ...draw } = done.record;
    const tasks = reading.tasks.filter((t) => draw.tasks.some((d) => d.code === t.code));
    const v1 = { ...draw, frameIndex: frameIndexV1Of({ algorithm: reading.algorithm, targets: reading.targets, inspectors: reading.inspectors, recusals: reading.recusals, rules: reading.rules, tasks, prior: [] }) };
    const report = verifyWorkbook([...edited, { name: RECORD_DATA_SHEET, rows: recordBookToRows({ ...done.book, draws: [v1] }) }]);
    expectEditedBucket(report);
  });

  test("a format this version does not know: the frame digest still fails, no rows are guessed, the reason is given", () => {
    const book = { ...done.book, draws: [{ ...done.record, frameIndexVersion: 3 }] };
    const report = verifyWorkbook([...edited, { name: RECORD_DATA_SHEET, rows: recordBookToRows(book) }]);
    expect(report.ok).toBe(false);
    expect(changedNamed(report)).toEqual([]);
    expect(report.differences).toContainEqual(expect.objectContaining({ sheet: RECORD_DATA_SHEET, cell: "frameIndexVersion", found: expect.stringContaining("格式 3") }));
  });
});

describe("format 1 (records written before format 2)", () => {
  test("frameIndexV1Of keeps format 1 byte for byte (the golden book's index as pinned before format 2)", () => {
    const input = inputOf(goldenBook(2000), [], "dr-2026.1");
    const tasks = [...input.tasks].sort((a, b) => (a.code < b.code ? -1 : 1));
    const digest = createHash("sha256").update(JSON.stringify(frameIndexV1Of({ ...input, tasks }))).digest("hex");
    expect(digest).toBe("8dc981e09c227765fdfeefb8af6040c4f7ff456224475df62c671c0980fbc5ae");
  });

});

describe("recordFingerprint over a slice", () => {
  test("a record anywhere in a larger buffer has the lanes of the record alone", () => {
    const enc = new TextEncoder();
    for (const json of ['{"a":1}', '{"name":"危险化学品单位1","uscc":"91150200000000001X"}', "", "x", "xy", "xyz"]) {
      const alone = [...recordFingerprint(enc.encode(json), 0, enc.encode(json).length)];
      for (let pad = 0; pad < 5; pad++) {
        const buffer = enc.encode(`${"#".repeat(pad)}${json},,,`);
        const start = pad;
        expect([...recordFingerprint(buffer, start, start + enc.encode(json).length)]).toEqual(alone);
      }
    }
  });
});
