import { readWorkbook } from "../../../src/core/read/workbook";
import { planDraw } from "../../../src/core/draw/plan";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";

const byCode = (r: ReturnType<typeof readWorkbook>, code: string) => r.tasks.find((t) => t.code === code)!;

describe("plan tables resolved against the rosters (dr-2026.2)", () => {
  const qhd = readWorkbook(qinhuangdaoPlanBook({ filled: true }), { today: "2026-03-01" });
  const baotou = readWorkbook(baotouPlanBook(), { today: "2026-03-01" });

  test("the bureau is named by the plan's title when 检查机关 is not given, and said so", () => {
    expect(qhd.rules.authority).toBe("秦皇岛市应急管理局");
    expect(qhd.issues.find((i) => i.code === "AUTHORITY_FROM_TITLE")).toMatchObject({ severity: "warning", sheet: "附件1", cell: "A1" });
    expect(baotou.rules.authority).toBe("包头市应急管理局");
    expect(baotou.issues.some((i) => i.code === "AUTHORITY_FROM_TITLE")).toBe(false);
  });

  test("seats: slash lists act as one, 监管 = 监督管理, the 支队 under the bureau's full name, the bureau as all its departments", () => {
    expect(byCode(qhd, "秦联 025").seats).toEqual([{ label: "非煤矿山安全监管科/执法一大队", departments: ["执法一大队", "非煤矿山安全监督管理科"] }]);
    expect(byCode(qhd, "001 号").seats).toEqual([
      { label: "执法一大队", departments: ["执法一大队"] },
      { label: "非煤矿山安全监督管理科", departments: ["非煤矿山安全监督管理科"] },
    ]);
    expect(byCode(baotou, "内部-1").seats).toEqual([{ label: "包头市应急管理局综合行政执法支队", departments: ["综合行政执法支队"] }]);
    expect(byCode(baotou, "联合-1").seats).toEqual([
      { label: "包头市应急管理局", departments: ["危险化学品安全监督管理科", "工贸行业安全监督管理科", "综合行政执法支队", "非煤矿山安全监督管理科"] },
      { label: "包头市自然资源局", departments: ["包头市自然资源局"] },
    ]);
  });

  test("partner agencies without officers send their own (§7.2): a warning at the cell, no seat", () => {
    expect(byCode(qhd, "秦联 025").selfStaffed).toEqual(["水务局", "市气象局", "市生态环境局"]);
    expect(byCode(baotou, "联合-2").selfStaffed).toEqual(["包头市市场监管局"]);
    expect(byCode(baotou, "联合-2").teamSize).toBe(2);
    const warned = baotou.issues.filter((i) => i.code === "PARTNER_SELF_STAFFED");
    expect(warned.map((i) => `${i.sheet}!${i.cell}`)).toEqual(["部门联合抽查计划表!E6"]);
    expect(baotou.issues.filter((i) => i.code.startsWith("TASK_DEPT"))).toEqual([]);
  });

  test("a task another agency leads, the bureau taking part, is listed and not drawn", () => {
    const led = byCode(qhd, "秦联 040");
    expect(led.notDrawn).toContain("由“市教育相关科室”牵头");
    expect(qhd.issues.filter((i) => i.code === "TASK_LED_ELSEWHERE").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["附件2!I6"]);
    const plan = planDraw(qhd, { tasks: ["秦联 040"] });
    expect(plan.issues.find((i) => i.code === "TASK_NOT_DRAWN_HERE")).toMatchObject({ sheet: "附件2", cell: "6:6" });
  });

  test("scope sub-types are kept where the roster lists 企业类型, and limit who is eligible", () => {
    expect(byCode(qhd, "002 号").scope.subtypes).toEqual({ 危险化学品: ["生产", "经营"] });
    expect(byCode(qhd, "秦联 031").scope.subtypes).toEqual({ 危险化学品: ["生产"] });
    const plan = planDraw({ ...qhd, tasks: qhd.tasks.filter((t) => t.code === "002 号" || t.code === "秦联 031") });
    const [wide, narrow] = plan.tasks;
    expect(narrow.eligible.every((t) => t.subtype === "生产" || t.subtype === "")).toBe(true);
    expect(wide.eligible.some((t) => t.subtype === "经营")).toBe(true);
    expect(wide.eligible.some((t) => t.subtype === "使用")).toBe(false);
  });

  test("without a 企业类型 column the whole industry is drawn, with a warning at the cell", () => {
    const book = qinhuangdaoPlanBook({ filled: true });
    const targets = book.find((s) => s.name === "检查对象名录库")!;
    targets.rows = targets.rows.map((r) => r.filter((_, c) => c !== 4));
    const r = readWorkbook(book, { today: "2026-03-01" });
    expect(byCode(r, "002 号").scope.subtypes).toEqual({});
    expect(byCode(r, "002 号").scope.subtypesNotApplied).toEqual(["危险化学品：生产、经营"]);
    expect(r.issues.filter((i) => i.code === "SCOPE_SUBTYPE_UNKNOWN").map((i) => `${i.sheet}!${i.cell}`)).toEqual(["附件1!H5", "附件2!H5"]);
  });
});

