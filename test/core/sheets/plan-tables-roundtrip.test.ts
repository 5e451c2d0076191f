import type { SheetData } from "../../../src/core/grid/cell";
import { columnLetter, parseRange } from "../../../src/core/grid/address";
import { planSheets, prepareDraw } from "../../../src/core/draw/session";
import type { Task } from "../../../src/core/model";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";

/** A written plan table as the sheet a clerk would copy into a workbook of their own (undated name). */
function asSheet(spec: SheetSpec, name: string): SheetData {
  const width = spec.columns.length;
  const rows = [[spec.title ?? ""], ...spec.header, ...spec.body, ...(spec.notes ?? []).map((n) => [n])];
  const merges = [`A1:${columnLetter(width - 1)}1`, ...(spec.headerMerges ?? []).map((m) => {
    const r = parseRange(m)!;
    return `${columnLetter(r.col)}${r.row + 2}:${columnLetter(r.col + r.colSpan - 1)}${r.row + r.rowSpan + 1}`;
  })];
  return { name, rows, merges };
}

/** What the draw reads of a task (the quantity's value, not how it was worded: a number typed into Excel comes back as `9户`). */
const fields = (t: Task) => ({ code: t.code, name: t.name, jointType: t.jointType, quantity: { ...t.quantity, text: undefined }, start: t.start, end: t.end, seats: t.seats, selfStaffed: t.selfStaffed, scope: t.scope.industries, subtypes: t.scope.subtypes, matters: t.matters, partnerMatters: t.partnerMatters });

describe.each([
  ["包头", baotouPlanBook(), ["部门内部抽查计划表", "部门联合抽查计划表"]],
  ["秦皇岛", qinhuangdaoPlanBook({ filled: true }), ["附件1", "附件2"]],
])("%s: plan tables written in their own shape read back to the same tasks and frame", (_city, book, inputs) => {
  const prepared = prepareDraw(book, { today: "2026-03-01" });
  const written = planSheets(prepared, "2026-03-02T09:00:00+08:00").filter((s) => /计划/.test(s.name));

  test("one table per input table, with its title and notes", () => {
    expect(written).toHaveLength(inputs.length);
    const titles = inputs.map((n) => book.find((s) => s.name === n)!.rows[0][0]);
    expect(written.map((s) => s.title)).toEqual(titles);
  });

  test("the same tasks and frame digest when the written tables stand in for the typed ones", () => {
    const again = [...book.filter((s) => !inputs.includes(s.name)), ...written.map((s, i) => asSheet(s, `抄录${i + 1}`))];
    const reread = prepareDraw(again, { today: "2026-03-01" });
    expect(reread.reading.tasks.map(fields)).toEqual(prepared.reading.tasks.map(fields));
    expect(reread.plan.frameDigest).toBe(prepared.plan.frameDigest);
  });
});

test("秦皇岛: 附件1 keeps 联合科室 and its 备注, 附件2 keeps 联合部门; cells as typed", () => {
  const prepared = prepareDraw(qinhuangdaoPlanBook({ filled: true }), { today: "2026-03-01" });
  const [annex1, annex2] = planSheets(prepared, "2026-03-02T09:00:00+08:00").filter((s) => /计划/.test(s.name));
  expect(annex1.header[0][9]).toBe("联合科室");
  expect(annex2.header[0][9]).toBe("联合部门");
  expect(annex1.notes![0]).toMatch(/^备注：1\./);
  expect(annex1.body[0][10]).toBe("2026 年 2 月至 12 月");
  expect(annex2.body[0][5]).toBe("结合企业信用风险等级, 3%以上");
  expect(annex2.body[2][3]).toBe("2026 年秦皇岛市跨部门联合抽查");
});
