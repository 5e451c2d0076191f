import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { checkDisclosure, RESULT_VALUES } from "../../../src/core/quota/disclosure";
import { before, T } from "./context";

const rules = before({ tasks: [T("A", { 对象范围: "工贸", 抽查比例或数量: "2户" })] }).reading.rules;
const SHEET = "结果公示 2026-03-01";
const HEADER = ["序号", "抽查任务编号", "单位名称", "统一社会信用代码", "检查完成日期", "检查结果", "公示截止日期", "公示日期", "备注"];

/** A dr-2026.2 结果公示 with a title row, the header in row 2 and one body row per entry (from row 3): 检查完成日期 in E, 检查结果 in F, 公示日期 in H. */
function sheet(...rows: { done?: Cell; result?: Cell; published?: Cell }[]): SheetData {
  return {
    name: SHEET,
    rows: [["包头市应急管理局2026年度“双随机、一公开”抽查结果公示"], HEADER, ...rows.map((r, i) => [i + 1, "A", `单位${i + 1}`, `91150200MA0000000${i}`, r.done ?? null, r.result ?? null, null, r.published ?? null, null])],
  };
}

const check = (today: string | null, ...rows: { done?: Cell; result?: Cell; published?: Cell }[]) => checkDisclosure([sheet(...rows)], rules, today)!;

describe("检查结果 must be a word of the result vocabulary", () => {
  test("an unknown 检查结果 is an error at its cell, listing the accepted words; the row is not counted as having a result", () => {
    const c = check("2026-04-01", { done: "2026-03-02", result: "随便写的结果", published: "2026-03-10" });
    expect(c.issues).toEqual([
      {
        severity: "error",
        code: "DISCLOSURE_RESULT_UNKNOWN",
        sheet: SHEET,
        cell: "F3",
        message: `'${SHEET}'!F3：检查结果“随便写的结果”不是规定的写法，请从下拉列表中选择：${RESULT_VALUES.join("、")}。`,
      },
    ]);
    // Not 按期: a row without an accepted result is not a published result.
    expect(c.byRow[0]).toMatchObject({ status: "无法判断", result: "随便写的结果" });
  });

  test("every dropdown word is accepted, and common spellings read as the word", () => {
    for (const word of RESULT_VALUES) {
      const c = check("2026-04-01", { done: "2026-03-02", result: word, published: "2026-03-10" });
      expect([c.issues, c.byRow[0].result, c.byRow[0].status]).toEqual([[], word, "按期"]);
    }
    const read = (typed: string): string => check("2026-04-01", { done: "2026-03-02", result: typed, published: "2026-03-10" }).byRow[0].result;
    expect(read(" 未发现问题 ")).toBe("未发现问题");
    expect(read("通过登记的住所(经营场所)无法联系")).toBe("通过登记的住所（经营场所）无法联系");
    expect(read("已注销")).toBe("注销");
    expect(read("已吊销")).toBe("吊销");
  });
});

describe("检查完成日期 and 公示日期 are checked at the cell", () => {
  test("a cell that is not a date is an error at that cell", () => {
    const c = check("2026-04-01", { done: "三月初", result: "未发现问题", published: "下周" });
    expect(c.issues.map((i) => [i.code, i.cell])).toEqual([
      ["DISCLOSURE_DATE_INVALID", "E3"],
      ["DISCLOSURE_DATE_INVALID", "H3"],
    ]);
    expect(c.issues[0].message).toBe(`'${SHEET}'!E3：检查完成日期“三月初”不是日期，请填写如 2026-05-20 的日期。`);
    expect(c.byRow[0].status).toBe("无法判断");
  });

  test("a month without a day is not a date of completion", () => {
    const c = check("2026-04-01", { done: "2026年3月", result: "未发现问题" });
    expect(c.issues.map((i) => [i.code, i.cell])).toEqual([["DISCLOSURE_DATE_INVALID", "E3"]]);
    expect(c.issues[0].message).toContain("只写到月份");
  });

  test("公示日期 before 检查完成日期 is an error at 公示日期", () => {
    const c = check("2026-04-01", { done: "2026-03-10", result: "未发现问题", published: "2026-03-02" });
    expect(c.issues).toMatchObject([{ severity: "error", code: "DISCLOSURE_DATE_ORDER", cell: "H3", message: `'${SHEET}'!H3：公示日期 2026-03-02 早于检查完成日期 2026-03-10，请核对。` }]);
    expect(c.byRow[0].status).toBe("无法判断");
  });

  test("a date after today is an error at its cell", () => {
    const c = check("2026-04-01", { done: "2026-03-10", result: "未发现问题", published: "2026-04-20" });
    expect(c.issues).toMatchObject([{ code: "DISCLOSURE_DATE_FUTURE", cell: "H3" }]);
    expect(c.issues[0].message).toContain("晚于今天（2026-04-01）");
    // Without a today (nothing to compare with) the same row is judged as typed.
    expect(check(null, { done: "2026-03-10", result: "未发现问题", published: "2026-04-20" }).issues).toEqual([]);
  });

  test("a result or a 公示日期 without 检查完成日期, and a 公示日期 without a result, are errors at the empty cell", () => {
    const c = check("2026-04-01", { result: "未发现问题" }, { published: "2026-03-10" }, { done: "2026-03-02", published: "2026-03-10" });
    expect(c.issues.map((i) => [i.code, i.cell])).toEqual([
      ["DISCLOSURE_DONE_MISSING", "E3"],
      ["DISCLOSURE_DONE_MISSING", "E4"],
      ["DISCLOSURE_RESULT_MISSING", "F4"],
      ["DISCLOSURE_RESULT_MISSING", "F5"],
    ]);
    expect(c.byRow.map((r) => r.status)).toEqual(["无法判断", "无法判断", "无法判断"]);
  });

  test("rows filled in correctly, and rows not filled in at all, raise nothing", () => {
    // 2026-03-02 + 20 working days = 2026-03-30: as of 03-20 the second row is still to be published.
    const c = check("2026-03-20", { done: "2026-03-02", result: "未发现问题", published: "2026-03-10" }, { done: 46083 /* 2026-03-02 */, result: "发现问题已责令改正" }, {});
    expect(c.issues).toEqual([]);
    expect(c.byRow.map((r) => r.status)).toEqual(["按期", "待公示", "未检查"]);
  });
});
