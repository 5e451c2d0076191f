/**
 * Issue #17, item 1: a write that stops never costs the draw history. Every run waits for cell
 * edit (`delayForCellEdit`); the new record data is written under a temporary name and takes
 * `_抽取记录数据`'s name last; the rollback goes step by step, retried while Excel refuses; and the
 * error says exactly what the workbook holds when the rollback could not finish.
 */
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { OfficeHost } from "../../../src/host/office/office-host";
import type { Features } from "../../../src/host/office/requirements";
import { WorkbookWriteError } from "../../../src/host/workbook-host";
import { fakeSheet, installFakeExcel, type FakeBook } from "./fake-excel";

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };
/** No waiting between rollback attempts in tests. */
const host = (): OfficeHost => new OfficeHost(ALL, { retryDelays: [0, 0, 0] });

const table = (name: string): SheetSpec => ({
  name,
  title: `${name}标题`,
  header: [["序号", "单位名称"]],
  columns: [{ width: 6, format: "integer" }, { width: 30 }],
  body: Array.from({ length: 5 }, (_, i) => [i + 1, `单位${i}`]),
});
const data: SheetSpec = { name: "_抽取记录数据", header: [["记录"]], columns: [{ width: 120, format: "text", wrap: false }], body: [["double-random/record@1"], ['{"new":true}']], state: "hidden", protect: true };

function bookWithRecord(): FakeBook {
  const book = installFakeExcel();
  fakeSheet(book, "名录", [["单位名称"], ["甲公司"]]);
  const old = fakeSheet(book, "_抽取记录数据", [["旧横幅"], ["double-random/record@1"], ['{"old":true}']]);
  old.visibility = "Hidden";
  return book;
}
const snapshot = (book: FakeBook) => book.sheets.map((s) => [s.name, s.visibility, [...s.cells.entries()]]);
/** The write's syncs: counted from the next one. */
const from = (book: FakeBook, n: number): number => book.syncs + n;

