import { completeDraw, prepareDraw, quotaReport } from "../../../src/core/draw/session";
import type { QuotaRow } from "../../../src/core/quota/row";
import { drawBook } from "../draw/book";
import { META as meta, T } from "./context";

const rule = (rows: QuotaRow[], name: string): QuotaRow => rows.find((r) => r.rule === name)!;

function after(opts: Parameters<typeof drawBook>[0]): QuotaRow[] {
  const prepared = prepareDraw(drawBook(opts), { today: "2026-03-01" });
  expect(prepared.plan.issues.filter((i) => i.severity === "error")).toEqual([]);
  const done = completeDraw(prepared, meta);
  if (!done.ok) throw new Error("draw failed");
  return done.quotas;
}
const before = (opts: Parameters<typeof drawBook>[0]): QuotaRow[] => quotaReport(prepareDraw(drawBook(opts)));

describe("checkQuotas", () => {
  test("one row per rule, in the printed order, before and after the draw", () => {
    const names = ["年度抽查覆盖率下限", "信用分类抽查占比下限", "跨部门联合抽查占比下限", "联合抽查每行业最少家数", "每季度内部联合抽查最少次数", "每组执法人员最少人数", "同一对象年度抽查上限", "结果公示完整", "结果公示及时"];
    expect(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "6户" })] }).map((r) => r.rule)).toEqual(names);
    expect(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "6户" })] }).map((r) => r.rule)).toEqual(names);
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
