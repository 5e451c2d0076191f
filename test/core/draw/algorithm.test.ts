import { ALGORITHMS, CURRENT_ALGORITHM, hasRules, isAlgorithm } from "../../../src/core/draw/algorithm";
import { recordBookToRows, RECORD_DATA_SHEET } from "../../../src/core/draw/record";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { verifyWorkbook } from "../../../src/core/draw/verify";
import type { SheetData } from "../../../src/core/grid/cell";
import { specGrid } from "../../../src/core/sheets/sheet-spec";
import { drawBook } from "./book";

const META = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };

/** The book with a draw made under `algorithm`, its sheets written into it. */
function drawn(algorithm: (typeof ALGORITHMS)[number]): { sheets: SheetData[]; done: Extract<ReturnType<typeof completeDraw>, { ok: true }> } {
  const sheets = drawBook();
  const done = completeDraw(prepareDraw(sheets, { today: "2026-03-01", algorithm }), META);
  if (!done.ok) throw new Error("draw failed");
  const written = done.specs.map((spec) => ({ name: spec.name, rows: specGrid(spec) }));
  return { sheets: [...sheets, ...written.filter((w) => w.name !== RECORD_DATA_SHEET), { name: RECORD_DATA_SHEET, rows: recordBookToRows(done.book) }], done };
}

describe("algorithm versions (docs/draw-spec.md §7)", () => {
  test("ids in order; the current one is the newest", () => {
    expect(ALGORITHMS).toEqual(["dr-2026.1", "dr-2026.2"]);
    expect(CURRENT_ALGORITHM).toBe(ALGORITHMS[ALGORITHMS.length - 1]);
    expect(hasRules("dr-2026.2", "dr-2026.1")).toBe(true);
    expect(hasRules("dr-2026.1", "dr-2026.2")).toBe(false);
    expect(isAlgorithm("dr-2026.1")).toBe(true);
    expect(isAlgorithm("dr-2099.1")).toBe(false);
  });

  test("the id is part of the frame: the same book has another frame digest under each", () => {
    const a = prepareDraw(drawBook(), { algorithm: "dr-2026.1" }).plan;
    const b = prepareDraw(drawBook(), { algorithm: "dr-2026.2" }).plan;
    expect([a.algorithm, b.algorithm]).toEqual(["dr-2026.1", "dr-2026.2"]);
    expect(a.frameDigest).not.toBe(b.frameDigest);
  });

  test.each(ALGORITHMS)("a draw made under %s verifies under its own rules", (algorithm) => {
    const { sheets, done } = drawn(algorithm);
    expect(done.record.algorithm).toBe(algorithm);
    const report = verifyWorkbook(sheets);
    expect(report.differences).toEqual([]);
    expect(report.frameDigest).toBe(done.record.frameDigest);
  });

  test("a record made under an id this version does not know is not verified, and says why", () => {
    const { sheets, done } = drawn(CURRENT_ALGORITHM);
    const later = { ...done.book, draws: [{ ...done.record, algorithm: "dr-2099.1" }] };
    const report = verifyWorkbook([...sheets.filter((s) => s.name !== RECORD_DATA_SHEET), { name: RECORD_DATA_SHEET, rows: recordBookToRows(later) }]);
    expect(report.ok).toBe(false);
    expect(report.differences.map((d) => d.found).join("\n")).toContain("算法 dr-2099.1：这次抽取由更新版本的助手完成");
  });
});
