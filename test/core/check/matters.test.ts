import { MatterIndex, readMatters } from "../../../src/core/check/matters";
import type { Matter } from "../../../src/core/model";

const m = (seq: number, code: string, category: string, name: string): Matter => ({
  row: seq + 2, seq: String(seq), code, rightsItem: category, name, content: "", target: "", category: null, method: "", ratioFrequency: "", level: "", basis: "",
});
const LIST = new MatterIndex([
  m(1, "QHD001", "非煤矿山企业的安全检查", "非煤矿山企业安全生产许可证情况的检查"),
  m(2, "QHD002", "非煤矿山企业的安全检查", "非煤矿山企业重大事故隐患排查整治情况的检查"),
  m(3, "QHD003", "危险化学品及相关企业的安全检查", "危险化学品生产、储存企业安全条件的检查"),
  m(4, "QHD004", "危险化学品及相关企业的安全检查", "危险化学品经营许可证情况的检查"),
  m(5, "QHD005", "安全评价机构、检测检验机构的行政检查", "安全评价机构、检测检验机构执业情况的检查"),
]);

describe("抽查事项 as plan tables write them (dr-2026.2)", () => {
  test("a quoted 抽查类别 is every matter of it", () => {
    expect(readMatters("按照市应急管理局随机抽查事项清单“非煤矿山企业的安全检查”抽查类别选取特定抽查事项", LIST)).toEqual({ matters: ["QHD001", "QHD002"], unknown: [], partners: [] });
    expect(readMatters("从市应急管理局随机抽查事项清单“安全评价机构、检测检验机构的行政检查”抽查类别选取特定抽查事项", LIST).matters).toEqual(["QHD005"]);
  });

  test("a whole name containing 、 is one matter; 、 separates only known names", () => {
    expect(readMatters("危险化学品生产、储存企业安全条件的检查", LIST).matters).toEqual(["QHD003"]);
    expect(readMatters("QHD001、QHD004", LIST).matters).toEqual(["QHD001", "QHD004"]);
    expect(readMatters("非煤矿山企业安全生产许可证情况的检查、对锅炉的检查", LIST)).toMatchObject({ unknown: ["非煤矿山企业安全生产许可证情况的检查、对锅炉的检查"] });
  });

  test("lists on ；, line breaks; codes, 序号, names, categories", () => {
    expect(readMatters("QHD002；4\n危险化学品经营许可证情况的检查；非煤矿山企业的安全检查", LIST).matters).toEqual(["QHD002", "QHD004", "QHD001"]);
    expect(readMatters("第1项；序号5", LIST).matters).toEqual(["QHD001", "QHD005"]);
  });

  test("lists by department: the bureau's part read, the partners' kept as typed, also run together", () => {
    const text = "应急管理部门: 非煤矿山企业的安全检查; 水务部门: 对单位/个人取用水行为的随机抽查; 气象部门: 对雷电灾害防御活动的执法检查";
    expect(readMatters(text, LIST)).toEqual({
      matters: ["QHD001", "QHD002"],
      unknown: [],
      partners: ["水务部门: 对单位/个人取用水行为的随机抽查", "气象部门: 对雷电灾害防御活动的执法检查"],
    });
    const runTogether = "应急管理部门: 危险化学品及相关企业的安全检查; 生态环境部门: 对建设项目环境影响报告书(表)的检查 气象部门: 对雷电灾害防御活动的监督检查";
    expect(readMatters(runTogether, LIST).partners).toEqual(["生态环境部门: 对建设项目环境影响报告书(表)的检查", "气象部门: 对雷电灾害防御活动的监督检查"]);
    expect(readMatters(runTogether, LIST).matters).toEqual(["QHD003", "QHD004"]);
  });

  test("unknown matters are kept as typed and returned; without a list, ；-lists are kept as typed", () => {
    expect(readMatters("对锅炉的检查", LIST)).toEqual({ matters: ["对锅炉的检查"], unknown: ["对锅炉的检查"], partners: [] });
    expect(readMatters("对主要负责人带队进行安全检查情况的监督检查；对安全设施设备定期进行检测检验情况的监督检查。", null)).toEqual({
      matters: ["对主要负责人带队进行安全检查情况的监督检查", "对安全设施设备定期进行检测检验情况的监督检查"],
      unknown: [],
      partners: [],
    });
  });
});
