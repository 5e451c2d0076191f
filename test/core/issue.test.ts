import { DETAIL_LIMIT, IssueList } from "../../src/core/issue";
import { readWorkbook } from "../../src/core/read/workbook";

describe("IssueList", () => {
  test("lists DETAIL_LIMIT issues of a kind, then one summary per truncated kind, kinds in the order first met", () => {
    const list = new IssueList();
    for (let i = 0; i < 450; i++) list.warning("A_CODE", "甲", `B${i + 2}`, "甲的问题");
    for (let i = 0; i < 3; i++) list.error("B_CODE", "甲", `C${i + 2}`, "错误");
    for (let i = 0; i < 250; i++) list.warning("A_CODE", "乙", `B${i + 2}`, "乙的问题");
    const out = list.list();
    expect(out).toHaveLength(DETAIL_LIMIT + 3 + DETAIL_LIMIT + 2);
    expect(out[0].message).toBe("甲!B2：甲的问题");
    expect(out[DETAIL_LIMIT - 1].cell).toBe(`B${DETAIL_LIMIT + 1}`);
    expect(out.slice(-2).map((i) => i.message)).toEqual([
      `工作表“甲”：同类问题（A_CODE）共 450 处，以上只列出前 ${DETAIL_LIMIT} 处。`,
      `工作表“乙”：同类问题（A_CODE）共 250 处，以上只列出前 ${DETAIL_LIMIT} 处。`,
    ]);
    expect(list.hasErrors).toBe(true);
  });

  test("countOnly is false below the limit and counts past it", () => {
    const list = new IssueList();
    expect(list.countOnly("X", "s")).toBe(false);
    for (let i = 0; i < DETAIL_LIMIT; i++) list.warning("X", "s", "A1", "x");
    expect(list.countOnly("X", "s")).toBe(true);
    expect(list.countOnly("X", "other")).toBe(false);
    expect(list.list().at(-1)!.message).toContain(`共 ${DETAIL_LIMIT + 1} 处`);
    expect(list.hasErrors).toBe(false);
  });

  test("a roster with 300 ungraded rows: 200 warnings by cell, then the count", () => {
    const rows = [["单位名称", "统一社会信用代码", "行业领域", "信用风险等级"]];
    for (let i = 0; i < 300; i++) rows.push([`单位${i}`, "", "工贸", ""]);
    const issues = readWorkbook([{ name: "对象", rows }]).issues.filter((i) => i.code === "RISK_UNGRADED");
    expect(issues).toHaveLength(DETAIL_LIMIT + 1);
    expect(issues[0].cell).toBe("D2");
    expect(issues[DETAIL_LIMIT - 1].cell).toBe(`D${DETAIL_LIMIT + 1}`);
    expect(issues[DETAIL_LIMIT].message).toBe(`工作表“对象”：同类问题（RISK_UNGRADED）共 300 处，以上只列出前 ${DETAIL_LIMIT} 处。`);
  });
});
