/** @jest-environment ./test/taskpane/jsdom-env.cjs */
/**
 * Excel mode end to end, short of Excel itself: the pane over the real OfficeHost, which talks to
 * the stricter fake of the Excel object model (test/host/office/fake-excel.ts).
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SheetData } from "../../src/core/grid/cell";
import { verifyWorkbook } from "../../src/core/draw/verify";
import { OfficeHost, RECORD_XML_NAMESPACE } from "../../src/host/office/office-host";
import type { Features } from "../../src/host/office/requirements";
import { App } from "../../src/taskpane/App";
import { zh } from "../../src/taskpane/strings.zh";
import { drawBook } from "../core/draw/book";
import { fakeSheet, installFakeExcel, type FakeBook } from "../host/office/fake-excel";
import { testServices } from "./fixtures";
import { heading, next, toDrawStep } from "./steps";

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };
const SEED = "2718 2818 2845 9045 2353";

function excelBook(sheets: SheetData[] = drawBook()): FakeBook {
  const book = installFakeExcel();
  for (const sheet of sheets) fakeSheet(book, sheet.name, sheet.rows as (string | number | boolean | null)[][]);
  return book;
}

function renderExcel(book: FakeBook) {
  const services = testServices();
  // No waiting between the attempts of a rollback step in tests.
  services.openExcel = async () => new OfficeHost(ALL, { retryDelays: [0, 0, 0] });
  render(<App mode="excel" strings={zh} services={services} />);
  return { services, book };
}


const toStep3 = () => toDrawStep(SEED);

const userSheets = (book: FakeBook) => book.sheets.map((s) => s.name).filter((n) => ["对象", "人员", "任务"].includes(n));

/** The number the write's first sync will have once 开始抽取 is clicked (after the draw's own read). */
async function writeStarts(book: FakeBook): Promise<number> {
  const start = book.syncs;
  await new OfficeHost(ALL).readSheets();
  return book.syncs + (book.syncs - start);
}

/** A first draw, then back to step 3 for a second one (the workbook now holds a record). */
async function drawnOnceThenStep3(book: FakeBook) {
  renderExcel(book);
  await toStep3();
  await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
  await heading(4, "结果");
  await userEvent.click(screen.getByRole("button", { name: "重新开始" }));
  await userEvent.click(await screen.findByRole("button", { name: "下一步" }));
  await heading(2, "抽取准备");
  await waitFor(() => expect(next().getAttribute("aria-disabled")).toBeNull());
  await userEvent.click(next());
  await heading(3, "抽取");
  await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), "3141 5926 5358 9793 2384");
}

const snapshot = (book: FakeBook) => book.sheets.map((s) => [s.name, s.visibility, [...s.cells.entries()]]);

