import { INACTIVE_STATUSES, parseTargetStatus } from "../../../src/core/values/vocabulary";

describe("登记状态 (docs/workbook.md §4.2)", () => {
  test.each([
    ["存续（在营、开业、在册）", "正常"],
    ["存续", "正常"],
    ["在营（开业）", "正常"],
    ["在业", "正常"],
    ["开业", "正常"],
    ["在册", "正常"],
    ["迁入", "正常"],
    ["停产", "停产"],
    ["停业", "停业"],
    ["歇业", "停业"],
    ["清算", "清算"],
    ["正在组织清算", "清算"],
    ["注销", "注销"],
    ["吊销", "吊销"],
    ["吊销未注销", "吊销"],
    ["吊销，未注销", "吊销"],
    ["撤销", "撤销"],
    ["迁出", "迁出"],
    ["关闭", "关闭"],
  ])("dr-2026.2: %s → %s", (word, status) => {
    expect(parseTargetStatus(word)).toBe(status);
  });

  test("which are drawn: 清算 and the ended ones are not; 停产 and 停业 are", () => {
    expect([...INACTIVE_STATUSES].sort()).toEqual(["关闭", "吊销", "撤销", "注销", "清算", "迁出"].sort());
    expect(INACTIVE_STATUSES).not.toContain("停业");
    expect(INACTIVE_STATUSES).not.toContain("停产");
  });

  test.each([
    ["存续", "正常"],
    ["停业", "停产"],
    ["清算", null],
    ["吊销未注销", null],
    ["在册", null],
    ["迁入", null],
  ])("dr-2026.1 keeps its own words: %s → %s", (word, status) => {
    expect(parseTargetStatus(word, false)).toBe(status);
  });
});
