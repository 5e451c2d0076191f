import { createHash } from "node:crypto";
import { recordBookToRows, RECORD_DATA_SHEET } from "../../../src/core/draw/record";
import { completeDraw, planSheets, prepareDraw } from "../../../src/core/draw/session";
import { readWorkbook } from "../../../src/core/read/workbook";
import { recordSheet } from "../../../src/core/sheets/record-sheet";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { goldenBook } from "./golden-book";

// Drawn as version 0.1.0 drew them: the digests below were pinned then, and a version's own
// wording of the sheets is part of what verify reproduces for its records.
jest.mock("../../../src/core/version", () => ({ VERSIONS: { packageVersion: "0.1.0", pureRandVersion: jest.requireActual("pure-rand/package.json").version } }));

/**
 * Whole-pipeline known answers of dr-2026.1 (read, planned and drawn under its rules, as verify does
 * for its records), pinned with the code as it stood before the performance work
 * (issue #7): reading, issues, plan, frame index, draw, record, every sheet spec. Any change of
 * output, however small, shows here. Digests use node:crypto, independent of the core's hashing.
 */
const digest = (value: unknown): string => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/**
 * A reading as it was pinned, before it said which rules it was read under, and before the
 * 节假日安排 sheet (not part of the draw) was read.
 */
function pinned(reading: ReturnType<typeof readWorkbook>): unknown {
  const { algorithm, taskSheets, sheets, calendar, ...rest } = reading;
  const { aliases, holidays, ...kinds } = sheets;
  expect([algorithm, aliases, holidays, calendar]).toEqual(["dr-2026.1", null, null, { years: [], days: {}, faulty: [] }]);
  expect(taskSheets.length).toBeLessThanOrEqual(1);
  return { sheets: kinds, ...rest };
}

const SEED = "2026030112345678901234";
const META = { seed: SEED, seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };

