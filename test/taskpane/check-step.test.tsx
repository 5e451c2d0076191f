/** @jest-environment ./test/taskpane/jsdom-env.cjs */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { notWorkbookMessage, unreadableWorkbookMessage, type FileKind } from "../../src/core";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { en } from "../../src/taskpane/strings.en";
import { zh } from "../../src/taskpane/strings.zh";
import { drawBook } from "../core/draw/book";
import { bookBytes, brokenBook, testServices, xlsxFile, type TestServices } from "./fixtures";

function renderFileMode(services: TestServices = testServices(), strings = zh) {
  render(<App mode="file" strings={strings} services={services} />);
  return services;
}

async function openWorkbook(sheets = brokenBook(), name = "名录库.xlsx") {
  const input = screen.getByLabelText("打开工作簿");
  await userEvent.upload(input, xlsxFile(name, await bookBytes(sheets)));
  await screen.findByRole("table", { name: "工作表识别" });
}

function issueItems(): HTMLElement[] {
  const list = screen.getByRole("list", { name: /问题清单/ });
  return within(list).getAllByRole("listitem");
}

function mappingRows(): string[][] {
  const table = screen.getByRole("table", { name: "工作表识别" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => {
          const select = cell.querySelector("select");
          const text = cell.textContent ?? "";
          return select ? `[${select.selectedOptions[0]?.textContent ?? ""}]${text.replace(select.textContent ?? "", "")}` : text;
        }),
    );
}

const nextButton = () => screen.getByRole("button", { name: "下一步" });

