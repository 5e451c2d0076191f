import { ceilTimes, fraction, formatPercent, roundHalfUpTimes } from "../../../src/core/values/fraction";
import { parseChineseInteger, parseInteger } from "../../../src/core/values/number";
import { parseCount, parseGradeRatios, parseQuantity, parseRatio } from "../../../src/core/values/ratio";

describe("ratios as exact fractions", () => {
  test.each<[unknown, [number, number] | null]>([
    ["3%", [3, 100]],
    ["3.5%", [7, 200]],
    ["３％", [3, 100]],
    ["0.5%", [1, 200]],
    ["千分之五", [1, 200]],
    ["千分之5", [1, 200]],
    ["5‰", [1, 200]],
    ["百分之三", [3, 100]],
    ["百分之三十", [3, 10]],
    ["3%以上", [3, 100]],
    ["不低于3%", [3, 100]],
    ["100%", [1, 1]],
    [0.03, [3, 100]],
    [0.035, [7, 200]],
    ["0.05", [1, 20]],
    ["120%", null],
    ["3", null],
    ["abc", null],
    [null, null],
  ])("%p", (input, expected) => {
    const f = parseRatio(input as never);
    expect(f === null ? null : [f.num, f.den]).toEqual(expected);
  });
});

describe("counts", () => {
  test.each<[unknown, number | null]>([
    ["37户", 37],
    ["10家", 10],
    ["9", 9],
    [9, 9],
    ["9个", 9],
    ["３７户", 37],
    ["三十七户", 37],
    ["不少于3家", 3],
    ["0", null],
    ["3.5", null],
    [3.5, null],
  ])("%p → %p", (input, expected) => {
    expect(parseCount(input as never)).toBe(expected);
  });

  test("Chinese numerals", () => {
    expect(parseChineseInteger("十")).toBe(10);
    expect(parseChineseInteger("三十七")).toBe(37);
    expect(parseChineseInteger("一百零五")).toBe(105);
    expect(parseChineseInteger("两千")).toBe(2000);
    expect(parseChineseInteger("一万二千")).toBe(12000);
    expect(parseChineseInteger("三七")).toBeNull();
    expect(parseChineseInteger("abc")).toBeNull();
    expect(parseInteger("1,200")).toBe(1200);
    expect(parseInteger("２")).toBe(2);
    expect(parseInteger("2.0")).toBe(2);
    expect(parseInteger(-1)).toBeNull();
  });
});

describe("抽查比例或数量", () => {
  test("ratio, count and by-grade", () => {
    expect(parseQuantity("3%")).toMatchObject({ kind: "ratio", ratio: { num: 3, den: 100 } });
    expect(parseQuantity(0.05)).toMatchObject({ kind: "ratio", ratio: { num: 1, den: 20 } });
    expect(parseQuantity("37户")).toMatchObject({ kind: "count", count: 37 });
    expect(parseQuantity(9)).toMatchObject({ kind: "count", count: 9 });
    expect(parseQuantity("按风险等级")).toMatchObject({ kind: "byGrade" });
    expect(parseQuantity("按信用风险等级抽取")).toMatchObject({ kind: "byGrade" });
    expect(parseQuantity("按照市政府批准的年度监督检查计划中规定的数量开展。")).toBeNull();
    expect(parseQuantity("0%")).toBeNull();
    expect(parseQuantity(null)).toBeNull();
  });

  test("分级比例", () => {
    const g = parseGradeRatios("A:1%;B:3%;C:10%;D:30%")!;
    expect(g).toEqual({ A: { num: 1, den: 100 }, B: { num: 3, den: 100 }, C: { num: 1, den: 10 }, D: { num: 3, den: 10 } });
    expect(parseGradeRatios("低风险：1%，一般风险：3%；较高风险:10%、高风险=30%")).toEqual(g);
    expect(parseGradeRatios("A:1%;B:3%;未分级:5%")?.未分级).toEqual({ num: 1, den: 20 });
    expect(parseGradeRatios("A:1%;A:3%")).toBeNull();
    expect(parseGradeRatios("A 1%")).toBeNull();
    expect(parseGradeRatios("Z:1%")).toBeNull();
  });
});

describe("integer arithmetic", () => {
  test.each([
    [10, "3%", 1, 0],
    [58, "5%", 3, 3],
    [1751, "0.5%", 9, 9],
    [37, "20%", 8, 7],
  ])("N=%i × %s: ceil=%i, round-half-up=%i (worked by hand)", (n, text, ceil, round) => {
    const f = parseRatio(text)!;
    expect(ceilTimes(n, f)).toBe(ceil);
    expect(roundHalfUpTimes(n, f)).toBe(round);
  });

  test("round half up at exactly one half", () => {
    expect(roundHalfUpTimes(50, fraction(1, 100))).toBe(1); // 0.5 → 1
    expect(roundHalfUpTimes(150, fraction(1, 100))).toBe(2); // 1.5 → 2
  });

  test("percent display is exact", () => {
    expect(formatPercent(fraction(7, 200))).toBe("3.5%");
    expect(formatPercent(fraction(1, 20))).toBe("5%");
    expect(formatPercent(fraction(1, 3))).toBe("1/3");
  });
});
