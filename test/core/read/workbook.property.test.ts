import fc from "fast-check";
import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { SCHEMAS } from "../../../src/core/read/schema";
import { readWorkbook } from "../../../src/core/read/workbook";
import { smallBook } from "../fixtures";

/** Labels and values that steer the reader into its deeper paths, mixed with noise. */
const LABELS = Object.values(SCHEMAS).flatMap((s) => s.columns.flatMap((c) => [c.label, ...c.aliases]));
const VALUES = [
  "#N/A", "#REF!", "#DIV/0!", "A", "b", "高风险", "未分级", "是", "否", "注销", "在岗", "休假", "3%", "37户",
  "按风险等级", "A:1%;B:3%", "2026-03-01", "2026年13月1日", "2026年3月", "91350100M000100Y43",
  "91350100M000100Y4Z", "９１３５０１００Ｍ０００１００Ｙ４３", "=SUM(A1)", "注：说明", "—", "危险化学品、工贸",
  "执法一大队", "M001", "", " ", "合计",
];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.oneof(fc.integer({ min: -10, max: 60000 }), fc.double({ noNaN: false })),
  fc.constantFrom(...LABELS),
  fc.constantFrom(...VALUES),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
);
const rows = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 25 });
const merge = fc
  .tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
  .map(([r, c, h, w]) => `${String.fromCharCode(65 + c)}${r}:${String.fromCharCode(65 + c + w)}${r + h}`);
const sheetArb: fc.Arbitrary<SheetData> = fc.record({
  name: fc.oneof(fc.constantFrom("对象", "人员", "计划", "抽取结果", "规则"), fc.string({ maxLength: 8 })),
  rows,
  merges: fc.option(fc.array(fc.oneof(merge, fc.string({ maxLength: 6 })), { maxLength: 4 }), { nil: undefined }),
});

describe("reader properties", () => {
  test("never throws on arbitrary cell arrays, and every issue is addressed", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 6 }), (sheets) => {
        const r = readWorkbook(sheets, { today: "2026-03-01" });
        for (const i of r.issues) {
          expect(["error", "warning"]).toContain(i.severity);
          expect(i.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("never throws when arbitrary rows follow real headers", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 20 }), fc.nat(3), (extra, which) => {
        const book = smallBook();
        book[which].rows.push(...extra);
        readWorkbook(book);
      }),
      { numRuns: 300 },
    );
  });

  test("shuffling data rows does not change what is read", () => {
    const base = readWorkbook(smallBook());
    const strip = <T extends { row: number }>(xs: T[]): string[] => xs.map(({ row: _row, ...rest }) => JSON.stringify(rest)).sort();
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 16, maxLength: 16 }), (keys) => {
        const book = smallBook();
        let k = 0;
        for (const s of book) {
          const [header, ...data] = s.rows;
          const order = data.map((row, i) => ({ row, key: keys[k++ % keys.length] * 16 + i }));
          order.sort((a, b) => a.key - b.key);
          s.rows = [header, ...order.map((o) => o.row)];
        }
        const r = readWorkbook(book);
        expect(strip(r.targets)).toEqual(strip(base.targets));
        expect(strip(r.inspectors)).toEqual(strip(base.inspectors));
        expect(strip(r.tasks)).toEqual(strip(base.tasks));
        expect(r.issues.map((i) => i.code).sort()).toEqual(base.issues.map((i) => i.code).sort());
      }),
      { numRuns: 200 },
    );
  });

  test("blank rows and blank columns change nothing but row numbers", () => {
    const base = readWorkbook(smallBook());
    const book = smallBook();
    for (const s of book) {
      s.rows = s.rows.flatMap((r, i) => (i === 0 ? [r] : [[], r])).map((r) => [null, ...r]);
    }
    const r = readWorkbook(book);
    expect(r.issues).toEqual([]);
    expect(r.targets.map((t) => t.uscc)).toEqual(base.targets.map((t) => t.uscc));
    expect(r.tasks.map((t) => t.scope)).toEqual(base.tasks.map((t) => t.scope));
  });
});