describe("部门别名 (dr-2026.2)", () => {
  const withAliases = (rows: string[][]) => [...qinhuangdaoPlanBook({ filled: true }), { name: "部门别名", rows: [["别名", "名录库中的部门"], ...rows] }];

  test("a plan's name for a department that the built-in rules do not find, through the clerk's sheet", () => {
    const book = withAliases([["矿山科", "非煤矿山安全监督管理科"]]);
    const annex = book.find((s) => s.name === "附件1")!;
    annex.rows[3][9] = "矿山科";
    const r = readWorkbook(book, { today: "2026-03-01" });
    expect(r.sheets.aliases).toEqual({ sheet: "部门别名", headerRow: 1, rows: 1 });
    expect(r.tasks.find((t) => t.code === "001 号")!.seats![1]).toEqual({ label: "矿山科", departments: ["非煤矿山安全监督管理科"] });
    expect(r.issues.filter((i) => i.code.startsWith("TASK_DEPT"))).toEqual([]);
    // Without the alias, the name is reported with the department it may mean.
    const bare = qinhuangdaoPlanBook({ filled: true });
    bare.find((s) => s.name === "附件1")!.rows[3][9] = "矿山科";
    const unknown = readWorkbook(bare).issues.find((i) => i.code === "TASK_DEPT_UNKNOWN")!;
    expect(unknown).toMatchObject({ severity: "error", sheet: "附件1", cell: "J4" });
    expect(unknown.message).toContain("部门别名");
  });

  test("an alias for a department the roster does not have is an error at its cell", () => {
    const r = readWorkbook(withAliases([["八大队", "执法八大队"]]));
    expect(r.issues.find((i) => i.code === "ALIAS_DEPT_UNKNOWN")).toMatchObject({ sheet: "部门别名", cell: "B2" });
  });

  test("dr-2026.1 has no such sheet", () => {
    expect(readWorkbook(withAliases([["矿山科", "非煤矿山安全监督管理科"]]), { algorithm: "dr-2026.1" }).sheets.aliases).toBeNull();
  });
});

describe("a task is led elsewhere only when 发起部门 names another agency (dr-2026.2)", () => {
  const led = (initiator: string) => {
    const book = qinhuangdaoPlanBook({ filled: true });
    const annex = book.find((s) => s.name === "附件2")!;
    const row = annex.rows.findIndex((r) => r.some((c) => c === "市教育相关科室"));
    const col = annex.rows[row].indexOf("市教育相关科室");
    annex.rows[row] = annex.rows[row].map((c, i) => (i === col ? initiator : c));
    const r = readWorkbook(book, { today: "2026-03-01" });
    return { task: r.tasks.find((t) => t.code === "秦联 040")!, issues: r.issues.filter((i) => i.sheet === "附件2" && i.cell === `I${row + 1}`) };
  };

  test.each(["市场监督管理局", "市教育相关科室", "市教育局"])("%s leads: listed, not drawn, a warning", (initiator) => {
    const { task, issues } = led(initiator);
    expect(task.notDrawn).toContain(`由“${initiator}”牵头`);
    expect(issues.map((i) => `${i.severity} ${i.code}`)).toEqual(["warning TASK_LED_ELSEWHERE"]);
  });

  test.each(["执法四大队", "执法一大对", "安全生产基础科", "危险化学品安全监管科室"])("%s (a unit of the bureau, misspelt or without officers) is an error at the cell", (initiator) => {
    const { task, issues } = led(initiator);
    expect(task.notDrawn).toBeUndefined();
    expect(issues.map((i) => `${i.severity} ${i.code}`)).toEqual(["error TASK_DEPT_UNKNOWN"]);
  });
});
