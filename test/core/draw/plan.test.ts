import { scopeKey } from "../../../src/core/draw/eligibility";
import { planDraw } from "../../../src/core/draw/plan";
import { readWorkbook } from "../../../src/core/read/workbook";
import { drawBook, uscc } from "./book";

const plan = (...args: Parameters<typeof drawBook>) => planDraw(readWorkbook(drawBook(...args)));
const strata = (p: ReturnType<typeof plan>, i = 0) => p.tasks[i].strata.map((s) => [s.key, s.size, s.take, s.rule]);
const task = (t: Record<string, string | number | null>) => ({ 抽查任务编号: "T01", 抽查任务名称: "任务", 联合类型: "部门内部", 发起部门: "执法一大队", ...t });

describe("strata and allocation (docs/draw-spec.md §4)", () => {
  test("a ratio over the whole scope: one stratum, ceil by default", () => {
    const p = plan({ tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "3%" })] });
    expect(p.ok).toBe(true);
    expect(strata(p)).toEqual([["全部", 40, 2, "ceil"]]);
  });

  test("round-half-up when the rules say 四舍五入", () => {
    const p = plan({ tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "3%" })], rules: [["取整方式", "四舍五入"]] });
    expect(strata(p)).toEqual([["全部", 40, 1, "round-half-up"]]);
  });

  test("a ratio with 每行业最少: one stratum per industry, minimum applied", () => {
    const p = plan({ tasks: [task({ 对象范围: "危险化学品、非煤矿山、工贸", 抽查比例或数量: "5%", 每行业最少: 3 })] });
    expect(strata(p)).toEqual([
      ["危险化学品", 40, 3, "ceil"],
      ["工贸", 60, 3, "ceil"],
      ["非煤矿山", 25, 3, "ceil"],
    ]);
  });

  test("a fixed count over several industries: minimums, then largest remainder over sizes", () => {
    const p = plan({ tasks: [task({ 对象范围: "危险化学品、非煤矿山、工贸", 抽查比例或数量: "20户", 每行业最少: 3 })] });
    // 11 seats left over sizes 40/60/25 (125): 3.52 / 5.28 / 2.2 → 3/5/2, one left → 危险化学品 (0.52).
    expect(strata(p)).toEqual([
      ["危险化学品", 40, 7, "largest-remainder"],
      ["工贸", 60, 8, "largest-remainder"],
      ["非煤矿山", 25, 5, "largest-remainder"],
    ]);
    expect(p.tasks[0].take).toBe(20);
  });

  test("graded: industry × grade, 未分级 at the highest ratio unless 分级比例 names it", () => {
    const p = plan({
      industries: { 危险化学品: 40 },
      ungradedEvery: 5,
      tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "按风险等级", 分级比例: "A:1%;B:3%;C:10%;D:30%" })],
    });
    const rows = strata(p);
    expect(rows.map((r) => r[0])).toEqual(["危险化学品·A", "危险化学品·B", "危险化学品·C", "危险化学品·D", "危险化学品·未分级"]);
    const ungraded = p.tasks[0].strata.find((s) => s.grade === "未分级")!;
    expect(ungraded.size).toBe(8);
    expect(ungraded.take).toBe(3); // ceil(8 × 30%)
    expect(ungraded.note).toContain("未分级按最高分级比例 30%");
    const explicit = plan({
      industries: { 危险化学品: 40 },
      ungradedEvery: 5,
      tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "按风险等级", 分级比例: "A:1%;B:3%;C:10%;D:30%;未分级:5%" })],
    });
    expect(explicit.tasks[0].strata.find((s) => s.grade === "未分级")!.take).toBe(1);
  });

  test("graded with an overall ratio: topped up to the ratio by largest remainder", () => {
    const p = plan({ industries: { 工贸: 60 }, tasks: [task({ 对象范围: "工贸", 抽查比例或数量: "20%", 分级比例: "A:1%;B:1%;C:1%;D:1%" })] });
    expect(p.tasks[0].take).toBe(12);
    expect(p.tasks[0].strata.some((s) => s.topUp > 0)).toBe(true);
  });

  test("a grade without a ratio stops the draw before the seed", () => {
    const p = plan({ tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "按风险等级", 分级比例: "A:1%;B:3%" })] });
    expect(p.ok).toBe(false);
    expect(p.issues.map((i) => i.code)).toContain("STRATUM_INFEASIBLE");
    expect(p.issues.find((i) => i.code === "STRATUM_INFEASIBLE")!.message).toMatch(/分级比例没有给出 [CD] 级/);
  });

  test("a stratum below its minimum, or a count above the pool, stops the draw with a message naming it", () => {
    const small = plan({ industries: { 危险化学品: 40, 煤矿: 2 }, tasks: [task({ 对象范围: "危险化学品、煤矿", 抽查比例或数量: "10户", 每行业最少: 3 })] });
    expect(small.ok).toBe(false);
    expect(small.issues.find((i) => i.code === "STRATUM_INFEASIBLE")!.message).toContain("行业“煤矿”只有 2 家符合条件，少于每行业最少 3 家");
    const big = plan({ tasks: [task({ 对象范围: "非煤矿山", 抽查比例或数量: "30户" })] });
    expect(big.issues.find((i) => i.code === "STRATUM_INFEASIBLE")!.message).toContain("计划抽取 30 家，但符合条件的只有 25 家");
  });

  test("eligibility: inactive, 重点/一般 filter and the yearly cap are excluded with reasons", () => {
    const sheets = drawBook({ industries: { 危险化学品: 10 }, tasks: [task({ 对象范围: "危险化学品、一般", 抽查比例或数量: "2户" })] });
    const rows = sheets[0].rows;
    rows[0].push("是否重点", "本年已检查次数");
    rows[1][5] = "注销";
    rows[2].push("是", 0);
    rows[3].push("否", 2);
    const p = planDraw(readWorkbook(sheets), { prior: [{ year: "2026", uscc: uscc(4), count: 1 }, { year: "2026", uscc: uscc(5), count: 2 }, { year: "2025", uscc: uscc(6), count: 9 }] });
    expect(p.tasks[0].excluded).toEqual([
      { id: uscc(1), reason: "状态为注销" },
      { id: uscc(2), reason: "重点单位（本任务只抽一般单位）" },
      { id: uscc(3), reason: "本年已检查 2 次，达到同一对象年度抽查上限 2 次" },
      { id: uscc(5), reason: "本年已被抽中 2 次，达到同一对象年度抽查上限 2 次" },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(p.tasks[0].eligible).toHaveLength(6);
  });

  test("teams that cannot be formed are found before the seed", () => {
    const p = plan({
      departments: { 执法一大队: 1, 包头市自然资源局: 2 },
      tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "3%" }), task({ 抽查任务编号: "T02", 联合类型: "跨部门联合", 联合部门: "包头市水务局", 对象范围: "工贸", 抽查比例或数量: "3%" })],
    });
    expect(p.ok).toBe(false);
    const codes = p.issues.map((i) => i.code);
    expect(codes).toContain("TEAM_INFEASIBLE");
    // An agency without officers in the roster sends its own (dr-2026.2 §7.2); the bureau still needs two.
    expect(codes).toContain("PARTNER_SELF_STAFFED");
    expect(p.issues.find((i) => i.code === "TEAM_INFEASIBLE")!.message).toContain("可派执法人员只有 1 人，少于每组 2 人");
  });

  test("a recusal that leaves one target without a full team is named, with that target only", () => {
    // Two officers, teams of two: recusing one from the second 危险化学品 target (uscc(2); not the
    // first of its industry, which the plan checks anyway) leaves one.
    const p = plan({ departments: { 执法一大队: 2 }, recusals: [["15020000001", uscc(2)]], tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "3%" })] });
    expect(p.ok).toBe(false);
    const team = p.issues.filter((i) => i.code === "TEAM_INFEASIBLE");
    expect(team.map((i) => i.message)).toEqual([`任务!2:2：任务 T01：单位 ${uscc(2)}（危险化学品单位2，有回避人员）组不成检查组——可派执法人员只有 1 人，少于每组 2 人。请检查人员的所属部门、执法领域、执法证有效期和在岗状态。`]);
    // The same book without the recusal plans.
    expect(plan({ departments: { 执法一大队: 2 }, tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "3%" })] }).ok).toBe(true);
  });

  test("unknown task codes in the selection are errors", () => {
    const p = planDraw(readWorkbook(drawBook()), { tasks: ["T01", "T99"] });
    expect(p.issues.map((i) => i.code)).toContain("TASK_NOT_FOUND");
    expect(p.tasks.map((t) => t.task.code)).toEqual(["T01"]);
  });
});

