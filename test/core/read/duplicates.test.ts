import { readWorkbook } from "../../../src/core/read/workbook";
import { smallBook } from "../fixtures";

describe("duplicate keys", () => {
  test("every repeat after the first, in row order, each naming the first row", () => {
    const book = smallBook();
    const targets = book.find((s) => s.name === "对象")!.rows;
    const a = targets[1];
    const b = targets[2];
    // rows 6..: a, b, a, a (a first at row 2, b first at row 3)
    targets.push([...a], [...b], [...a], [...a]);
    const people = book.find((s) => s.name === "人员")!.rows;
    people.push([...people[1]], [...people[1]]);
    const dups = readWorkbook(book).issues.filter((i) => i.code.startsWith("DUPLICATE_"));
    expect(dups.map((i) => `${i.cell} ${/第 (\d+) 行/.exec(i.message)![1]}`)).toEqual(["B6 2", "B7 3", "B8 2", "B9 2", "B6 2", "B7 2"]);
  });
});