describe("golden outputs (2,000-target books)", () => {
  test("a messy book: the reading and every issue", () => {
    const reading = readWorkbook(goldenBook(2000, true), { today: "2026-03-01", algorithm: "dr-2026.1" });
    expect(reading.issues.filter((i) => i.severity === "error").length).toBeGreaterThan(50);
    expect(digest(pinned(reading))).toBe("90e70a219dc702971542cdc7705928c9fb9baecf5e706500283dbc11eb571568");
  });

  test("a drawable book: plan, frame index, two draws, records and sheets", () => {
    const sheets = goldenBook(2000);
    const prepared = prepareDraw(sheets, { today: "2026-03-01", algorithm: "dr-2026.1" });
    expect(prepared.plan.issues.filter((i) => i.severity === "error")).toEqual([]);
    // The plan as it was pinned: the frame index (pinned below, in the record) and the frame value it replaced are left out.
    const { frame, frameIndex, ...plan } = prepared.plan as typeof prepared.plan & { frame?: unknown; frameIndex?: unknown };
    void frame;
    void frameIndex;
    expect(plan.frameDigest).toBe("cb72e1ff12961d650efcdfe47925250d338994dff0b617895b25cb7ba5715ef5");
    expect(digest(pinned(prepared.reading))).toBe("e4d7812cb07e866938c7720d3b633dce294c697486702d8dc28b5eb295c2b8a8");
    // capWithinRun (§7.1, false under dr-2026.1) was added to the plan after this was pinned.
    expect(plan.capWithinRun).toBe(false);
    expect(digest({ ...plan, capWithinRun: undefined })).toBe("0ec1094f70c115a8362540908292543a79ab5a45182f88f8f51021d6a006d13b");
    // Sheet digests re-pinned 2026-12-07 for narrower column widths only (printing at 9 pt or more):
    // the same specs with `columns` left out digest as before (8a244b95… plan, e6b3cd65… draw).
    expect(digest(planSheets(prepared, "2026-03-02T09:00:00+08:00"))).toBe("7b43f55f6391c6969c1117180a68a7430e88006487a96c950bf4f2af97d2e6f8");

    const first = completeDraw(prepared, META);
    if (!first.ok) throw new Error(JSON.stringify(first.failure));
    // The frame index changed format (1 → 2, frame-index.ts); format 1 stays pinned in frame-summary.test.ts.
    expect(digest(first.record.frameIndex)).toBe("5b535de257e7c9c672b08a577941b5e9e16bdb73b4e913cdb8b5264e7b11f999");
    expect(first.record.resultDigest).toBe("e00cfeedc5a7a28d271d56a4b720d077cf634b5c1f1591612ad62f53fa4a103c");
    const { frameIndex: _index, frameIndexVersion, quotaAsWritten, sheets: named, attempt, ...rest } = first.record;
    expect(attempt).toBe(1);
    expect(frameIndexVersion).toBe(2);
    // Records name every sheet they wrote and keep 配额核验's day-dependent rows since 0.3.0 (pinned before as below).
    expect(Object.keys(named)).toEqual(["result", "record", "plans", "quota", "disclosure"]);
    expect(quotaAsWritten?.rows.map((q) => q.rule)).toEqual(["结果公示完整", "结果公示及时"]);
    const record = { ...rest, sheets: { result: named.result, record: named.record } };
    expect(digest(record)).toBe("3390d99a9ca39eac10a06994416b4e4bde6df182d6b45ff9170a68f9d44f08b2");
    // Every sheet but the record data, which holds the record (pinned above without its index);
    // 抽取结果's note on which attempt it is (since 0.3.0) is checked by itself and left out of the pin.
    const ATTEMPT_NOTE = /^本次为本工作簿的第 \d+ 次抽取/;
    const visible = (specs: SheetSpec[]): unknown =>
      specs.filter((s) => s.name !== RECORD_DATA_SHEET).map((s) => (s.notes ? { ...s, notes: s.notes.filter((n) => !ATTEMPT_NOTE.test(n)) } : s));
    expect(first.specs.flatMap((s) => s.notes ?? []).filter((n) => ATTEMPT_NOTE.test(n))).toEqual(["本次为本工作簿的第 1 次抽取，此前没有抽取。"]);
    expect(digest(visible(first.specs))).toBe("f99f916232fa0185676f343a157e30a8634759b473969e9e836f4c53ad9b52c6");
    expect(digest(first.quotas)).toBe("ae8d153657b6124538c289b58c1012cf73f8cc35261b9aa470186165fe81615a");

    // A second draw of the same tasks in a book that holds the first: the yearly cap counts it.
    const again = prepareDraw([...sheets, { name: RECORD_DATA_SHEET, rows: recordBookToRows(first.book) }], { today: "2026-03-01", tasks: ["G01", "G03"], algorithm: "dr-2026.1" });
    const second = completeDraw(again, { ...META, time: "2026-03-05T10:00:00+08:00" });
    if (!second.ok) throw new Error(JSON.stringify(second.failure));
    expect(second.record.resultDigest).toBe("0f5aa7cf25ed7d8db17be8b77a0cc9ea74c4a0082beb42d85ed6202343c8ee34");
    expect(digest(visible(second.specs))).toBe("20aaa8658d73d2ff3cd7dbd9dd97b98371ce64329f5e3a511b16226ba94d57d5");
    expect(second.specs.flatMap((s) => s.notes ?? []).filter((n) => ATTEMPT_NOTE.test(n))).toEqual([expect.stringMatching(/^本次为本工作簿的第 2 次抽取。此前的抽取：第 1 次抽取 2026-03-02T09:30:00\+08:00 张三，保留，结果摘要 e00cfeedc5a7…。$/)]);
  });

  test("the frame index of a smaller book (a few records per bucket)", () => {
    const done = completeDraw(prepareDraw(goldenBook(300), { today: "2026-03-01", algorithm: "dr-2026.1" }), META);
    if (!done.ok) throw new Error(JSON.stringify(done.failure));
    const index = done.record.frameIndex;
    expect(Object.keys(index).length).toBeGreaterThan(100);
    expect(digest(index)).toBe("d49c1da8e7ddf513bf61133899622b71e0b379e1840ebb7574d7f42a157ad8db");
  });

  test("the 抽取记录 note cites the specification as the version that drew the record did", () => {
    const prepared = prepareDraw(goldenBook(200), { today: "2026-03-01", algorithm: "dr-2026.1" });
    const done = completeDraw(prepared, META);
    if (!done.ok) throw new Error("draw failed");
    const note = (packageVersion: string): string => recordSheet({ ...done.record, packageVersion }, done.book, prepared.reading.rules, "抽取记录").notes![0];
    expect(note("0.1.0")).toBe("注：抽取记录同时以机器可读形式保存在隐藏工作表“_抽取记录数据”中。算法见 DRAW-SPEC（dr-2026.1）：任何人可凭本工作簿和随机种子重算并核对。");
    expect(note("0.2.0")).toBe("注：抽取记录同时以机器可读形式保存在隐藏工作表“_抽取记录数据”中。算法见 双随机抽查助手的 docs/draw-spec.md（dr-2026.1）：任何人可凭本工作簿和随机种子重算并核对。");
  });
});
