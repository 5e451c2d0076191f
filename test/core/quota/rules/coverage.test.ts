import { coverage } from "../../../../src/core/quota/rules/coverage";
import { after, before, T } from "../context";

describe("年度抽查覆盖率下限", () => {
  // drawBook has 125 active targets; 5 % of them is ceil(6.25) = 7.
  test("7 of 125 distinct units drawn meets 5 %, 6 does not", () => {
    expect(coverage(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "7户" })] }))).toMatchObject({
      verdict: "达标",
      required: "≥ 5%（7 家 / 名录库在册 125 家）",
      actual: "7/125（5.6%）",
      detail: "按抽中的不重复单位计",
    });
    expect(coverage(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "6户" })] })).verdict).toBe("未达标");
  });

  test("a unit drawn by two tasks counts once", () => {
    const ctx = after({ industries: { 工贸: 20 }, tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "100%" }), T("B", { 对象范围: "工贸", 抽查比例或数量: "100%" })] });
    expect(coverage(ctx).actual).toBe("20/20（100.0%）");
  });

  test("before the draw: the planned counts, marked as such", () => {
    const row = coverage(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "6户" })] }));
    expect(row).toMatchObject({ verdict: "未达标", actual: "6/125（4.8%）（抽取前，按应抽数）" });
  });

  test("an empty roster cannot be judged", () => {
    const ctx = before({ industries: {}, tasks: [] });
    expect(coverage(ctx)).toMatchObject({ verdict: "无法判断", actual: "—（抽取前，按应抽数）" });
  });
});
