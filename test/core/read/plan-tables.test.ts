import { readWorkbook } from "../../../src/core/read/workbook";
import type { Task } from "../../../src/core/model";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";

/** The fields the tables give, per task. */
const fields = (t: Task) => ({
  code: t.code,
  name: t.name,
  initiator: t.initiator,
  partners: t.partners,
  jointType: t.jointType,
  quantity: t.quantity.kind === "ratio" ? `${t.quantity.ratio.num}/${t.quantity.ratio.den}` : t.quantity.kind === "count" ? t.quantity.count : t.quantity.kind,
  start: t.start,
  end: t.end,
  shape: t.source?.shape,
  sheet: t.source?.sheet,
});

describe.each([
  ["typed into Excel (numbers and dates converted)", true],
  ["kept as text", false],
])("published plan tables, %s (dr-2026.2)", (_how, excel) => {
  test("包头: the internal and the joint table, each on its sheet, coded by 序号 (§7.3)", () => {
    const r = readWorkbook(baotouPlanBook({ excel }), { today: "2026-03-01" });
    expect(r.taskSheets.map((s) => [s.sheet, s.headerRow, s.rows])).toEqual([
      ["部门内部抽查计划表", 4, 1],
      ["部门联合抽查计划表", 4, 2],
    ]);
    expect(r.sheets.matters).toBeNull();
    expect(r.tasks.map(fields)).toEqual([
      { code: "内部-1", name: "安全生产：矿山、危化品、工贸行业生产经营单位", initiator: "包头市应急管理局", partners: [], jointType: "部门内部", quantity: 37, start: "2026-01-01", end: "2026-12-31", shape: "internal", sheet: "部门内部抽查计划表" },
      { code: "联合-1", name: "矿山企业联合执法", initiator: "包头市应急管理局", partners: ["包头市自然资源局"], jointType: "跨部门联合", quantity: 9, start: "2026-03-01", end: "2026-11-30", shape: "joint", sheet: "部门联合抽查计划表" },
      { code: "联合-2", name: "危险化学品企业联合执法", initiator: "包头市应急管理局", partners: ["包头市市场监管局"], jointType: "跨部门联合", quantity: 10, start: "2026-03-01", end: "2026-11-30", shape: "joint", sheet: "部门联合抽查计划表" },
    ]);
    const [internal, joint] = r.tasks;
    expect(internal.source!.typed).toMatchObject({ category: "安全生产", drawingUnit: "包头市应急管理局综合行政执法支队", method: "实地检查", level: "市级" });
    expect(internal.source!.table.title).toBe("包头市应急管理局2026年度部门内部“双随机、一公开”抽查计划");
    expect(joint.source!.typed.partnerMatters).toBe("对矿产资源勘查、开采的监督检查");
    expect(joint.source!.table.notes).toEqual(["注：检查方式不限于实地核查、书面检查、网络监测等，可结合监管工作实际和监管需求填写。"]);
    // Nothing about the shapes themselves is an error.
    expect(r.issues.filter((i) => i.severity === "error" && /COLUMN|QUANTITY|DATE|VALUE_MISSING|JOINT/.test(i.code))).toEqual([]);
  });

  test("秦皇岛: 附件1 (联合科室 → 内部联合) and 附件2 (联合部门 → 跨部门联合), dates from one 抽查时间 cell", () => {
    const r = readWorkbook(qinhuangdaoPlanBook({ excel, filled: true }), { today: "2026-03-01" });
    expect(r.taskSheets.map((s) => s.sheet)).toEqual(["附件1", "附件2"]);
    expect(r.tasks.map(fields)).toEqual([
      expect.objectContaining({ code: "001 号", initiator: "执法一大队", partners: ["非煤矿山安全监督管理科"], jointType: "内部联合", quantity: 8, start: "2026-02-01", end: "2026-12-31", shape: "work-plan" }),
      expect.objectContaining({ code: "002 号", jointType: "内部联合", quantity: 10 }),
      expect.objectContaining({ code: "003 号", jointType: "内部联合", quantity: "1/20" }),
      expect.objectContaining({ code: "004 号", initiator: "煤炭安全管理科", partners: [], jointType: "部门内部", quantity: 2 }),
      expect.objectContaining({ code: "005 号", initiator: "局办公室", jointType: "部门内部" }),
      expect.objectContaining({ code: "006 号", initiator: "人事培训科", jointType: "部门内部" }),
      expect.objectContaining({ code: "秦联 025", jointType: "跨部门联合", quantity: "3/100", start: "2026-07-01", end: "2026-08-31", sheet: "附件2" }),
      expect.objectContaining({ code: "秦联 031", jointType: "跨部门联合", quantity: "3/100", start: "2026-10-01", end: "2026-11-30" }),
      expect.objectContaining({ code: "秦联 040", jointType: "跨部门联合", quantity: "3/100", start: "2026-04-01", end: "2026-11-30" }),
    ]);
    expect(r.tasks[0].planCode).toBe("2026001");
    expect(r.tasks[0].source!.table.notes[0]).toMatch(/^备注：1\. 2026 年度局内部联合随机抽查/);
    const warned = r.issues.filter((i) => i.code === "GRADE_RATIOS_NOT_GIVEN").map((i) => `${i.sheet}!${i.cell}`);
    expect(warned).toEqual(["附件2!F4", "附件2!F5"]);
  });

  test("秦皇岛 as published: every 附件1 row is an error at its 抽查比例 cell, asking for a number", () => {
    const r = readWorkbook(qinhuangdaoPlanBook({ excel }), { today: "2026-03-01" });
    const missing = r.issues.filter((i) => i.code === "QUANTITY_NOT_GIVEN");
    expect(missing.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["附件1!F4", "附件1!F5", "附件1!F6", "附件1!F7", "附件1!F8", "附件1!F9"]);
    expect(missing[0].message).toContain("请在此格写明");
  });
});

