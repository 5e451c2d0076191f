import { parsePlanQuantity } from "../../../src/core/values/plan-quantity";

const ratio = (num: number, den: number, byGrade = false) => ({ ok: true, byGrade, quantity: expect.objectContaining({ kind: "ratio", ratio: { num, den } }) });
const count = (n: number) => ({ ok: true, byGrade: false, quantity: expect.objectContaining({ kind: "count", count: n }) });

describe("抽查比例或数量 as plan tables word it", () => {
  test.each<[unknown, unknown]>([
    ["3%以上", ratio(3, 100)],
    ["不低于5%", ratio(1, 20)],
    ["不少于3%", ratio(3, 100)],
    ["≥3%", ratio(3, 100)],
    ["结合企业信用风险等级, 3%以上", ratio(3, 100, true)],
    ["结合企业信用风险等级，3%以上", ratio(3, 100, true)],
    ["按照信用风险等级1%-50%的抽查比例不低于3%", ratio(3, 100, true)],
    ["抽查比例不低于3%", ratio(3, 100)],
    ["37户", count(37)],
    ["9", count(9)],
    [9, count(9)],
    ["不少于37户", count(37)],
    ["10家企业", count(10)],
    ["按风险等级", { ok: true, byGrade: true, quantity: expect.objectContaining({ kind: "byGrade" }) }],
  ])("%p", (input, expected) => {
    expect(parsePlanQuantity(input as never)).toEqual(expected);
  });

  test.each([
    "按照市政府批准的年度监督检查计划中规定的数量开展。",
    "执法计划内100%",
    "计划内100%，每年至少1次",
    "按年度执法计划确定",
  ])("%s gives no sampling number", (text) => {
    expect(parsePlanQuantity(text)).toEqual({ ok: false, reason: "no-number" });
  });

  test.each(["适量", "若干家", "150%", "-5%"])("%s is not understood", (text) => {
    expect(parsePlanQuantity(text)).toEqual({ ok: false, reason: "invalid" });
  });

  test("a minus sign before a floor is not dropped: −5 % is never read as 5 %", () => {
    expect(parsePlanQuantity("结合企业信用风险等级，-5%以上")).toEqual({ ok: false, reason: "invalid" });
    expect(parsePlanQuantity("结合企业信用风险等级，−5%以上")).toEqual({ ok: false, reason: "invalid" });
    expect(parsePlanQuantity("结合企业信用风险等级，-15%以上")).toEqual({ ok: false, reason: "invalid" });
    // A hyphen between two ratios or numbers is a range, as before.
    expect(parsePlanQuantity("按信用风险等级1%-5%以上")).toEqual(ratio(1, 20, true));
    expect(parsePlanQuantity("按信用风险等级1-5%以上")).toEqual(ratio(1, 20, true));
  });

  test("a range of grade ratios without a floor is by grade", () => {
    expect(parsePlanQuantity("按照信用风险等级1%-50%抽查")).toEqual({ ok: true, byGrade: true, quantity: expect.objectContaining({ kind: "byGrade" }) });
  });
});
