import type { Cell, SheetData } from "../../../src/core/grid/cell";
import { fractionText } from "../../../src/core/draw/frame";
import { planDraw } from "../../../src/core/draw/plan";
import { fraction } from "../../../src/core/values/fraction";
import { readWorkbook } from "../../../src/core/read/workbook";
import { drawBook, uscc } from "./book";

const digest = (sheets: SheetData[]): string => planDraw(readWorkbook(sheets)).frameDigest;
const base = drawBook();
const BASE = digest(base);

function edited(sheet: number, edit: (rows: Cell[][]) => void): SheetData[] {
  const copy = drawBook();
  edit(copy[sheet].rows);
  return copy;
}

describe("frame digest (docs/draw-spec.md §2)", () => {
  test("blank rows, column order, extra columns and sheet names do not change it", () => {
    expect(digest(edited(0, (rows) => rows.splice(5, 0, [], [null, "  "])))).toBe(BASE);
    expect(digest(edited(0, (rows) => rows.forEach((r) => r.reverse())))).toBe(BASE);
    expect(digest(edited(1, (rows) => rows.forEach((r, i) => r.push(i === 0 ? "备注" : "任意内容"))))).toBe(BASE);
    expect(digest(drawBook().map((s) => ({ ...s, name: `${s.name}（2026）` })))).toBe(BASE);
    expect(digest(edited(0, (rows) => (rows[3][0] = ` ${rows[3][0]}\u3000`)))).toBe(BASE); // trimmed, NFKC
  });

  test.each<[string, number, (rows: Cell[][]) => void]>([
    ["a target's risk grade", 0, (rows) => (rows[2][3] = rows[2][3] === "A" ? "B" : "A")],
    ["a target's industry", 0, (rows) => (rows[2][2] = "工贸")],
    ["a target's status", 0, (rows) => (rows[2][5] = "停产")],
    ["a target's name", 0, (rows) => (rows[2][0] = "改名后的单位")],
    ["an officer's department", 1, (rows) => (rows[2][3] = "执法二大队")],
    ["an officer's certificate expiry", 1, (rows) => (rows[2][2] = "2027-12-31")],
    ["an officer's status", 1, (rows) => (rows[2][6] = "休假")],
    ["a task's quantity", 2, (rows) => (rows[1][6] = "11%")],
    ["a task's end date", 2, (rows) => (rows[1][10] = "2026-10-31")],
    ["a new target row", 0, (rows) => rows.push(["新单位", "91350100M000100Y43", "工贸", "A", "青山区", "正常"])],
  ])("changes when %s changes", (_what, sheet, edit) => {
    expect(digest(edited(sheet, edit))).not.toBe(BASE);
  });

  test("a rule or a recusal changes it", () => {
    expect(digest([...drawBook(), { name: "规则", rows: [["规则", "值"], ["同一对象年度抽查上限", 3]] }])).not.toBe(BASE);
    expect(digest(drawBook({ recusals: [["15020000001", uscc(1)]] }))).not.toBe(BASE);
  });

  test("ratios are exact decimal strings", () => {
    expect(fractionText(fraction(7, 200))).toBe("0.035");
    expect(fractionText(fraction(1, 1))).toBe("1");
    expect(fractionText(fraction(1, 3))).toBe("1/3");
  });
});
