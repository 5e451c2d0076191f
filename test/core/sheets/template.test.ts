import type { SheetData } from "../../../src/core/grid/cell";
import { prepareDraw, planSheets } from "../../../src/core/draw/session";
import { readWorkbook } from "../../../src/core/read/workbook";
import { templateSheets } from "../../../src/core/sheets/template";
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
