import { parsePeriod } from "../../../src/core/values/period";

describe("抽查时间 in one cell → start and end", () => {
  test.each([
    ["2026 年 2 月至 12 月", null, { start: "2026-02-01", end: "2026-12-31" }],
    ["2026 年 7-8 月", null, { start: "2026-07-01", end: "2026-08-31" }],
    ["2026 年 4-11 月", null, { start: "2026-04-01", end: "2026-11-30" }],
    ["2026 年 10-11 月", null, { start: "2026-10-01", end: "2026-11-30" }],
    ["2026年3月1日至11月30日", null, { start: "2026-03-01", end: "2026-11-30" }],
    ["2026年3月1日—2026年11月30日", null, { start: "2026-03-01", end: "2026-11-30" }],
    ["2026年3月-2027年1月", null, { start: "2026-03-01", end: "2027-01-31" }],
    ["2026.3.1-2026.11.30", null, { start: "2026-03-01", end: "2026-11-30" }],
    ["2026/3/1～2026/11/30", null, { start: "2026-03-01", end: "2026-11-30" }],
    ["2026-03-01至2026-11-30", null, { start: "2026-03-01", end: "2026-11-30" }],
    ["2026-03-01", null, { start: "2026-03-01", end: "2026-03-01" }],
    ["2026年4月—11月", null, { start: "2026-04-01", end: "2026-11-30" }],
    ["3月至6月", "2026", { start: "2026-03-01", end: "2026-06-30" }],
    ["2026年2月", null, { start: "2026-02-01", end: "2026-02-28" }],
    ["2024年2月", null, { start: "2024-02-01", end: "2024-02-29" }],
    ["2026 年全年", null, { start: "2026-01-01", end: "2026-12-31" }],
    ["全年", "2026", { start: "2026-01-01", end: "2026-12-31" }],
    ["2026年上半年", null, { start: "2026-01-01", end: "2026-06-30" }],
    ["下半年", "2026", { start: "2026-07-01", end: "2026-12-31" }],
    ["2026年第二季度", null, { start: "2026-04-01", end: "2026-06-30" }],
    ["第4季度", "2026", { start: "2026-10-01", end: "2026-12-31" }],
  ])("%s (year %s)", (text, year, expected) => {
    expect(parsePeriod(text, year)).toEqual({ ok: true, ...expected, endOnly: false });
  });

  test.each([
    ["11月底前完成", "2026", "2026-11-30"],
    ["2026年11月底前", null, "2026-11-30"],
    ["11月30日前完成", "2026", "2026-11-30"],
    ["于2026年10月31日前完成", null, "2026-10-31"],
    ["年底前完成", "2026", "2026-12-31"],
  ])("%s → an end date only; the task runs from the start of the year", (text, year, end) => {
    expect(parsePeriod(text, year)).toEqual({ ok: true, start: `${end.slice(0, 4)}-01-01`, end, endOnly: true });
  });

  test("a month range without a year, and no year known, asks for the year", () => {
    expect(parsePeriod("7-8 月", null)).toEqual({ ok: false, reason: "no-year" });
  });

  test.each(["随时", "2026年13月", "2026 年 8-7 月", "2026年3月1日至2月1日", ""])("%s is not a period", (text) => {
    expect(parsePeriod(text, "2026").ok).toBe(false);
  });
});
