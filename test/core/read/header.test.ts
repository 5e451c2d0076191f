import { findHeader, headerCells, headerKey } from "../../../src/core/read/header";
import { INSPECTORS, TASKS, TARGETS } from "../../../src/core/read/schema";

describe("header recognition", () => {
  test("labels compare without white space, width, case or required marks", () => {
    expect(headerKey(" 单位\n名称* ")).toBe("单位名称");
    expect(headerKey("ＵＳＣＣ")).toBe("uscc");
    expect(headerKey("统一社会信用代码（必填）")).toBe("统一社会信用代码");
  });

  test("header found under title rows, by aliases", () => {
    const rows = [
      ["包头市应急管理局检查对象名录库", null, null],
      [null, null, null],
      ["企业名称", "社会信用代码", "行业类别", "辖区"],
      ["甲", "91350100M000100Y43", "工贸", "青山区"],
    ];
    const h = findHeader(rows, TARGETS)!;
    expect(h.firstRow).toBe(2);
    expect(h.lastRow).toBe(2);
    expect(Object.fromEntries(h.columns)).toEqual({ name: 0, uscc: 1, industry: 2, area: 3 });
  });

  test("two-row header with a merged group cell (the Baotou internal table)", () => {
    const rows = [
      ["序号", "抽查项目", null, "检查对象", "组织落实 科室 (局)", "抽查 比例 或数 量", "开始时间", "结束时间", "抽查任务编号", "抽查任务名称"],
      [null, "抽查类别", "抽查事项", null, null, null, null, null, null, null],
      [1, "安全生产", "M001", "矿山", "执法一大队", "37户", "2026年1月1日", "2026年12月31日", "2026001", "内部抽查"],
    ];
    const h = findHeader(rows, TASKS, ["A1:A2", "B1:C1", "D1:D2"])!;
    expect(h.firstRow).toBe(0);
    expect(h.lastRow).toBe(1);
    expect(h.columns.get("matters")).toBe(2);
    expect(h.columns.get("initiator")).toBe(4);
    expect(h.columns.get("quantity")).toBe(5);
    expect(h.columns.get("scope")).toBe(3);
  });

  test("a short row under a merged header: merged cells count as filled in every row they cover", () => {
    // Row 2 ends after two cells, but C1:C2 and D1:D2 cover its columns C and D.
    const rows = [
      ["基本信息", null, "行业领域", "所属区域"],
      ["统一社会信用代码", "单位名称"],
      ["91150200J3Y7LLJY1B", "某公司"],
    ];
    const h = findHeader(rows, TARGETS, ["A1:B1", "C1:C2", "D1:D2"])!;
    expect([h.firstRow, h.lastRow]).toEqual([1, 1]);
    expect([...h.columns]).toEqual([
      ["uscc", 0],
      ["name", 1],
    ]);
    expect(findHeader(rows, TARGETS, ["A1:B1", "C1:C2", "D1:D2"], headerCells(rows, ["A1:B1", "C1:C2", "D1:D2"]))).toEqual(h);
  });

  test("a group row above complete labels: the labels row is the header", () => {
    const rows = [
      ["基本信息", null, null, "执法信息"],
      ["姓名", "执法证号", "所属部门", "执法领域"],
      ["张一", "15020019001", "执法一大队", "工贸"],
    ];
    const h = findHeader(rows, INSPECTORS)!;
    expect(h.lastRow).toBe(1);
    expect(Object.fromEntries(h.columns)).toEqual({ name: 0, cert: 1, department: 2, fields: 3 });
  });

  test("two-row header without merge information: a blank upper cell continues the group to its left", () => {
    const rows = [
      ["序号", "抽查项目", null, "抽查任务编号", "抽查任务名称"],
      [null, "抽查类别", "抽查事项", null, null],
    ];
    const h = findHeader(rows, TASKS)!;
    expect(h.lastRow).toBe(1);
    expect(h.columns.get("matters")).toBe(2);
    expect(h.labels[2]).toBe("抽查事项");
  });

  test("no header → null", () => {
    expect(findHeader([["a", "b"], [1, 2]], TARGETS)).toBeNull();
    expect(findHeader([], TARGETS)).toBeNull();
  });
});