describe("Excel mode over the Office host", () => {
  test("check, draw and verify inside the open workbook: new sheets only, the record in _抽取记录数据 alone (no custom XML part)", async () => {
    const { book } = renderExcel(excelBook());
    await toStep3();
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");

    const names = book.sheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(["对象", "人员", "任务"]);
    expect(names).toEqual(expect.arrayContaining(["抽取结果 2026-03-01", "抽取记录 2026-03-01", "配额核验 2026-03-01", "结果公示 2026-03-01"]));
    expect(book.xmlParts.filter((p) => p.namespace === RECORD_XML_NAMESPACE && !p.deleted)).toHaveLength(0);
    // No download in Excel: the clerk saves the workbook.
    expect(screen.queryByRole("button", { name: "下载结果" })).toBeNull();
    expect(screen.getByText("结果已写入当前工作簿，请保存工作簿。")).toBeTruthy();

    // What Excel now holds verifies, read back through the host as 核验 does.
    expect(verifyWorkbook(await new OfficeHost(ALL).readSheets()).ok).toBe(true);
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验通过")).toBeTruthy();
  });

  test("a write Excel refuses: the clerk is told, and every sheet this draw added is removed again", async () => {
    const { book } = renderExcel(excelBook());
    await toStep3();
    const before = book.sheets.map((s) => s.name);
    // Fail the second sync of the write, after the draw's read of the workbook.
    const start = book.syncs;
    await new OfficeHost(ALL).readSheets();
    const readSyncs = book.syncs - start;
    book.failAtSync = book.syncs + readSyncs + 2;
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    expect(await screen.findByText(/写入工作簿失败（.*GeneralException \(injected\).*）。本次没有写入任何工作表。/)).toBeTruthy();
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect(userSheets(book)).toEqual(["对象", "人员", "任务"]);
    expect(book.xmlParts.filter((p) => !p.deleted)).toHaveLength(0);
    // Still on step 3: the clerk can try again with the same seed.
    book.failAtSync = null;
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
  });

  test("the clerk types in a cell while the draw writes (Excel honours delayForCellEdit): the write waits, then finishes", async () => {
    const { book } = renderExcel(excelBook());
    await toStep3();
    const write = await writeStarts(book);
    book.onSync = (n) => {
      if (n === write + 2) {
        book.cellEditMode = true;
        setTimeout(() => book.leaveCellEdit(), 20);
      }
    };
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    expect(book.delayedSyncs).toBeGreaterThan(0);
    expect(book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["抽取结果 2026-03-01", "_抽取记录数据"]));
    expect(verifyWorkbook(await new OfficeHost(ALL).readSheets()).ok).toBe(true);
  });

  test("a write interrupted by cell-edit mode (a build that ignores delayForCellEdit): the book ends as it was, history included; the clerk is told to leave the cell and try again", async () => {
    const book = excelBook();
    await drawnOnceThenStep3(book);
    const before = snapshot(book);
    book.honoursDelayForCellEdit = false;
    const write = await writeStarts(book);
    let refused = 0;
    book.onSync = (n) => {
      if (n === write + 3) book.cellEditMode = true;
      if (book.cellEditMode && ++refused === 3) book.leaveCellEdit(); // Enter, during the rollback
    };
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    expect(await screen.findByText(/^写入工作簿失败（Excel 正在编辑单元格.*请按 Enter 或 Esc 结束单元格编辑.*InvalidOperationInCellEditMode.*）。本次没有写入任何工作表。$/)).toBeTruthy();
    expect(snapshot(book)).toEqual(before);
    // Still on step 3: the same seed again, and the second draw goes through.
    book.onSync = null;
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    expect(verifyWorkbook(await new OfficeHost(ALL).readSheets()).attempts).toHaveLength(2);
  });

  test("cell-edit mode that does not end before the rollback gives up: the clerk is told exactly which sheets are left, and that the record data is untouched", async () => {
    const book = excelBook();
    await drawnOnceThenStep3(book);
    const before = snapshot(book);
    book.honoursDelayForCellEdit = false;
    const write = await writeStarts(book);
    book.onSync = (n) => {
      if (n === write + 3) book.cellEditMode = true;
    };
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    const message = (await screen.findByText(/^写入工作簿没有完成：Excel 正在编辑单元格/)).textContent ?? "";
    book.onSync = null;
    book.leaveCellEdit();
    const left = book.sheets.map((s) => s.name).filter((n) => !before.some(([name]) => name === n));
    expect(left.length).toBeGreaterThan(0);
    expect(message).toContain(`本次写入的工作表${left.map((n) => `“${n}”`).join("、")}`);
    expect(message).toContain("原有的抽取记录（“_抽取记录数据”）没有改动");
    // What the message says is so: the first draw's record is there as it was, so the yearly cap still counts it.
    expect(snapshot(book).filter(([name]) => !left.includes(name as string))).toEqual(before);
  });

  test("写出抽取公告 writes the plan tables into the open workbook before the draw", async () => {
    const { book } = renderExcel(excelBook());
    await screen.findByRole("table", { name: "工作表识别" });
    await userEvent.click(next());
    await heading(2, "抽取准备");
    await userEvent.click(await screen.findByRole("button", { name: "写出抽取公告" }));
    await waitFor(() => expect(book.sheets.map((s) => s.name)).toContain("抽取公告 2026-03-01"));
    const status = await screen.findByText(/^已写入：/);
    expect(within(status.parentElement!).queryByRole("button", { name: "下载公告工作簿" })).toBeNull();
  });
});