describe("step 1 数据检查 (file mode)", () => {
  test("the file input is found by its label 打开工作簿 and accepts .xlsx", () => {
    renderFileMode();
    const input = screen.getByLabelText("打开工作簿") as HTMLInputElement;
    expect(input.tagName).toBe("INPUT");
    expect(input.type).toBe("file");
    expect(input.accept).toContain(".xlsx");
    expect(screen.getByRole("heading", { level: 2, name: "第 1 步：数据检查" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("尚未打开工作簿");
    const steps = within(screen.getByRole("navigation", { name: "抽取步骤" })).getAllByRole("listitem");
    expect(steps.map((li) => li.textContent)).toEqual(["1数据检查", "2抽取准备", "3抽取", "4结果"]);
    expect(steps[0].getAttribute("aria-current")).toBe("step");
  });

  test("reading a workbook shows which sheet is which kind, with counts", async () => {
    const services = renderFileMode();
    await openWorkbook();
    expect(services.calls).toMatchObject({ openFile: 1, lastTitle: "名录库.xlsx" });
    expect(mappingRows()).toEqual([
      ["检查对象名录库", "[对象]", "1", "125", "125"],
      ["执法检查人员名录库", "[人员]", "1", "14", "14"],
      ["抽查事项清单", "[无]未找到", "—", "—", "—"],
      ["抽查任务", "[任务]", "1", "1", "1"],
      ["回避名单（可选）", "[无]未找到", "—", "—", "—"],
      ["抽查规则（可选）", "[无]未找到", "—", "—", "—"],
      ["部门别名（可选）", "[无]未找到", "—", "—", "—"],
      ["节假日安排（可选）", "[无]未找到", "—", "—", "—"],
    ]);
    expect(screen.getByRole("status").textContent).toBe("已读取“名录库.xlsx”：2 个错误，1 个警告。");
  });

  test("issues are listed errors first, with their cell; errors block 下一步 and say why", async () => {
    renderFileMode();
    await openWorkbook();
    expect(screen.getByRole("heading", { name: "问题清单（错误 2 个，警告 1 个）" })).toBeTruthy();
    const items = issueItems();
    expect(items.map((li) => li.getAttribute("data-severity"))).toEqual(["error", "error", "warning"]);
    expect(items[0].textContent).toContain("对象!D8：信用风险等级“特级”无法识别");
    expect(items[1].textContent).toContain("对象!B6：统一社会信用代码");
    expect(items[2].textContent).toContain("没有找到抽查事项清单");
    // File mode: nothing to select, the message names the cell.
    expect(within(items[0]).queryByRole("button")).toBeNull();

    const next = nextButton();
    expect(next.getAttribute("aria-disabled")).toBe("true");
    expect(next.getAttribute("aria-describedby")).toBeTruthy();
    const reason = document.getElementById(next.getAttribute("aria-describedby")!);
    expect(reason?.textContent).toContain("改正");
    await userEvent.click(next);
    expect(screen.getByRole("heading", { level: 2, name: "第 1 步：数据检查" })).toBeTruthy();
  });

  test("只看错误 hides the warnings and brings them back", async () => {
    renderFileMode();
    await openWorkbook();
    const filter = screen.getByRole("switch", { name: "只看错误" });
    await userEvent.click(filter);
    expect(issueItems().map((li) => li.getAttribute("data-severity"))).toEqual(["error", "error"]);
    await userEvent.click(filter);
    expect(issueItems()).toHaveLength(3);
  });

  test("a clean workbook lets the clerk go on", async () => {
    const sheets = drawBook();
    sheets.push({ name: "事项", rows: [["事项编号", "抽查事项", "检查对象"], ["S1", "安全生产", "危险化学品"]] });
    renderFileMode();
    await openWorkbook(sheets);
    expect(screen.getByRole("status").textContent).toMatch(/^已读取“名录库\.xlsx”/);
    expect(nextButton().getAttribute("aria-disabled")).toBeNull();
  });

  test("opening another workbook closes the one before (the engine frees it)", async () => {
    const services = testServices();
    const closed: string[] = [];
    const openFile = services.openFile.bind(services);
    services.openFile = async (data, title) => Object.assign(await openFile(data, title), { close: async () => void closed.push(title) });
    renderFileMode(services);
    await openWorkbook(drawBook(), "一.xlsx");
    await openWorkbook(drawBook(), "二.xlsx");
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^已读取“二\.xlsx”/));
    expect(closed).toEqual(["一.xlsx"]);
  });

  test("the sheet of a kind can be changed: the workbook is checked again with options.assign", async () => {
    const services = renderFileMode();
    await openWorkbook();
    const targets = screen.getByRole("combobox", { name: "检查对象名录库所在的工作表" });
    expect(within(targets).getAllByRole("option").map((o) => o.textContent)).toEqual(["对象", "人员", "任务", "无"]);

    await userEvent.selectOptions(targets, "人员");
    await waitFor(() => expect(screen.getByRole("status").textContent).toContain("已读取"));
    expect(services.log.at(-1)).toEqual({ type: "prepare", options: { assign: { targets: "人员" }, today: "2026-03-01" } });
    expect(screen.getByText(/没有找到检查对象名录库.*表头行/)).toBeTruthy();

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "检查对象名录库所在的工作表" }), "无");
    await waitFor(() => expect(services.log.at(-1)?.options?.assign).toEqual({ targets: null }));

    await userEvent.click(await screen.findByRole("button", { name: "恢复自动识别" }));
    await waitFor(() => expect(mappingRows()[0]).toEqual(["检查对象名录库", "[对象]", "1", "125", "125"]));
    expect(services.log.at(-1)?.options?.assign).toEqual({});
    expect(screen.queryByRole("button", { name: "恢复自动识别" })).toBeNull();
  });

  test("the 示例 button loads the sample workbook", async () => {
    const services = renderFileMode();
    await userEvent.click(screen.getByRole("button", { name: "示例" }));
    await screen.findByRole("table", { name: "工作表识别" });
    expect(services.calls.fetchSample).toBe(1);
    expect(screen.getByRole("status").textContent).toContain("示例工作簿");
  });

  test("the 示例 choice loads a plan-table sample; every plan table is listed", async () => {
    const services = renderFileMode();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "选择示例工作簿" }), "qinhuangdao");
    await userEvent.click(screen.getByRole("button", { name: "示例" }));
    await screen.findByText(/抽查任务还读取了：“附件2”（3 项任务）/);
    expect(services.calls).toMatchObject({ fetchSample: 1, lastSample: "qinhuangdao", lastTitle: "示例工作簿（秦皇岛，计划附件原样录入）" });
    expect(mappingRows().find((r) => r[0] === "抽查任务")).toEqual(["抽查任务", "[附件1]", "3", "6", "9"]);
  });

  test("a missing sample workbook (404) is explained in Chinese", async () => {
    renderFileMode(testServices({ sample: "missing" }));
    await userEvent.click(screen.getByRole("button", { name: "示例" }));
    await screen.findByText(/找不到示例工作簿（assets\/sample\.xlsx）/);
    expect(screen.getByRole("status").textContent).toBe("无法读取“示例工作簿（包头，任务表）”。");
    expect(screen.queryByRole("table")).toBeNull();
  });

  test.each<[string, string, string, FileKind]>([
    ["an .xls saved by LibreOffice", "template.xls", "旧名录.xls", "ole"],
    ["an .xls renamed .xlsx", "template.xls", "改名.xlsx", "ole"],
    ["an .ods", "template.ods", "名录.ods", "ods"],
    ["a CSV", "template.csv", "名录.csv", "text"],
  ])("%s is refused by what it is, in the command line's words, before the reader sees it", async (_what, fixture, name, kind) => {
    const services = renderFileMode();
    const bytes = readFileSync(join(__dirname, "..", "fixtures", "files", fixture));
    fireEvent.change(screen.getByLabelText("打开工作簿"), { target: { files: [xlsxFile(name, [...bytes])] } });
    await screen.findByText(notWorkbookMessage(kind, name)!);
    expect(services.calls.openFile).toBe(0);
  });

  test("an empty file and one the reader cannot parse are named, never with a stack trace", async () => {
    renderFileMode();
    await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("空.xlsx", []));
    await screen.findByText(notWorkbookMessage("empty", "空.xlsx")!);
    await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("坏.xlsx", [80, 75, 3, 4, 1, 2, 3, 4, 5]));
    const message = await screen.findByText(unreadableWorkbookMessage("坏.xlsx", ""));
    expect(message.textContent).not.toMatch(/\n\s+at /);
  });

  test("a workbook can be dropped onto the pane", async () => {
    const services = renderFileMode();
    const step = screen.getByRole("region", { name: "第 1 步：数据检查" });
    const file = xlsxFile("拖放.xlsx", await bookBytes());
    fireEvent.dragOver(step, { dataTransfer: { types: ["Files"], files: [file] } });
    expect(screen.getByText("松开鼠标即可打开该工作簿")).toBeTruthy();
    fireEvent.drop(step, { dataTransfer: { types: ["Files"], files: [file] } });
    await screen.findByRole("table", { name: "工作表识别" });
    expect(services.calls.openFile).toBe(1);
    expect(screen.getByRole("status").textContent).toContain("拖放.xlsx");
  });

  test("the English table is used when chosen", async () => {
    renderFileMode(testServices(), en);
    await userEvent.upload(screen.getByLabelText("Open workbook"), xlsxFile("registers.xlsx", await bookBytes()));
    const table = await screen.findByRole("table", { name: "Recognised sheets" });
    expect(within(table).getByText("Inspection targets (检查对象名录库)")).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Errors only" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Next" })).toBeTruthy();
  });
});

describe("step 1 inside Excel", () => {
  test("reads the open workbook (no file input); clicking an issue selects its cell; 重新读取 reads again", async () => {
    const services = testServices({ excel: brokenBook() });
    render(<App mode="excel" strings={zh} services={services} />);
    await screen.findByRole("table", { name: "工作表识别" });
    expect(services.calls.openExcel).toBe(1);
    expect(screen.queryByLabelText("打开工作簿")).toBeNull();
    expect(screen.getByRole("status").textContent).toBe("已读取“当前工作簿”：2 个错误，1 个警告。");

    const items = issueItems();
    await userEvent.click(within(items[0]).getByRole("button", { name: /对象!D8/ }));
    expect(services.last().selected).toEqual([["对象", "D8"]]);
    // An issue about no sheet in particular has nothing to select.
    expect(within(items[2]).queryByRole("button")).toBeNull();
    expect(nextButton().getAttribute("aria-disabled")).toBe("true");

    const reads = services.last().reads;
    await userEvent.click(screen.getByRole("button", { name: "重新读取" }));
    await waitFor(() => expect(services.last().reads).toBe(reads + 1));
    await screen.findByRole("table", { name: "工作表识别" });
  });
});