describe("tasks sharing a scope share its eligibility", () => {
  test("each task plans as it would alone: same year and scope (in any order or spelling) shared, another year or scope not", () => {
    const tasks = [
      task({ 抽查任务编号: "T01", 对象范围: "危险化学品、工贸", 抽查比例或数量: "5%" }),
      task({ 抽查任务编号: "T02", 对象范围: "工贸、危险化学品", 抽查比例或数量: "按风险等级", 分级比例: "A:5%;B:10%;C:20%;D:40%" }),
      task({ 抽查任务编号: "T03", 对象范围: "危险化学品、工贸", 抽查比例或数量: "3户", 每行业最少: 1, 开始时间: "2027-03-01", 结束时间: "2027-11-30" }),
      task({ 抽查任务编号: "T04", 对象范围: "工贸", 抽查比例或数量: "10%", 每行业最少: 2 }),
      task({ 抽查任务编号: "T05", 对象范围: "危险化学品、工贸", 抽查比例或数量: "按风险等级", 分级比例: "A:1%;B:2%;C:3%;D:4%", 每行业最少: 2 }),
    ];
    const reading = readWorkbook(drawBook({ tasks, ungradedEvery: 4 }));
    const prior = [{ year: "2026", uscc: uscc(3), count: 3 }];
    const together = planDraw(reading, { prior });
    expect(together.ok).toBe(true);
    const [t1, t2, t3, t4, t5] = together.tasks;
    expect(t2.eligible).toBe(t1.eligible);
    expect(t5.eligible).toBe(t1.eligible);
    expect(t3.eligible).not.toBe(t1.eligible);
    expect(t4.eligible).not.toBe(t1.eligible);
    expect(t1.excluded.map((e) => e.id)).toContain(uscc(3));
    expect(t3.excluded.map((e) => e.id)).not.toContain(uscc(3));
    for (const tp of together.tasks) {
      const alone = planDraw(reading, { prior, tasks: [tp.task.code] }).tasks[0];
      expect(tp.eligible).toEqual(alone.eligible);
      expect(tp.excluded).toEqual(alone.excluded);
      expect(tp.strata).toEqual(alone.strata);
    }
  });
});

test("scopeKey tells apart exactly what eligibility reads", () => {
  const [t] = readWorkbook(drawBook({ tasks: [task({ 对象范围: "危险化学品", 抽查比例或数量: "5%" })] })).tasks;
  const withScope = (scope: Partial<typeof t.scope>, start = t.start) => ({ ...t, start, scope: { ...t.scope, ...scope } });
  const key = (x: typeof t) => scopeKey(x);
  expect(key(withScope({ industries: ["工贸", "危险化学品"] }))).toBe(key(withScope({ industries: ["危险化学品", " 工贸", "工贸"] })));
  expect(key(withScope({ industries: [] }))).not.toBe(key(withScope({ industries: [" "] }))); // no filter ≠ a filter matching nothing
  expect(key(withScope({ industries: ["a\u0001b"] }))).not.toBe(key(withScope({ industries: ["a", "b"] })));
  expect(key(withScope({ key: true }))).not.toBe(key(withScope({ key: null })));
  expect(key(withScope({}, "2027-01-01"))).not.toBe(key(withScope({})));
  expect(key(withScope({ areas: ["东河区"] }))).not.toBe(key(withScope({ industries: ["东河区"], areas: [] })));
});
