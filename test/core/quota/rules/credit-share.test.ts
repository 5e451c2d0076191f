import { creditShare } from "../../../../src/core/quota/rules/credit-share";
import { after, before, T } from "../context";

describe("信用分类抽查占比下限", () => {
  test("after the draw: ungraded units drawn count against it and are named", () => {
    expect(creditShare(after({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "10户" })] }))).toMatchObject({ verdict: "达标", detail: "抽中单位均已信用分级" });
    const ungraded = creditShare(after({ ungradedEvery: 2, tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "20户" })] }));
    expect(ungraded.verdict).toBe("未达标");
    expect(ungraded.detail).toMatch(/^未分级：(91150200\w{10}、){9}91150200\w{10}( 等 \d+ 家)?$/);
  });

  test("before the draw: judged only when every task is stratified by grade", () => {
    expect(creditShare(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "10户" })] }))).toMatchObject({
      verdict: "无法判断",
      actual: "按等级分层的 0 家 + 未按等级分层的 10 家（抽取前，按应抽数）",
    });
    const graded = creditShare(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "按风险等级", 分级比例: "A:5%;B:5%;C:5%;D:5%" })] }));
    expect(graded.verdict).toBe("达标");
    expect(graded.detail).toBe("");
  });

  test("the 未分级 stratum of a graded task is not credit-classified", () => {
    const row = creditShare(before({ ungradedEvery: 2, tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "按风险等级", 分级比例: "A:5%;B:5%;C:5%;D:5%" })] }));
    expect(row.verdict).toBe("未达标");
  });
});