describe("a write that stops keeps the draw history (issue #17, item 1)", () => {
  test("every Excel.run asks delayForCellEdit; while the clerk edits a cell the write waits and then completes", async () => {
    const book = bookWithRecord();
    const start = from(book, 3);
    book.onSync = (n) => {
      if (n === start) {
        book.cellEditMode = true;
        setTimeout(() => book.leaveCellEdit(), 5);
      }
    };
    const names = await host().writeSheets([table("抽取结果"), data]);
    expect(names).toEqual(["抽取结果", "_抽取记录数据"]);
    expect(book.runs.every((r) => r.delayForCellEdit === true)).toBe(true);
    expect(book.delayedSyncs).toBeGreaterThan(0);
    expect(book.sheets.map((s) => s.name)).toEqual(["名录", "抽取结果", "_抽取记录数据"]);
    expect(book.sheet("_抽取记录数据")!.cells.get("2,0")).toBe('{"new":true}');
    expect(book.sheet("_抽取记录数据")!.visibility).toBe("Hidden");
  });

  test("the old record data keeps its name until every sheet is written (the new one is written as _抽取记录数据_新)", async () => {
    const book = bookWithRecord();
    const seen: string[][] = [];
    book.onSync = () => seen.push(book.sheets.map((s) => s.name));
    await host().writeSheets([table("抽取结果"), data]);
    // Before the last batches, the old record data is always there under its own name.
    const beforeSwap = seen.slice(0, -2);
    expect(beforeSwap.every((names) => names.includes("_抽取记录数据"))).toBe(true);
    expect(seen.some((names) => names.includes("_抽取记录数据_新"))).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual(["名录", "抽取结果", "_抽取记录数据"]);
  });

  test("a build that ignores delayForCellEdit: the write fails mid-way, the clerk leaves cell edit during the rollback, the book is as it was", async () => {
    const book = bookWithRecord();
    book.honoursDelayForCellEdit = false;
    const before = snapshot(book);
    const start = from(book, 4);
    let refused = 0;
    book.onSync = (n) => {
      if (n === start) book.cellEditMode = true;
      if (book.cellEditMode && ++refused === 3) book.leaveCellEdit(); // two rollback attempts refused, then Enter
    };
    const error = await host().writeSheets([table("抽取结果"), table("配额核验"), data]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).intact).toBe(true);
    expect((error as Error).message).toMatch(/^Excel 正在编辑单元格.*Enter.*InvalidOperationInCellEditMode/);
    expect(snapshot(book)).toEqual(before);
  });

  test("cell edit never ends: the error says what is left — the sheets it added — and that the record data is untouched", async () => {
    const book = bookWithRecord();
    book.honoursDelayForCellEdit = false;
    const start = from(book, 4);
    book.onSync = (n) => {
      if (n === start) book.cellEditMode = true;
    };
    const error = (await host().writeSheets([table("抽取结果"), table("配额核验"), data]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.intact).toBe(false);
    const left = book.sheets.map((s) => s.name).filter((n) => n !== "名录" && n !== "_抽取记录数据");
    expect(left.length).toBeGreaterThan(0);
    // Exactly the sheets a sync Excel answered created, none it never saw.
    expect(error.message).toContain(`Excel 一直没有回应，撤回没有做成；本次写入的工作表${left.map((n) => `“${n}”`).join("、")}`);
    expect(error.message).toContain("原有的抽取记录（“_抽取记录数据”）没有改动");
    // The history is intact: the next draw still sees every earlier selection.
    expect(book.sheet("_抽取记录数据")!.cells.get("2,0")).toBe('{"old":true}');
  });

  test("the rollback cannot delete (the structure was protected mid-write): the error names each sheet left and where the record data is", async () => {
    const book = bookWithRecord();
    book.onSync = () => {
      if (book.sheet("_抽取记录数据_新")) book.structureProtected = true;
    };
    const error = (await host().writeSheets([table("抽取结果"), data]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.intact).toBe(false);
    expect(error.message).toMatch(/^Excel 不允许修改此工作簿.*AccessDenied/);
    expect(error.message).toContain("撤回没有全部完成，工作簿现在的情况：本次写入的工作表“抽取结果”还在，内容不完整，请删除");
    expect(error.message).toContain("隐藏的工作表“_抽取记录数据_新”（本次未写完的抽取记录）还在");
    expect(error.message).toContain("原有的抽取记录（“_抽取记录数据”）没有改动");
    expect(book.sheet("_抽取记录数据")!.cells.get("2,0")).toBe('{"old":true}');
  });

  test("another workbook takes focus mid-write and the clerk comes back: everything added is removed again", async () => {
    const book = bookWithRecord();
    const before = snapshot(book);
    const start = from(book, 4);
    let refused = 0;
    book.onSync = (n) => {
      if (n === start) book.focusElsewhere = true;
      if (book.focusElsewhere && ++refused === 3) book.focusElsewhere = false;
    };
    const error = (await host().writeSheets([table("抽取结果"), table("配额核验"), data]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.intact).toBe(true);
    expect(error.message).toMatch(/另一个工作簿到了前台.*InactiveWorkbook/);
    expect(snapshot(book)).toEqual(before);
  });

  test("the swap itself fails half-way (old renamed aside, the new not yet in place): the old record data gets its name back", async () => {
    const book = bookWithRecord();
    const before = snapshot(book);
    // The swap renames the old to _抽取记录数据_旧, then the new to _抽取记录数据: the second rename fails.
    book.refuseStatement = { api: "Worksheet.name", skip: 1 };
    const error = (await host().writeSheets([table("抽取结果"), data]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.intact).toBe(true);
    expect(snapshot(book)).toEqual(before);
  });

  test("the old record data cannot be deleted after the swap: the write stands, the old one stays hidden aside", async () => {
    const book = bookWithRecord();
    book.onSync = () => {
      if (book.sheet("_抽取记录数据_旧")) book.focusElsewhere = true;
    };
    const names = await host().writeSheets([table("抽取结果"), data]);
    book.focusElsewhere = false;
    expect(names).toEqual(["抽取结果", "_抽取记录数据"]);
    expect(book.sheet("_抽取记录数据")!.cells.get("2,0")).toBe('{"new":true}');
    expect(book.sheet("_抽取记录数据_旧")!.visibility).toBe("Hidden");
  });

  test("a VeryHidden sheet the write added is made Hidden before the rollback deletes it", async () => {
    const book = bookWithRecord();
    const before = snapshot(book);
    book.failAtSync = from(book, 4);
    const secret: SheetSpec = { ...data, state: "veryHidden" };
    const error = (await host().writeSheets([secret, table("抽取结果"), table("配额核验")]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.intact).toBe(true);
    expect(error.message).toMatch(/^Excel 处理时出现内部错误.*GeneralException \(injected\)/);
    expect(snapshot(book)).toEqual(before);
  });

  test("a workbook whose structure is protected: refused before anything is written, saying how to unprotect", async () => {
    const book = bookWithRecord();
    book.structureProtected = true;
    const before = snapshot(book);
    const error = (await host().writeSheets([table("抽取结果"), data]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.intact).toBe(true);
    expect(error.message).toMatch(/^工作簿结构受保护.*审阅 > 保护工作簿/);
    expect(snapshot(book)).toEqual(before);
  });
});
