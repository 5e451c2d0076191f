import { jointPerIndustry } from "../../../../src/core/quota/rules/joint-per-industry";
import { after, before, T } from "../context";

const joint = T("J", { 联合类型: "跨部门联合", 联合部门: "包头市自然资源局", 对象范围: "非煤矿山、工贸", 抽查比例或数量: "6户", 每行业最少: 3 });

describe("联合抽查每行业最少家数", () => {
  test("3 per industry meets the minimum of 3", () => {
    expect(jointPerIndustry(after({ tasks: [joint] }))).toMatchObject({ verdict: "达标", actual: "均满足" });
  });

  test("an industry short of the minimum is named with its count", () => {
    const row = jointPerIndustry(after({ tasks: [{ ...joint, 每行业最少: 2, 抽查比例或数量: "4户" }] }));
    expect(row.verdict).toBe("未达标");
    expect(row.actual).toBe("不足：J 非煤矿山 2 家；J 工贸 2 家");
  });

  test("before the draw, a joint task not stratified by industry cannot be judged", () => {
    expect(jointPerIndustry(before({ tasks: [{ ...joint, 每行业最少: null }] }))).toMatchObject({
      verdict: "无法判断",
      actual: "部分任务未按行业分层（抽取前，按应抽数）",
    });
  });

  test("internal tasks do not count", () => {
    expect(jointPerIndustry(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "1户" })] })).verdict).toBe("达标");
  });
});
