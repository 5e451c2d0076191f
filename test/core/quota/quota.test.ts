import type { Cell } from "../../../src/core/grid/cell";
import { completeDraw, prepareDraw, quotaReport } from "../../../src/core/draw/session";
import type { QuotaRow } from "../../../src/core/quota/quota";
import { quartersTouched } from "../../../src/core/quota/quarters";
import { drawBook } from "../draw/book";

const T = (code: string, t: Record<string, Cell>): Record<string, Cell> => ({ 抽查任务编号: code, 抽查任务名称: code, 联合类型: "部门内部", 发起部门: "执法一大队", ...t });
const rule = (rows: QuotaRow[], name: string): QuotaRow => rows.find((r) => r.rule === name)!;
const meta = { seed: "2026030112345678901234", seedSource: "typed" as const, time: "2026-03-01T10:00:00+08:00", operator: "测试" };

function after(opts: Parameters<typeof drawBook>[0]): QuotaRow[] {
  const prepared = prepareDraw(drawBook(opts), { today: "2026-03-01" });
  expect(prepared.plan.issues.filter((i) => i.severity === "error")).toEqual([]);
  const done = completeDraw(prepared, meta);
  if (!done.ok) throw new Error("draw failed");
  return done.quotas;
}
const before = (opts: Parameters<typeof drawBook>[0]): QuotaRow[] => quotaReport(prepareDraw(drawBook(opts)));

describe("quota rules, passing and failing", () => {
  test("年度抽查覆盖率: 5% of 125 active targets = 7", () => {
    expect(rule(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "7户" })] }), "年度抽查覆盖率下限").verdict).toBe("达标");
    expect(rule(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "6户" })] }), "年度抽查覆盖率下限").verdict).toBe("未达标");
    expect(rule(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "6户" })] }), "年度抽查覆盖率下限").actual).toContain("抽取前");
  });

  test("信用分类抽查占比: ungraded draws count against it", () => {
    const graded = after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "10户" })] });
    expect(rule(graded, "信用分类抽查占比下限").verdict).toBe("达标");
    const ungraded = after({ ungradedEvery: 2, tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "20户" })] });
    expect(rule(ungraded, "信用分类抽查占比下限").verdict).toBe("未达标");
    expect(rule(ungraded, "信用分类抽查占比下限").detail).toContain("未分级");
    expect(rule(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "10户" })] }), "信用分类抽查占比下限").verdict).toBe("无法判断");
    expect(rule(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "按风险等级", 分级比例: "A:5%;B:5%;C:5%;D:5%" })] }), "信用分类抽查占比下限").verdict).toBe("达标");
  });

  test("跨部门联合抽查占比 and 联合抽查每行业最少家数", () => {
    const joint = T("J", { 联合类型: "跨部门联合", 联合部门: "包头市自然资源局", 对象范围: "非煤矿山、工贸", 抽查比例或数量: "6户", 每行业最少: 3 });
    const pass = after({ tasks: [T("A", { 对象范围: "危险化学品", 抽查比例或数量: "10户" }), joint] });
    expect(rule(pass, "跨部门联合抽查占比下限").verdict).toBe("达标");
    expect(rule(pass, "联合抽查每行业最少家数").verdict).toBe("达标");
    const fail = after({ tasks: [T("A", { 对象范围: "危险化学品", 抽查比例或数量: "30户" }), { ...joint, 每行业最少: 2, 抽查比例或数量: "4户" }] });
    expect(rule(fail, "跨部门联合抽查占比下限").verdict).toBe("未达标");
    expect(rule(fail, "联合抽查每行业最少家数").verdict).toBe("未达标");
    expect(rule(fail, "联合抽查每行业最少家数").actual).toContain("J 非煤矿山 2 家");
    expect(rule(before({ tasks: [{ ...joint, 每行业最少: null }] }), "联合抽查每行业最少家数").verdict).toBe("无法判断");
  });

  test("每季度内部联合抽查最少次数: periods touching each quarter", () => {
    expect(quartersTouched("2026-03-15", "2026-04-10", "2026")).toEqual([1, 2]);
    expect(quartersTouched("2026-01-01", "2026-12-31", "2026")).toEqual([1, 2, 3, 4]);
    const internalJoint = (code: string): Record<string, Cell> => T(code, { 联合类型: "内部联合", 联合部门: "执法二大队", 对象范围: "工贸", 抽查比例或数量: "2户", 开始时间: "2026-01-01", 结束时间: "2026-12-31" });
    expect(rule(before({ tasks: [internalJoint("A"), internalJoint("B")] }), "每季度内部联合抽查最少次数").verdict).toBe("达标");
    const one = before({ tasks: [internalJoint("A"), { ...internalJoint("B"), 结束时间: "2026-06-30" }] });
    expect(rule(one, "每季度内部联合抽查最少次数").verdict).toBe("未达标");
    expect(rule(one, "每季度内部联合抽查最少次数").actual).toContain("2026年第3季度 1 次");
  });

  test("每组执法人员最少人数 and 同一对象年度抽查上限", () => {
    const ok = after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "5户" })] });
    expect(rule(ok, "每组执法人员最少人数").verdict).toBe("达标");
    expect(rule(ok, "同一对象年度抽查上限").verdict).toBe("达标");
    const all = (code: string): Record<string, Cell> => T(code, { 对象范围: "非煤矿山", 抽查比例或数量: "100%" });
    const over = after({ tasks: [all("A"), all("B"), all("C")] });
    expect(rule(over, "同一对象年度抽查上限").verdict).toBe("未达标");
    // Every 非煤矿山 target, drawn by all three tasks, in the order first drawn (task A's ticket order).
    expect(rule(over, "同一对象年度抽查上限").actual).toMatch(/^超过：9115020000000001GU（非煤矿山单位7）3 次、9115020000000001UX（非煤矿山单位18）3 次、.* 等 25 家$/);
  });
});

test("a USCC holding “|” (accepted with a warning) is counted under its own id", () => {
  // The yearly-cap count once keyed "year|uscc" and split it again: such an id broke the quota report.
  const sheets = drawBook({ industries: { 非煤矿山: 25 }, tasks: [T("A", { 对象范围: "非煤矿山", 抽查比例或数量: "100%" }), T("B", { 对象范围: "非煤矿山", 抽查比例或数量: "100%" })] });
  sheets[0].rows[3][1] = "9115|0200-TEST";
  const prepared = prepareDraw(sheets, { today: "2026-03-01" });
  expect(prepared.reading.issues.map((i) => i.code)).toContain("USCC_FORMAT");
  const done = completeDraw(prepared, meta);
  if (!done.ok) throw new Error("draw failed");
  expect(rule(done.quotas, "同一对象年度抽查上限")).toMatchObject({ verdict: "达标", actual: "无单位超过" });
  expect(done.record.tasks[0].selected.map((s) => s.id)).toContain("9115|0200-TEST");
});

describe("team size against later rules", () => {
  test("teams drawn under a minimum of 2 fail a minimum raised to 3", () => {
    const prepared = prepareDraw(drawBook({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "3户" })] }));
    const done = completeDraw(prepared, meta);
    if (!done.ok) throw new Error("draw failed");
    const stricter = { ...prepared, reading: { ...prepared.reading, rules: { ...prepared.reading.rules, teamMin: 3 } } };
    const rows = quotaReport(stricter, [done.record]);
    expect(rule(rows, "每组执法人员最少人数").verdict).toBe("未达标");
  });
});
