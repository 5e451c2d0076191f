import { jointShare } from "../../../../src/core/quota/rules/joint-share";
import { after, before, T } from "../context";

const joint = T("J", { 联合类型: "跨部门联合", 联合部门: "包头市自然资源局", 对象范围: "非煤矿山、工贸", 抽查比例或数量: "6户", 每行业最少: 3 });

describe("跨部门联合抽查占比下限", () => {
  test("6 of 16 drawn by a joint task meets 20 %, 6 of 36 does not", () => {
    expect(jointShare(after({ tasks: [T("A", { 对象范围: "危险化学品", 抽查比例或数量: "10户" }), joint] }))).toMatchObject({
      verdict: "达标",
      actual: "6/16（37.5%）",
      detail: "跨部门联合任务：J",
    });
    expect(jointShare(after({ tasks: [T("A", { 对象范围: "危险化学品", 抽查比例或数量: "30户" }), joint] })).verdict).toBe("未达标");
  });

  test("no joint task: 0 %, and the detail says 无", () => {
    expect(jointShare(before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "5户" })] }))).toMatchObject({ verdict: "未达标", detail: "跨部门联合任务：无" });
  });

  test("nothing planned cannot be judged", () => {
    expect(jointShare(before({ tasks: [] })).verdict).toBe("无法判断");
  });
});
