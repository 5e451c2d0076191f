/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { en } from "../../src/taskpane/strings.en";
import { zh } from "../../src/taskpane/strings.zh";
import { ISSUES, fakeReading, fakeServices, xlsxFile } from "./fixtures";

function renderFileMode(services = fakeServices(), strings = zh) {
  render(<App mode="file" strings={strings} services={services} />);
  return services;
}

async function openWorkbook(name = "名录库.xlsx") {
  const input = screen.getByLabelText("打开工作簿");
  await userEvent.upload(input, xlsxFile(name));
  await screen.findByRole("table", { name: "工作表识别" });
}

function issueItems(): HTMLElement[] {
  const list = screen.getByRole("list", { name: /问题清单/ });
  return within(list).getAllByRole("listitem");
}

describe("step 1 数据检查 (file mode)", () => {
  test("the file input is found by its label 打开工作簿 and accepts .xlsx", () => {
    renderFileMode();
    const input = screen.getByLabelText("打开工作簿") as HTMLInputElement;
    expect(input.tagName).toBe("INPUT");
    expect(input.type).toBe("file");
    expect(input.accept).toContain(".xlsx");
    expect(screen.getByRole("heading", { level: 2, name: "第 1 步：数据检查" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toContain("尚未打开工作簿");
  });

  test("reading a workbook shows which sheet is which kind, with counts", async () => {
    const services = renderFileMode();
    await openWorkbook();
    expect(services.calls).toMatchObject({ readSheets: 1, readWorkbook: 1, lastBytes: [80, 75, 3, 4] });

    const table = screen.getByRole("table", { name: "工作表识别" });
    const rows = within(table).getAllByRole("row").slice(1);
    const text = rows.map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent));
    expect(text).toEqual([
      ["检查对象名录库", "企业名录", "3", "120", "117"],
      ["执法检查人员名录库", "执法人员", "2", "18", "18"],
      ["抽查事项清单", "事项清单", "1", "12", "12"],
      ["抽查任务", "2026年任务", "2", "5", "4"],
      ["回避名单（可选）", "未找到", "—", "—", "—"],
      ["抽查规则（可选）", "未找到", "—", "—", "—"],
    ]);
    expect(screen.getByRole("status").textContent).toBe("已读取“名录库.xlsx”：2 个错误，2 个警告。");
  });

  test("issues are listed errors first, each with its severity and Chinese message", async () => {
    renderFileMode();
    await openWorkbook();
    expect(screen.getByRole("heading", { name: "问题清单（错误 2 个，警告 2 个）" })).toBeTruthy();
    const items = issueItems();
    expect(items.map((li) => li.getAttribute("data-severity"))).toEqual(["error", "error", "warning", "warning"]);
    expect(items[0].textContent).toContain("企业名录!B12：统一社会信用代码校验位不正确。");
    expect(items[0].textContent).toContain("错误");
    expect(items[1].textContent).toContain("2026年任务!M3");
    expect(items[2].textContent).toContain("警告");
    expect(items[2].textContent).toContain("执法人员!C5");
  });

  test("只看错误 hides the warnings and brings them back", async () => {
    renderFileMode();
    await openWorkbook();
    const filter = screen.getByRole("switch", { name: "只看错误" });
    await userEvent.click(filter);
    expect(issueItems().map((li) => li.getAttribute("data-severity"))).toEqual(["error", "error"]);
    await userEvent.click(filter);
    expect(issueItems()).toHaveLength(4);
  });

  test("只看错误 on a workbook with warnings only says there are no errors", async () => {
    const warnings = ISSUES.filter((i) => i.severity === "warning");
    renderFileMode(fakeServices({ reading: fakeReading(warnings) }));
    await openWorkbook();
    await userEvent.click(screen.getByRole("switch", { name: "只看错误" }));
    expect(screen.queryByRole("list", { name: /问题清单/ })).toBeNull();
    expect(screen.getByText("没有错误。")).toBeTruthy();
  });

  test("a clean workbook says no problems were found", async () => {
    renderFileMode(fakeServices({ reading: fakeReading([]) }));
    await openWorkbook();
    expect(screen.getByText("未发现问题。")).toBeTruthy();
    expect(screen.getByRole("status").textContent).toBe("已读取“名录库.xlsx”，未发现问题。");
  });

  test("the 示例 button loads the sample workbook", async () => {
    const services = renderFileMode();
    await userEvent.click(screen.getByRole("button", { name: "示例" }));
    await screen.findByRole("table", { name: "工作表识别" });
    expect(services.calls.fetchSample).toBe(1);
    expect(screen.getByRole("status").textContent).toContain("示例工作簿");
  });

  test("a missing sample workbook (404) is explained in Chinese", async () => {
    renderFileMode(fakeServices({ sample: "missing" }));
    await userEvent.click(screen.getByRole("button", { name: "示例" }));
    await screen.findByText(/找不到示例工作簿（assets\/sample\.xlsx）/);
    expect(screen.getByRole("status").textContent).toBe("无法读取“示例工作簿”。");
    expect(screen.queryByRole("table")).toBeNull();
  });

  test("an old .xls file is refused with advice to save as .xlsx", async () => {
    const services = renderFileMode();
    fireEvent.change(screen.getByLabelText("打开工作簿"), { target: { files: [xlsxFile("旧名录.xls")] } });
    await screen.findByText(/另存为” Excel 工作簿（\.xlsx）/);
    expect(services.calls.readSheets).toBe(0);
  });

  test("a file the reader cannot parse shows the reader's reason", async () => {
    renderFileMode();
    await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("空.xlsx", []));
    await screen.findByText(/文件无法作为 Excel 工作簿（\.xlsx）读取：empty file/);
  });

  test("a workbook can be dropped onto the pane", async () => {
    const services = renderFileMode();
    const step = screen.getByRole("region", { name: "第 1 步：数据检查" });
    const file = xlsxFile("拖放.xlsx");
    fireEvent.dragOver(step, { dataTransfer: { types: ["Files"], files: [file] } });
    expect(screen.getByText("松开鼠标即可打开该工作簿")).toBeTruthy();
    fireEvent.drop(step, { dataTransfer: { types: ["Files"], files: [file] } });
    await screen.findByRole("table", { name: "工作表识别" });
    expect(services.calls.readSheets).toBe(1);
    expect(screen.getByRole("status").textContent).toContain("拖放.xlsx");
  });

  test("the English table is used when chosen", async () => {
    renderFileMode(fakeServices(), en);
    await userEvent.upload(screen.getByLabelText("Open workbook"), xlsxFile("registers.xlsx"));
    const table = await screen.findByRole("table", { name: "Recognised sheets" });
    expect(within(table).getByText("Inspection targets (检查对象名录库)")).toBeTruthy();
    expect(screen.getByRole("switch", { name: "Errors only" })).toBeTruthy();
  });
});

describe("inside Excel", () => {
  test("says the Excel host is not ready and offers the file mode in the pane", async () => {
    render(<App mode="excel" strings={zh} services={fakeServices()} />);
    expect(screen.getByText("Excel 内的直接读取尚在开发中")).toBeTruthy();
    expect(screen.queryByLabelText("打开工作簿")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "在此窗格中打开工作簿文件" }));
    await waitFor(() => expect(screen.getByLabelText("打开工作簿")).toBeTruthy());
  });
});
