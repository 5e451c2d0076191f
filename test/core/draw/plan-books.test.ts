import type { SheetData } from "../../../src/core/grid/cell";
import { recordBookToRows, RECORD_DATA_SHEET } from "../../../src/core/draw/record";
import { completeDraw, planSheets, prepareDraw } from "../../../src/core/draw/session";
import { verifyWorkbook } from "../../../src/core/draw/verify";
import { specGrid } from "../../../src/core/sheets/sheet-spec";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";

const META = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-02T09:30:00+08:00", operator: "张三" };

/** The book with its draw's sheets written in, as a host would write them. */
function drawnBook(sheets: SheetData[]) {
  const prepared = prepareDraw(sheets, { today: "2026-03-01" });
  expect(prepared.plan.issues.filter((i) => i.severity === "error")).toEqual([]);
  const done = completeDraw(prepared, META);
  if (!done.ok) throw new Error(JSON.stringify(done.failure));
  const written = done.specs
    .filter((s) => s.name !== RECORD_DATA_SHEET)
    .map((spec) => ({ name: spec.name, rows: specGrid(spec) }));
  return { prepared, done, book: [...sheets, ...written, { name: RECORD_DATA_SHEET, rows: recordBookToRows(done.book) }] };
}

describe("published plan tables, typed as printed, draw and verify (dr-2026.2)", () => {
  test("秦皇岛 as published: the only errors are the 附件1 cells that give no number", () => {
    const prepared = prepareDraw(qinhuangdaoPlanBook(), { today: "2026-03-01" });
    const errors = prepared.plan.issues.filter((i) => i.severity === "error");
    expect(new Set(errors.map((i) => i.code))).toEqual(new Set(["QUANTITY_NOT_GIVEN"]));
  });

  test("秦皇岛 with numbers filled: each task's scope, count and team departments", () => {
    const { prepared, done, book } = drawnBook(qinhuangdaoPlanBook({ filled: true }));
    const plans = new Map(prepared.plan.tasks.map((t) => [t.task.code, t]));
    expect([...plans.keys()]).toEqual(["001 号", "002 号", "003 号", "004 号", "005 号", "006 号", "秦联 025", "秦联 031"]);
    expect(plans.get("001 号")!.take).toBe(8);
    expect(plans.get("003 号")!.take).toBe(Math.ceil(plans.get("003 号")!.eligible.length * 0.05));
    expect(plans.get("002 号")!.eligible.every((t) => t.industry === "危险化学品" && ["生产", "经营"].includes(t.subtype!))).toBe(true);
    expect(plans.get("秦联 031")!.eligible.every((t) => t.subtype === "生产")).toBe(true);
    for (const task of done.record.tasks) {
      const seats = prepared.reading.tasks.find((t) => t.code === task.code)!.seats!;
      const allowed = new Set(seats.flatMap((s) => s.departments));
      for (const s of task.selected) {
        const officers = s.team.filter((m) => !m.expert);
        expect(officers.every((m) => allowed.has(m.department))).toBe(true);
        // Every seat of the task is on the team; 组长 comes from the initiator's.
        for (const seat of seats) expect(officers.some((m) => seat.departments.includes(m.department))).toBe(true);
        expect(seats[0].departments).toContain(officers.find((m) => m.leader)!.department);
      }
    }
    expect(done.record.tasks.map((t) => t.code)).not.toContain("秦联 040");
    expect(verifyWorkbook(book).differences).toEqual([]);
  });

  test("包头: 37 by the 支队, 9 with 自然资源局, 10 with the 市场监管局 sending its own", () => {
    const { done, book } = drawnBook(baotouPlanBook());
    const counts = Object.fromEntries(done.record.tasks.map((t) => [t.code, t.selected.length]));
    expect(counts).toEqual({ "内部-1": 37, "联合-1": 9, "联合-2": 10 });
    const [internal, mines, chem] = done.record.tasks;
    expect(internal.selected.every((s) => s.team.every((m) => m.expert || m.department === "综合行政执法支队"))).toBe(true);
    expect(mines.selected.every((s) => s.team.some((m) => m.department === "包头市自然资源局"))).toBe(true);
    expect(chem.selected.every((s) => s.team.every((m) => m.department !== "包头市市场监管局"))).toBe(true);
    expect(verifyWorkbook(book).differences).toEqual([]);
  });
});

describe("written sheets carry the clerk's text as typed (dr-2026.2)", () => {
  test("full-width punctuation in names and addresses, task names, self-staffed partners; verify still passes", () => {
    const sheets = baotouPlanBook();
    const targets = sheets.find((s) => s.name === "检查对象名录库")!;
    for (const row of targets.rows.slice(2)) {
      row[1] = `${row[1]}（二厂），分公司`;
      row[7] = `${row[7]}（东门）`;
    }
    const { done, book } = drawnBook(sheets);
    const result = done.specs.find((s) => s.name.startsWith("抽取结果"))!;
    const col = (spec: { header: string[][] }, label: string) => spec.header[0].indexOf(label);
    expect(result.body.every((r) => String(r[col(result, "单位名称")]).endsWith("（二厂），分公司") && String(r[col(result, "地址")]).endsWith("（东门）"))).toBe(true);
    const disclosure = done.specs.find((s) => s.name.startsWith("结果公示"))!;
    expect(disclosure.body.every((r) => String(r[col(disclosure, "单位名称")]).endsWith("（二厂），分公司"))).toBe(true);
    const chem = result.body.filter((r) => r[1] === "联合-2");
    expect(chem.length).toBe(10);
    expect(chem.every((r) => String(r[col(result, "执法人员")]).endsWith("；包头市市场监管局自行选派"))).toBe(true);
    // The frame and the record keep the normalised forms.
    expect(done.record.tasks[0].selected[0].name).toMatch(/\(二厂\),分公司$/);
    expect(verifyWorkbook(book).differences).toEqual([]);
  });
});

test("the 抽取公告 says, before the seed, who sends their own officers, what is drawn whole, which tasks are drawn elsewhere", () => {
  const book = qinhuangdaoPlanBook({ filled: true });
  const targets = book.find((s) => s.name === "检查对象名录库")!;
  targets.rows = targets.rows.map((r) => r.filter((_, c) => c !== 4));
  const prepared = prepareDraw(book, { today: "2026-03-01" });
  const notes = planSheets(prepared, "2026-03-02T09:00:00+08:00").find((s) => s.name.startsWith("抽取公告"))!.notes!;
  expect(notes).toEqual(expect.arrayContaining([
    "任务 秦联 025：水务局、市气象局、市生态环境局在本局执法人员名录库中没有人员，自行选派人员参加，检查组其余人员从本局人员中抽取。",
    "任务 002 号：对象范围只含危险化学品：生产、经营单位，但名录库未填写“企业类型”，本次按整个行业抽取。",
    expect.stringMatching(/^任务 秦联 040（2026 年秦皇岛市跨部门联合抽查）：由“市教育相关科室”牵头/),
  ]));
});