describe("作废 in Excel over the Office host", () => {
  const SEED2 = "3141 5926 5358 9793 2384";

  /** Two draws in the open workbook (张三, then 李四), ending on step 4. */
  async function drawnTwice(book: FakeBook) {
    renderExcel(book);
    await toStep3();
    await userEvent.type(screen.getByRole("textbox", { name: "操作人" }), "张三");
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    await userEvent.click(screen.getByRole("button", { name: "重新开始" }));
    expect(await screen.findByText("这是抽取后的工作簿")).toBeTruthy();
    await userEvent.click(next());
    await heading(2, "抽取准备");
    await waitFor(() => expect(next().getAttribute("aria-disabled")).toBeNull());
    await userEvent.click(next());
    await heading(3, "抽取");
    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED2);
    await userEvent.type(screen.getByRole("textbox", { name: "操作人" }), "李四");
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验通过")).toBeTruthy();
  }

  const items = () => within(screen.getByRole("list", { name: "本工作簿共有 2 次抽取" })).getAllByRole("listitem").map((li) => li.textContent ?? "");
  const liveParts = (book: FakeBook) => book.xmlParts.filter((p) => p.namespace === RECORD_XML_NAMESPACE && !p.deleted);

  async function fillForm(n: number, reason: string) {
    await userEvent.click(screen.getByRole("button", { name: `作废…（第 ${n} 次抽取）` }));
    const form = screen.getByRole("group", { name: `作废第 ${n} 次抽取` });
    await userEvent.type(within(form).getByRole("textbox", { name: "作废原因" }), reason);
    return form;
  }

  test("draw twice, 作废 the first: 抽取作废记录 and the new record data are written into the open workbook (no custom XML part); the list says 已作废; 核验 passes", async () => {
    const book = excelBook();
    await drawnTwice(book);
    expect(items()).toEqual([expect.stringMatching(/^第 1 次抽取 \S+ 张三，保留，/), expect.stringMatching(/^第 2 次抽取 \S+ 李四，保留，/)]);
    const form = await fillForm(1, "见证人到场前误抽");
    expect((within(form).getByRole("textbox", { name: "操作人" }) as HTMLInputElement).value).toBe("李四");
    await userEvent.click(within(form).getByRole("button", { name: "确认作废" }));

    expect(await screen.findByText("第 1 次抽取已标为作废")).toBeTruthy();
    expect(book.sheets.map((s) => s.name)).toContain("抽取作废记录 2026-03-01");
    expect(book.sheets.filter((s) => s.name.startsWith("_抽取记录数据")).map((s) => s.name)).toEqual(["_抽取记录数据"]);
    expect(liveParts(book)).toHaveLength(0);
    expect([...book.sheet("_抽取记录数据")!.cells.values()].join("")).toContain("见证人到场前误抽");
    // No download in Excel: the clerk saves the workbook.
    expect(screen.getByText("已写入当前工作簿，请保存工作簿。")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "下载作废后的工作簿" })).toBeNull();

    await waitFor(() => expect(items()[0]).toMatch(/^第 1 次抽取 \S+ 张三，已作废（\S+，李四：见证人到场前误抽）/));
    expect(screen.getByText("核验通过")).toBeTruthy();
    const report = verifyWorkbook(await new OfficeHost(ALL).readSheets());
    expect(report.ok).toBe(true);
    expect(report.attempts.map((a) => a.voided?.reason ?? null)).toEqual(["见证人到场前误抽", null]);
  }, 60_000);

  test("a write Excel refuses: the clerk is told, the sheets it added are removed and the old record data is back, as after a failed draw", async () => {
    const book = excelBook();
    await drawnTwice(book);
    const before = book.sheets.map((s) => s.name);
    const data = [...book.sheet("_抽取记录数据")!.cells.entries()];
    const parts = liveParts(book).map((p) => p.xml);
    const form = await fillForm(1, "见证人到场前误抽");
    // Fail the third sync of the write (its sheets added, the old record data renamed aside), after the 作废's read of the workbook.
    const start = book.syncs;
    await new OfficeHost(ALL).readSheets();
    const readSyncs = book.syncs - start;
    book.failAtSync = book.syncs + readSyncs + 3;
    await userEvent.click(within(form).getByRole("button", { name: "确认作废" }));
    expect(await within(form).findByText(/写入工作簿失败（.*GeneralException \(injected\).*）。本次没有写入任何工作表。/)).toBeTruthy();
    expect(book.sheets.map((s) => s.name)).toEqual(before);
    expect([...book.sheet("_抽取记录数据")!.cells.entries()]).toEqual(data);
    expect(liveParts(book).map((p) => p.xml)).toEqual(parts);
    expect(verifyWorkbook(await new OfficeHost(ALL).readSheets()).attempts.map((a) => a.voided)).toEqual([null, null]);

    // The form stays open: the clerk can confirm again.
    book.failAtSync = null;
    await userEvent.click(within(form).getByRole("button", { name: "确认作废" }));
    expect(await screen.findByText("第 1 次抽取已标为作废")).toBeTruthy();
    expect(book.sheets.map((s) => s.name)).toContain("抽取作废记录 2026-03-01");
  }, 60_000);
});
