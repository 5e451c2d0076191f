import type { SheetData } from "../../../src/core/grid/cell";
import { prepareDraw, planSheets } from "../../../src/core/draw/session";
import { readWorkbook } from "../../../src/core/read/workbook";
import { templateSheets } from "../../../src/core/sheets/template";
import { addDays, builtinDays, isWorkday, weekday } from "../../../src/core/calendar/workdays";
import { parseDayKind } from "../../../src/core/read/holidays";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { parseJointType, parseRiskGrade, parseTargetStatus, parseTaskType, parseYesNo, parseInspectorStatus, parseMatterCategory } from "../../../src/core/values/vocabulary";
import { drawBook } from "../draw/book";

/** The sheet as a host writes it and reads it back: title row, header, body. */
const asData = (spec: SheetSpec): SheetData => ({ name: spec.name, rows: [[spec.title ?? ""], ...spec.header, ...spec.body] });

describe("the blank template", () => {
  const specs = templateSheets();

  test("its 抽查任务 is the one-task-per-row table, read as such — not as a published plan table", () => {
    const reading = readWorkbook(specs.map(asData), { today: "2026-03-01" });
    expect(reading.issues).toEqual([]);
    expect(reading.tasks.map((t) => t.source?.shape)).toEqual(["flat"]);
    const tasks = specs.find((s) => s.name === "抽查任务")!;
    expect(tasks.header[0]).not.toContain("序号");
    expect(tasks.header[0]).not.toContain("检查对象抽取单位");
  });

  test("every title shows real header aliases (never an empty “”)", () => {
    for (const s of specs) expect(s.title ?? "").not.toContain("“”");
  });

  test("every dropdown word reads as a value of its column under the current version", () => {
    const parsers: Record<string, (v: string) => unknown> = {
      "检查对象名录库:信用风险等级": parseRiskGrade,
      "检查对象名录库:是否重点": parseYesNo,
      "检查对象名录库:登记状态": parseTargetStatus,
      "执法检查人员名录库:是否专家": parseYesNo,
      "执法检查人员名录库:状态": parseInspectorStatus,
      "抽查事项清单:事项类别": parseMatterCategory,
      "抽查任务:抽查类型": parseTaskType,
      "抽查任务:联合类型": parseJointType,
      "抽查任务:需要专家": parseYesNo,
      "节假日安排:放假/上班": parseDayKind,
    };
    let lists = 0;
    for (const s of specs) {
      s.columns?.forEach((c, i) => {
        if (!c.list) return;
        lists += 1;
        const label = String(s.header[0][i]).replace("*", "");
        const parse = parsers[`${s.name}:${label}`] ?? parsers[`${s.name}:${label.replace(/^状态$/u, "登记状态")}`];
        expect([s.name, label, parse !== undefined]).toEqual([s.name, label, true]);
        for (const word of c.list) expect([s.name, label, word, parse(word)]).not.toContainEqual(null);
      });
    }
    expect(lists).toBeGreaterThanOrEqual(8);
    const status = specs.find((s) => s.name === "检查对象名录库")!.columns!.find((c) => c.list?.includes("正常"))!.list!;
    expect(status).toEqual(expect.arrayContaining(["停业", "清算"]));
  });
});

describe("the template's 节假日安排 (issue #16)", () => {
  const specs = templateSheets();
  const sheet = specs.find((s) => s.name === "节假日安排")!;

  test("lists the 2026 days of the built-in calendar, each with its notice", () => {
    expect(sheet.header).toEqual([["日期*", "放假/上班*", "依据"]]);
    expect(sheet.body).toHaveLength(builtinDays(2026).length);
    expect(sheet.body[0]).toEqual(["2026-01-01", "放假", "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）：元旦"]);
    expect(sheet.body.filter((r) => r[1] === "上班").map((r) => r[0])).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    expect(sheet.columns?.[1].list).toEqual(["放假", "上班"]);
  });

  test("reads back without an issue, every row", () => {
    const reading = readWorkbook(specs.map(asData), { today: "2026-03-01" });
    expect(reading.issues).toEqual([]);
    expect(reading.sheets.holidays).toEqual({ sheet: "节假日安排", headerRow: 2, rows: builtinDays(2026).length });
    // 2026 is built in: the rows add no year.
    expect(reading.calendar).toEqual({ years: [], days: {}, faulty: [] });
  });

  test("its rows alone give every day of 2026 as the built-in data does", () => {
    const rows = new Map(sheet.body.map((r) => [String(r[0]), parseDayKind(String(r[1]))]));
    for (let d = "2026-01-01"; d <= "2026-12-31"; d = addDays(d, 1)) {
      const fromRows = rows.get(d) ?? (weekday(d) !== 0 && weekday(d) !== 6);
      expect([d, fromRows]).toEqual([d, isWorkday(d)]);
    }
  });
});

describe("plan tables of a flat task sheet (dr-2026.2)", () => {
  test("are the three standard tables with their standard notes, not the sheet's title", () => {
    const book = drawBook();
    const tasks = book.find((s) => s.name === "任务")!;
    const titled: SheetData = { ...tasks, rows: [["2026年度抽查任务（内部填写说明，不公开）"], ...tasks.rows] };
    const prepared = prepareDraw(book.map((s) => (s === tasks ? titled : s)), { today: "2026-03-01" });
    expect(prepared.plan.issues.filter((i) => i.severity === "error")).toEqual([]);
    const plans = planSheets(prepared, null).filter((s) => /计划/u.test(s.name));
    expect(plans.map((s) => s.name.split(" ")[0])).toEqual(["部门内部抽查计划", "部门联合抽查计划", "随机抽查工作计划"]);
    for (const p of plans) expect(p.title).not.toContain("内部填写说明");
    expect(plans[0].notes?.join("")).toContain("检查方式不限于");
  });
});
