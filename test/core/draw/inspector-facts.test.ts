import { InspectorFacts } from "../../../src/core/draw/inspector-facts";
import { taskDepartments, whyNot } from "../../../src/core/draw/teams";
import type { Target } from "../../../src/core/model";
import { compactKey } from "../../../src/core/values/text";
import { readWorkbook } from "../../../src/core/read/workbook";
import { goldenBook } from "./golden-book";

describe("InspectorFacts.canServe", () => {
  test("equals whyNot(…) === null for every inspector, task, industry and seat of a messy book", () => {
    const reading = readWorkbook(goldenBook(400, true), { today: "2026-03-01" });
    const facts = new InspectorFacts(reading.inspectors);
    const industries = [...new Set(reading.targets.map((t) => t.industry)), "", "危化", "矿山", "不存在的行业"];
    let yes = 0;
    let no = 0;
    for (const task of reading.tasks) {
      const keys = taskDepartments(task).map(compactKey);
      for (const industry of industries) {
        const covers = facts.covers(industry);
        for (const expertSeat of [false, true]) {
          reading.inspectors.forEach((p, i) => {
            const expected = whyNot(p, task, { industry } as Target, new Set(), expertSeat, keys) === null;
            expect(facts.canServe(i, task, keys, covers, expertSeat)).toBe(expected);
            if (expected) yes++;
            else no++;
          });
        }
      }
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(Math.min(yes, no)).toBeGreaterThan(100);
  });
});