describe("dr-2026.1 reads one task sheet and the flat table only", () => {
  test("包头's tables: neither is a flat task table (no 抽查任务编号), so there is no task sheet", () => {
    const r = readWorkbook(baotouPlanBook(), { algorithm: "dr-2026.1" });
    expect(r.tasks).toEqual([]);
    expect(r.taskSheets.length).toBeLessThanOrEqual(1);
  });

  test("秦皇岛: only 附件1 is read, and it lacks 开始时间 and 结束时间", () => {
    const r = readWorkbook(qinhuangdaoPlanBook({ filled: true }), { algorithm: "dr-2026.1" });
    expect(r.taskSheets.map((s) => s.sheet)).toEqual(["附件1"]);
    expect(r.issues.filter((i) => i.code === "COLUMN_MISSING").map((i) => i.message)).toEqual([
      expect.stringContaining("缺少必填列“开始时间”"),
      expect.stringContaining("缺少必填列“结束时间”"),
    ]);
    expect(r.tasks.every((t) => t.source === undefined)).toBe(true);
  });
});

describe("a row with no 序号, code, department, ratio or date continues the task above (dr-2026.2)", () => {
  test("its text joins the task's cells, and the reading says so at the row", () => {
    const book = baotouPlanBook();
    const sheet = book.find((s) => s.name === "部门联合抽查计划表")!;
    const first = sheet.rows.findIndex((r) => r[0] === 1 || r[0] === "1");
    // Two header rows above the first task (联合抽查事项 over its two columns).
    const header = sheet.rows[first - 2].map((c, i) => `${c ?? ""}${sheet.rows[first - 1][i] ?? ""}`);
    const focus = header.findIndex((h) => h.includes("检查重点"));
    const added = Array.from({ length: sheet.rows[first].length }, (_, i) => (i === focus ? "另查应急预案演练记录" : null));
    sheet.rows.splice(first + 1, 0, added);
    const r = readWorkbook(book, { today: "2026-03-01" });
    expect(r.tasks.find((t) => t.code === "联合-1")!.focus).toMatch(/另查应急预案演练记录$/u);
    expect(r.tasks.map((t) => t.code)).toEqual(["内部-1", "联合-1", "联合-2"]);
    const warned = r.issues.filter((i) => i.code === "TASK_ROW_CONTINUED");
    expect(warned).toEqual([expect.objectContaining({ severity: "warning", sheet: "部门联合抽查计划表", cell: `${first + 2}:${first + 2}` })]);
    expect(warned[0].message).toContain("联合-1");
  });
});
