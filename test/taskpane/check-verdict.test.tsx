/** @jest-environment ./test/taskpane/jsdom-env.cjs */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { zh } from "../../src/taskpane/strings.zh";
import { drawBook } from "../core/draw/book";
import { bookBytes, testServices, xlsxFile } from "./fixtures";

/** Step 1 says a workbook can be drawn only when planning every task before the seed says so (issue #16). */
async function open(sheets: ReturnType<typeof drawBook>) {
  render(<App mode="file" strings={zh} services={testServices()} />);
  await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("名录库.xlsx", await bookBytes(sheets)));
  await screen.findByRole("table", { name: "工作表识别" });
}
const withMatters = (sheets: ReturnType<typeof drawBook>) => [...sheets, { name: "事项", rows: [["事项编号", "抽查事项", "检查对象"], ["S1", "安全生产", "危险化学品"]] }];
const items = () => within(screen.getByRole("list", { name: /问题清单/ })).getAllByRole("listitem");
const next = () => screen.getByRole("button", { name: "下一步" });

describe("step 1 means drawable", () => {
  test("a team that cannot be formed (每组人数 99): step 1 says the tasks cannot all be drawn, at the task's row; step 2 may leave the task out", async () => {
    const sheets = withMatters(drawBook({ tasks: [{ 抽查任务编号: "T01", 抽查任务名称: "危化", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "3", 每组人数: 99 }] }));
    await open(sheets);
    expect(screen.getByRole("status").textContent).toContain("1 个错误");
    expect(items()[0].getAttribute("data-severity")).toBe("error");
    expect(items()[0].textContent).toContain("任务!2:2：任务 T01");
    expect(items()[0].textContent).toContain("少于每组 99 人");
    expect(screen.getByText("按全部任务不能抽取")).toBeTruthy();
    expect(screen.queryByText(/可以抽取/)).toBeNull();
    expect(next().getAttribute("aria-disabled")).toBeNull();
  });

  test("a per-officer cap the run could exceed: 可能无法抽取, and the clerk may still go on", async () => {
    const sheets = withMatters(drawBook({ rules: [["每名执法人员抽取上限", 1]] }));
    await open(sheets);
    expect(screen.getByText("可能无法抽取")).toBeTruthy();
    expect(items().some((li) => li.textContent?.includes("每名执法人员抽取上限为 1 家"))).toBe(true);
    expect(next().getAttribute("aria-disabled")).toBeNull();
  });

  test("a book that can always be drawn says nothing of the kind", async () => {
    await open(withMatters(drawBook()));
    expect(screen.queryByText("可能无法抽取")).toBeNull();
    expect(next().getAttribute("aria-disabled")).toBeNull();
  });
});
