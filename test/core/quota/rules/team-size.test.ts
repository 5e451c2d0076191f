import { teamSize } from "../../../../src/core/quota/rules/team-size";
import { after, before, T, withRules } from "../context";

describe("每组执法人员最少人数", () => {
  test("teams of 2 meet a minimum of 2 and fail one raised to 3", () => {
    const ctx = after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "3户" })] });
    expect(teamSize(ctx)).toMatchObject({ verdict: "达标", actual: "每组均满足", detail: "专家不计入执法人员" });
    const stricter = teamSize(withRules(ctx, { teamMin: 3 }));
    expect(stricter.verdict).toBe("未达标");
    expect(stricter.actual).toMatch(/^不足：A 91150200\w{10}、A 91150200\w{10}、A 91150200\w{10}$/);
  });

  test("experts do not count as officers", () => {
    const ctx = after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "2户", 需要专家: "是" })] });
    expect(ctx.draws[0].tasks[0].selected.every((s) => s.team.length === 3)).toBe(true);
    expect(teamSize(withRules(ctx, { teamMin: 3 })).verdict).toBe("未达标");
  });

  test("before the draw: each task's team size", () => {
    const ctx = before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "3户" })] });
    expect(teamSize(ctx)).toMatchObject({ verdict: "达标", actual: "各任务每组人数均满足" });
    expect(teamSize(withRules(ctx, { teamMin: 3 }))).toMatchObject({ verdict: "未达标", actual: "不足：A 2 人" });
  });
});
