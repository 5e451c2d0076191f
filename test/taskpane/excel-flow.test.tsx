/** @jest-environment ./test/taskpane/jsdom-env.cjs */
/**
 * Excel mode end to end, short of Excel itself: the pane over the real OfficeHost, which talks to
 * the recording fake of the Excel object model (test/host/office/fake-excel.ts).
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

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };
const SEED = "2718 2818 2845 9045 2353";

function excelBook(sheets: SheetData[] = drawBook()): FakeBook {
  const book = installFakeExcel();
  for (const sheet of sheets) fakeSheet(book, sheet.name, sheet.rows as (string | number | boolean | null)[][]);
  return book;
}

function renderExcel(book: FakeBook) {
  const services = testServices();
  services.openExcel = async () => new OfficeHost(ALL);
  render(<App mode="excel" strings={zh} services={services} />);
  return { services, book };
}

const heading = (n: number, name: string) => screen.findByRole("heading", { level: 2, name: `第 ${n} 步：${name}` });
const next = () => screen.getByRole("button", { name: "下一步" });

async function toStep3() {
  await screen.findByRole("table", { name: "工作表识别" });
  await userEvent.click(next());
  await heading(2, "抽取准备");
  await waitFor(() => expect(next().getAttribute("aria-disabled")).toBeNull());
  await userEvent.click(next());
  await heading(3, "抽取");
  await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
}

const userSheets = (book: FakeBook) => book.sheets.map((s) => s.name).filter((n) => ["对象", "人员", "任务"].includes(n));

describe("Excel mode over the Office host", () => {
  test("check, draw and verify inside the open workbook: new sheets only, the record in a custom XML part", async () => {
    const { book } = renderExcel(excelBook());
    await toStep3();
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");

    const names = book.sheets.map((s) => s.name);
    expect(names.slice(0, 3)).toEqual(["对象", "人员", "任务"]);
    expect(names).toEqual(expect.arrayContaining(["抽取结果 2026-03-01", "抽取记录 2026-03-01", "配额核验 2026-03-01", "结果公示 2026-03-01"]));
    expect(book.xmlParts.filter((p) => p.namespace === RECORD_XML_NAMESPACE && !p.deleted)).toHaveLength(1);
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
