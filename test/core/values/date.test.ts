import { isoToSerial, parseDate, serialToIso } from "../../../src/core/values/date";

describe("parseDate", () => {
  test.each<[unknown, string | null]>([
    ["2026-03-01", "2026-03-01"],
    ["2026/3/1", "2026-03-01"],
    ["2026.3.1", "2026-03-01"],
    ["2026年3月1日", "2026-03-01"],
    ["2026 年 3 月 1 日", "2026-03-01"],
    ["２０２６年３月１日", "2026-03-01"],
    ["20260301", "2026-03-01"],
    [20260301, "2026-03-01"],
    [46082, "2026-03-01"],
    [46082.75, "2026-03-01"],
    ["46082", "2026-03-01"],
    ["2026年13月1日", null],
    ["2026-02-29", null],
    ["2024-02-29", "2024-02-29"],
    ["2026-02-30", null],
    ["2026-13-01", null],
    ["2026-00-10", null],
    ["1949-12-31", null],
    ["2026-1-01", "2026-01-01"],
    ["2026-03-1０", "2026-03-10"],
    ["明年三月", null],
    ["2026", null],
    [2026, null],
    ["", null],
    [null, null],
    [true, null],
    ["#N/A", null],
  ])("%p → %p", (input, expected) => {
    expect(parseDate(input as never)).toBe(expected);
  });

  test("a month alone is its first day for a start and its last day for an end", () => {
    expect(parseDate("2026年3月", "start")).toBe("2026-03-01");
    expect(parseDate("2026年3月", "end")).toBe("2026-03-31");
    expect(parseDate("2026年2月", "end")).toBe("2026-02-28");
    expect(parseDate("2024-02", "end")).toBe("2024-02-29");
    expect(parseDate("2026/12", "end")).toBe("2026-12-31");
  });
});

describe("Excel serials", () => {
  test("known serials, including around Excel's phantom 1900-02-29", () => {
    expect(serialToIso(1)).toBe("1900-01-01");
    expect(serialToIso(59)).toBe("1900-02-28");
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe("1900-03-01");
    expect(serialToIso(45658)).toBe("2025-01-01");
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
  });

  test("isoToSerial is the inverse of serialToIso", () => {
    for (const iso of ["1900-01-01", "1900-02-28", "1900-03-01", "2026-03-01", "2026-12-31", "9999-12-31"]) {
      expect(serialToIso(isoToSerial(iso))).toBe(iso);
    }
  });
});
