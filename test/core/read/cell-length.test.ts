import type { Cell, SheetData } from "../../../src/core/grid/cell";
import type { Issue } from "../../../src/core/issue";
import { readWorkbook } from "../../../src/core/read/workbook";
import { setCell, sheet, smallBook } from "../fixtures";

/**
 * An Excel cell holds at most 32,767 characters
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * A longer input text that an output sheet copies could not be written: an error at the input
 * cell, before the draw (issue #16). A longer text no output copies is a warning.
 */
const LIMIT = 32_767;
const long = (n: number, ch = "甲"): string => ch.repeat(n);
const tooLong = (issues: Issue[]): string[] => issues.filter((i) => i.code === "TEXT_TOO_LONG").map((i) => `${i.severity}@${i.sheet}!${i.cell} ${i.message}`);

const ERROR_TAIL = "超过 Excel 单元格上限 32,767 个字符，抽取结果无法写出；请缩短到 32,767 个字符以内。";
const WARNING_TAIL = "超过 Excel 单元格上限 32,767 个字符（抽取不写出此列，请核对）。";

function withColumn(book: SheetData[], name: string, label: string, row: number, value: Cell): SheetData[] {
  const s = sheet(book, name);
  s.rows[0].push(label);
  setCell(book, name, row, s.rows[0].length - 1, value);
  return book;
}

describe("cells longer than Excel allows", () => {
  test("a target's name of 40,000 characters is an error at its cell; the row is still read", () => {
    const book = smallBook();
    setCell(book, "对象", 2, 0, long(40_000));
    const r = readWorkbook(book);
    expect(tooLong(r.issues)).toEqual([`error@对象!A3 对象!A3：“单位名称”有 40,000 个字符，${ERROR_TAIL}`]);
    expect(r.targets).toHaveLength(4);
    expect(r.issues.filter((i) => i.code !== "TEXT_TOO_LONG")).toEqual([]);
  });

  test("32,767 characters are allowed, 32,768 are not; white space around the text does not count", () => {
    const at = (value: string) => {
      const book = smallBook();
      setCell(book, "对象", 1, 4, value);
      return tooLong(readWorkbook(book).issues);
    };
    expect(at(long(LIMIT))).toEqual([]);
    expect(at(`  ${long(LIMIT)}\u3000 `)).toEqual([]);
    expect(at(long(LIMIT + 1))).toEqual([`error@对象!E2 对象!E2：“所属区域”有 32,768 个字符，${ERROR_TAIL}`]);
  });

  test("the text as read counts too: NFKC may lengthen it", () => {
    // U+FDFA is one character typed and 18 once read (NFKC).
    const book = smallBook();
    setCell(book, "对象", 1, 4, "\uFDFA".repeat(2_000));
    expect(tooLong(readWorkbook(book).issues)).toEqual([`error@对象!E2 对象!E2：“所属区域”有 36,000 个字符，${ERROR_TAIL}`]);
  });

  test("every sheet: inspectors, matters, tasks, rules", () => {
    const book = smallBook();
    setCell(book, "人员", 1, 0, long(33_000));
    setCell(book, "事项", 2, 1, long(33_000, "a"));
    withColumn(book, "计划", "检查重点", 1, long(50_000));
    book.push({ name: "规则", rows: [["规则", "值"], ["检查机关", long(40_000)]] });
    expect(tooLong(readWorkbook(book).issues).sort()).toEqual([
      `error@事项!B3 事项!B3：“抽查事项”有 33,000 个字符，${ERROR_TAIL}`,
      `error@人员!A2 人员!A2：“姓名”有 33,000 个字符，${ERROR_TAIL}`,
      `error@规则!B2 规则!B2：“值”有 40,000 个字符，${ERROR_TAIL}`,
      `error@计划!K2 计划!K2：“检查重点”有 50,000 个字符，${ERROR_TAIL}`,
    ]);
  });

  test("a column no output sheet copies is a warning", () => {
    const book = withColumn(smallBook(), "对象", "联系电话", 1, long(40_000, "1"));
    book.push({
      name: "回避",
      rows: [
        ["执法证号", "统一社会信用代码", "回避原因"],
        ["15020019001", "91350100M000100Y43", long(40_000)],
      ],
    });
    const r = readWorkbook(book);
    expect(tooLong(r.issues).sort()).toEqual([
      `warning@回避!C2 回避!C2：“回避原因”有 40,000 个字符，${WARNING_TAIL}`,
      `warning@对象!H2 对象!H2：“联系电话”有 40,000 个字符，${WARNING_TAIL}`,
    ]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("dr-2026.2 writes a plan table's title and notes back: too long, they are errors at their cells", () => {
    const book = smallBook();
    const plan = sheet(book, "计划");
    plan.rows.unshift([`${long(40_000)}抽查计划`]);
    plan.rows.push([`注：${long(35_000)}`]);
    expect(tooLong(readWorkbook(book).issues)).toEqual([
      `error@计划!A1 计划!A1：计划表标题有 40,004 个字符，${ERROR_TAIL}`,
      `error@计划!A5 计划!A5：注释行有 35,002 个字符，${ERROR_TAIL}`,
    ]);
    // dr-2026.1 writes its own titles and notes: nothing to say.
    expect(tooLong(readWorkbook(book, { algorithm: "dr-2026.1" }).issues)).toEqual([]);
  });
});
