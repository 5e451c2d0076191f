/** @jest-environment ./test/taskpane/jsdom-env.cjs */
/**
 * 作废 from the pane, file mode: two draws through the four steps, 核验 lists both attempts, the
 * first is marked 作废 with a reason, the workbook gains the 抽取作废记录 sheet and still verifies.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { voidAttempt } from "../../src/core/draw/session";
import { verifyWorkbook } from "../../src/core/draw/verify";
import { FileHost } from "../../src/host/file/file-host";
import { App } from "../../src/taskpane/App";
import { zh } from "../../src/taskpane/strings.zh";
import { drawBook } from "../core/draw/book";
import { NOW, bookBytes, testServices, xlsxFile, type TestServices } from "./fixtures";
import { heading, toDrawStep } from "./steps";

const SEEDS = ["3141 5926 5358 9793 2384", "2718 2818 2845 9045 2353"];
const REASON = "见证人到场前误抽";


async function draw(seed: string, operator: string) {
  await toDrawStep(seed);
  await userEvent.type(screen.getByRole("textbox", { name: "操作人" }), operator);
  await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
  await heading(4, "结果");
}

/** Opens drawBook() on the file page and draws it twice (张三, then 李四), ending on step 4. */
async function drawnTwice(): Promise<TestServices> {
  const services = testServices();
  render(<App mode="file" strings={zh} services={services} />);
  await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("名录库.xlsx", await bookBytes(drawBook())));
  await draw(SEEDS[0], "张三");
  await userEvent.click(screen.getByRole("button", { name: "重新开始" }));
  await heading(1, "数据检查");
  expect(await screen.findByText("这是抽取后的工作簿")).toBeTruthy();
  await draw(SEEDS[1], "李四");
  return services;
}

const attemptList = () => screen.findByRole("list", { name: /^本工作簿共有 \d+ 次抽取$/ });
const attemptItems = async () => within(await attemptList()).getAllByRole("listitem").map((li) => li.textContent ?? "");

