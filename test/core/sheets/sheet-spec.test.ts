import { continueTallRows, MAX_ROW_HEIGHT, PRINT_WIDTH_LIMIT, printedWidth, rowHeights, type SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { completeDraw, planSheets, prepareDraw } from "../../../src/core/draw/session";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../../scripts/samples/plan-books";

const spec = (text: string): SheetSpec => ({ name: "x", header: [["序号", "事项"]], columns: [{ width: 4 }, { width: 20 }], body: [[1, text]] });
const LONG = Array.from({ length: 60 }, (_, i) => `对第${i + 1}项安全生产情况的监督检查`).join("；") + "。";

describe("rows within Excel's 409 pt", () => {
  test("a row's height never passes 409 pt", () => {
    expect(rowHeights(spec(LONG)).body[0]).toBe(MAX_ROW_HEIGHT);
    expect(rowHeights(spec("短")).body[0]).toBeLessThan(30);
  });

  test("a long cell continues on the rows below: pieces end at a ；, fit, and join back to the text", () => {
    const out = continueTallRows(spec(LONG));
    expect(out.body.length).toBeGreaterThan(2);
    expect(out.body[0][0]).toBe(1);
    expect(out.body.slice(1).every((r) => r[0] === null)).toBe(true);
    expect(out.body.map((r) => r[1]).join("")).toBe(LONG);
    expect(out.body.slice(0, -1).every((r) => String(r[1]).endsWith("；"))).toBe(true);
    expect(rowHeights(out).body.every((h) => h < MAX_ROW_HEIGHT)).toBe(true);
  });

  test("a short table is returned as it was", () => {
    const s = spec("短");
    expect(continueTallRows(s)).toBe(s);
  });
});

describe("every written table prints within one A4 page's width at 9 pt", () => {
  test.each([
    ["包头", baotouPlanBook()],
    ["秦皇岛", qinhuangdaoPlanBook({ filled: true })],
  ])("%s", (_city, book) => {
    const prepared = prepareDraw(book, { today: "2026-03-01" });
    const done = completeDraw(prepared, { seed: "2026030112345678901234", seedSource: "typed", time: "2026-03-02T09:30:00+08:00", operator: "张三" });
    if (!done.ok) throw new Error("draw failed");
    const specs = [...done.specs, ...planSheets(prepared, "2026-03-02T09:00:00+08:00")].filter((s) => s.state !== "hidden");
    expect(specs.filter((s) => printedWidth(s) > PRINT_WIDTH_LIMIT).map((s) => `${s.name}: ${printedWidth(s)}`)).toEqual([]);
  });
});