describe("作废 from the pane (file mode)", () => {
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    jest.restoreAllMocks();
  });

  test("draw twice, 核验 lists 第 1 次 and 第 2 次, 作废 the first with a reason: 抽取作废记录 is written, the list says 已作废, 核验 still passes, the result downloads", async () => {
    const services = await drawnTwice();
    const host = services.last();

    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验通过")).toBeTruthy();
    const items = await attemptItems();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^第 1 次抽取 \S+ 张三，保留，结果摘要 [0-9a-f]{12}…作废…$/);
    expect(items[1]).toMatch(/^第 2 次抽取 \S+ 李四，保留，结果摘要 [0-9a-f]{12}…作废…$/);

    // The form: a warning, the reason required, 操作人 prefilled with the draw's.
    const sheetsBefore = await host.host.readSheets();
    await userEvent.click(screen.getByRole("button", { name: "作废…（第 1 次抽取）" }));
    const form = screen.getByRole("group", { name: "作废第 1 次抽取" });
    expect(within(form).getByText(zh.voidWarning)).toBeTruthy();
    const reason = within(form).getByRole("textbox", { name: "作废原因" });
    expect(document.activeElement).toBe(reason);
    expect((within(form).getByRole("textbox", { name: "操作人" }) as HTMLInputElement).value).toBe("李四");
    const confirm = within(form).getByRole("button", { name: "确认作废" });
    expect(confirm.getAttribute("aria-disabled")).toBe("true");
    await userEvent.type(reason, REASON);
    expect(confirm.getAttribute("aria-disabled")).toBeNull();
    const writes = host.written.length;
    await userEvent.click(confirm);

    expect(await screen.findByText("第 1 次抽取已标为作废")).toBeTruthy();
    expect(host.written).toHaveLength(writes + 1);
    const reference = voidAttempt(sheetsBefore, 1, { time: NOW, operator: "李四", reason: REASON });
    if (!reference.ok) throw new Error(reference.message);
    expect(host.written.at(-1)).toEqual(reference.specs);
    expect(await host.host.listSheets()).toContain("抽取作废记录 2026-03-01");
    expect(screen.getByText(/^已写入“抽取作废记录 2026-03-01”/)).toBeTruthy();

    // Verified again at once: the first now reads 已作废 and has no 作废… any more.
    await waitFor(async () => expect((await attemptItems())[0]).toMatch(/^第 1 次抽取 \S+ 张三，已作废（\S+，李四：见证人到场前误抽），结果摘要 [0-9a-f]{12}…$/));
    expect(screen.getByText("核验通过")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "作废…（第 1 次抽取）" })).toBeNull();
    expect(screen.getByRole("button", { name: "作废…（第 2 次抽取）" })).toBeTruthy();
    expect(screen.queryByRole("group", { name: "作废第 1 次抽取" })).toBeNull();

    // The workbook with the 作废 downloads as <name>-作废-<date>.xlsx and verifies on its own.
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:test/2";
    });
    URL.revokeObjectURL = jest.fn();
    const clicks: string[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await userEvent.click(screen.getByRole("button", { name: "下载作废后的工作簿" }));
    await waitFor(() => expect(clicks).toEqual(["名录库-作废-2026-03-01.xlsx"]));
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blobs[0]);
    });
    const report = verifyWorkbook(await (await FileHost.open(bytes, "d.xlsx")).readSheets());
    expect(report.ok).toBe(true);
    expect(report.attempts.map((a) => a.voided?.reason ?? null)).toEqual([REASON, null]);
  }, 60_000);

  test("the reason is required: the form will not confirm without one; 取消 closes it and writes nothing", async () => {
    const services = await drawnTwice();
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    await attemptList();
    await userEvent.click(screen.getByRole("button", { name: "作废…（第 2 次抽取）" }));
    const form = screen.getByRole("group", { name: "作废第 2 次抽取" });
    const reason = within(form).getByRole("textbox", { name: "作废原因" });
    const confirm = within(form).getByRole("button", { name: "确认作废" });
    await userEvent.type(reason, "   ");
    expect(confirm.getAttribute("aria-disabled")).toBe("true");
    await userEvent.tab();
    expect(within(form).getByText("请写明作废原因。")).toBeTruthy();
    const writes = services.last().written.length;
    expect(services.log.some((l) => l.type === "void")).toBe(false);

    await userEvent.click(within(form).getByRole("button", { name: "取消" }));
    expect(screen.queryByRole("group", { name: "作废第 2 次抽取" })).toBeNull();
    expect(services.last().written).toHaveLength(writes);
  }, 60_000);

  test("a refusal (the attempt was marked 作废 meanwhile) shows the core's message; the pane writes nothing", async () => {
    const services = await drawnTwice();
    const host = services.last();
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    await attemptList();
    await userEvent.click(screen.getByRole("button", { name: "作废…（第 1 次抽取）" }));
    const form = screen.getByRole("group", { name: "作废第 1 次抽取" });
    await userEvent.type(within(form).getByRole("textbox", { name: "作废原因" }), REASON);

    // Someone else marks it 作废 first (behind the pane's back).
    const elsewhere = voidAttempt(await host.host.readSheets(), 1, { time: "2026-03-01T09:00:00+08:00", operator: "赵六", reason: "另一处已作废" });
    if (!elsewhere.ok) throw new Error(elsewhere.message);
    await host.host.writeSheets(elsewhere.specs);
    const writes = host.written.length;

    await userEvent.click(within(form).getByRole("button", { name: "确认作废" }));
    expect(await within(form).findByText("不能作废")).toBeTruthy();
    expect(within(form).getByText("第 1 次抽取已于 2026-03-01T09:00:00+08:00 作废。")).toBeTruthy();
    expect(host.written).toHaveLength(writes);
    expect(screen.queryByText("第 1 次抽取已标为作废")).toBeNull();
  }, 60_000);

  test("a write that fails is reported; nothing of the 作废 stays in the workbook", async () => {
    const services = await drawnTwice();
    const host = services.last();
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    await attemptList();
    const names = await host.host.listSheets();
    host.host.writeSheets = async () => {
      throw new Error("磁盘已满");
    };
    await userEvent.click(screen.getByRole("button", { name: "作废…（第 1 次抽取）" }));
    const form = screen.getByRole("group", { name: "作废第 1 次抽取" });
    await userEvent.type(within(form).getByRole("textbox", { name: "作废原因" }), REASON);
    await userEvent.click(within(form).getByRole("button", { name: "确认作废" }));
    expect(await within(form).findByText("写入工作簿失败（磁盘已满）。本次没有写入任何工作表。")).toBeTruthy();
    expect(await host.host.listSheets()).toEqual(names);
  }, 60_000);
});
