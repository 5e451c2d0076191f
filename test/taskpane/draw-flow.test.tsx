/** @jest-environment ./test/taskpane/jsdom-env.cjs */
import { getRoles, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ExcelJS from "exceljs";
import type { Cell, SheetData } from "../../src/core/grid/cell";
import { completeDraw, prepareDraw } from "../../src/core/draw/session";
import { FileHost } from "../../src/host/file/file-host";
import { FileWorkbook } from "../../src/host/file/workbook-file";
import { App } from "../../src/taskpane/App";
import { zh } from "../../src/taskpane/strings.zh";
import { drawBook } from "../core/draw/book";
import { NOW, TODAY, bookBytes, testServices, xlsxFile, type TestServices } from "./fixtures";
import { heading, next } from "./steps";

const SEED = "3141 5926 5358 9793 2384";

const TWO_TASKS: Record<string, Cell>[] = [
  { 抽查任务编号: "T01", 抽查任务名称: "危化内部", 联合类型: "部门内部", 发起部门: "执法一大队", 对象范围: "危险化学品", 抽查比例或数量: "10%" },
  { 抽查任务编号: "T02", 抽查任务名称: "工贸内部", 联合类型: "部门内部", 发起部门: "执法二大队", 对象范围: "工贸", 抽查比例或数量: "6户" },
];

async function readBack(sheets: SheetData[]): Promise<SheetData[]> {
  return (await FileHost.open(await bookBytes(sheets), "x.xlsx")).readSheets();
}

function renderApp(services: TestServices = testServices()) {
  render(<App mode="file" strings={zh} services={services} />);
  return services;
}

async function open(sheets: SheetData[], name = "名录库.xlsx") {
  await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile(name, await bookBytes(sheets)));
  await screen.findByRole("table", { name: "工作表识别" });
}


function digestShown(label = "框架摘要（抽取前公布）"): string {
  const group = screen.getByRole("group", { name: label });
  return within(group).getByTestId("digest-value").textContent ?? "";
}

async function toStep3(sheets: SheetData[], services = testServices()) {
  renderApp(services);
  await open(sheets);
  await userEvent.click(next());
  await heading(2, "抽取准备");
  await waitFor(() => expect(next().getAttribute("aria-disabled")).toBeNull());
  await userEvent.click(next());
  await heading(3, "抽取");
  return services;
}

describe("the whole path: open → check → prepare → seed → draw → result → verify", () => {
  test("a draw made through the pane is the core's draw, written through the host, and verifies", async () => {
    const sheets = drawBook();
    const services = renderApp();
    await open(sheets);

    // Step 1: no errors (one warning), 下一步 goes on.
    expect(screen.getByRole("status").textContent).toBe("已读取“名录库.xlsx”：0 个错误，1 个警告。");
    await userEvent.click(next());

    // Step 2: the task is ticked, its strata and the frame digest are shown.
    expect(document.activeElement).toBe(await heading(2, "抽取准备"));
    expect((screen.getByRole("checkbox", { name: "T01 危化内部" }) as HTMLInputElement).checked).toBe(true);
    const expected = prepareDraw(await readBack(sheets), { today: TODAY });
    expect(digestShown()).toBe(expected.plan.frameDigest);
    const strata = screen.getByRole("table", { name: "T01 危化内部" });
    const cells = within(strata).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(cells).toEqual([["全部", "40", "4", expected.plan.tasks[0].strata[0].note]]);
    const quota = screen.getByRole("list", { name: "配额预检" });
    expect(within(quota).getAllByRole("listitem").length).toBeGreaterThan(3);
    expect(within(quota).getAllByText(/^(达标|未达标|无法判断)$/).length).toBeGreaterThan(3);
    expect(screen.getByRole("button", { name: "复制框架摘要（抽取前公布）" })).toBeTruthy();
    await userEvent.click(next());

    // Step 3: the seed is checked as it is typed.
    await heading(3, "抽取");
    const seed = screen.getByRole("textbox", { name: "随机种子" });
    await userEvent.type(seed, "123");
    expect(screen.getByText(/随机种子太短：去掉空白后有 3 个字符，至少需要 20 个/)).toBeTruthy();
    await userEvent.type(seed, "4_");
    expect(screen.getByText(/随机种子只能包含数字、英文字母和连字符/)).toBeTruthy();
    await userEvent.clear(seed);
    await userEvent.type(seed, SEED);
    expect(screen.getByText("种子有效（去掉空白后 20 个字符）。")).toBeTruthy();
    await userEvent.type(screen.getByRole("textbox", { name: "操作人" }), "张三");
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));

    // Step 4: counts, sheets written (through host.writeSheets), digests.
    await heading(4, "结果");
    const host = services.last();
    const reference = completeDraw(prepareDraw(await readBack(sheets), { today: TODAY }), {
      seed: SEED.replace(/\s/g, ""),
      seedSource: "typed",
      time: NOW,
      operator: "张三",
    });
    if (!reference.ok) throw new Error("reference draw failed");
    expect(host.written).toHaveLength(1);
    expect(host.written[0]).toEqual(reference.specs);

    const counts = screen.getByRole("table", { name: "各任务抽中数量" });
    const row = within(counts).getAllByRole("row")[1];
    expect(within(row).getAllByRole("cell").map((c) => c.textContent)).toEqual(["T01 危化内部", "40", "4", "4"]);
    const written = within(screen.getByRole("list", { name: "写入的工作表" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(written).toEqual(reference.specs.map((s) => (s.state === "hidden" || s.state === "veryHidden" ? `${s.name}（隐藏，供核验使用）` : s.name)));
    expect(written).toContain("抽取结果 2026-03-01");
    expect(written).toContain("抽取记录 2026-03-01");
    expect(digestShown("结果摘要")).toBe(reference.record.resultDigest);
    expect(digestShown("随机种子")).toBe("31415926535897932384");
    expect(screen.getByText("现场输入")).toBeTruthy();
    expect(screen.getByText(/^配额核验：达标 \d+ 项，未达标 \d+ 项，无法判断 \d+ 项。$/)).toBeTruthy();

    // 核验 reads the workbook again and recomputes.
    const reads = host.reads;
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验通过")).toBeTruthy();
    expect(host.reads).toBe(reads + 1);
  });

  test("unticking a task changes the frame digest; the draw then covers the ticked tasks only", async () => {
    const sheets = drawBook({ tasks: TWO_TASKS });
    const services = renderApp();
    await open(sheets);
    await userEvent.click(next());
    await heading(2, "抽取准备");
    const both = digestShown();
    expect(screen.getByRole("table", { name: "T02 工贸内部" })).toBeTruthy();

    await userEvent.click(screen.getByRole("checkbox", { name: "T02 工贸内部" }));
    await waitFor(() => expect(digestShown()).not.toBe(both));
    const one = digestShown();
    expect(one).toBe(prepareDraw(await readBack(sheets), { today: TODAY, tasks: ["T01"] }).plan.frameDigest);
    expect(screen.queryByRole("table", { name: "T02 工贸内部" })).toBeNull();
    expect(services.log.at(-1)).toMatchObject({ type: "prepare", options: { tasks: ["T01"] } });

    await userEvent.click(screen.getByRole("checkbox", { name: "T01 危化内部" }));
    expect(await screen.findAllByText("请至少勾选一项任务。")).toBeTruthy();
    expect(next().getAttribute("aria-disabled")).toBe("true");
    await userEvent.click(screen.getByRole("checkbox", { name: "T01 危化内部" }));
    await waitFor(() => expect(digestShown()).toBe(one));

    await userEvent.click(next());
    await heading(3, "抽取");
    expect(screen.getByText("本次抽取 1 项任务，共应抽 4 家。")).toBeTruthy();
    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    const counts = screen.getByRole("table", { name: "各任务抽中数量" });
    expect(within(counts).getAllByRole("row")).toHaveLength(2);
    expect(services.log.find((l) => l.type === "draw")?.options).toMatchObject({ tasks: ["T01"] });
  });

  test("an infeasible task is explained and blocks 下一步 until it is unticked", async () => {
    const tasks = [...TWO_TASKS, { ...TWO_TASKS[1], 抽查任务编号: "T03", 抽查任务名称: "过量", 抽查比例或数量: "500户" }];
    renderApp();
    await open(drawBook({ tasks }));
    await userEvent.click(next());
    await heading(2, "抽取准备");
    expect(await screen.findByText("无法抽取")).toBeTruthy();
    expect(screen.getByText(/任务 T03：/)).toBeTruthy();
    expect(next().getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText("所选任务无法抽取，请先处理上面列出的问题。")).toBeTruthy();

    await userEvent.click(screen.getByRole("checkbox", { name: "T03 过量" }));
    await waitFor(() => expect(next().getAttribute("aria-disabled")).toBeNull());
    expect(screen.queryByText("无法抽取")).toBeNull();
  });

  test("写出抽取公告 writes the plan sheets through the host; the digest stays the same", async () => {
    const services = renderApp();
    await open(drawBook());
    await userEvent.click(next());
    await heading(2, "抽取准备");
    const before = digestShown();
    await userEvent.click(screen.getByRole("button", { name: "写出抽取公告" }));
    await screen.findByText(/^已写入：部门内部抽查计划 2026-03-01、/);
    const names = services.last().written[0].map((s) => s.name);
    expect(names).toEqual(["部门内部抽查计划 2026-03-01", "部门联合抽查计划 2026-03-01", "随机抽查工作计划 2026-03-01", "抽取公告 2026-03-01", "配额核验 2026-03-01"]);
    expect(await services.last().host.listSheets()).toEqual(expect.arrayContaining(names));
    await waitFor(() => expect(services.last().reads).toBe(2));
    expect(digestShown()).toBe(before);
    expect(screen.getByRole("button", { name: "下载公告工作簿" })).toBeTruthy();

    // The draw after it names its sheets around the ones now in the workbook.
    await userEvent.click(next());
    await heading(3, "抽取");
    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    expect(screen.getByText("部门内部抽查计划 2026-03-01 (2)")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验通过")).toBeTruthy();
  });
});

describe("step 3 抽取", () => {
  test("生成 fills in a 24-digit seed from the random bytes, recorded as 程序生成", async () => {
    const requested: number[] = [];
    const services = testServices({
      randomBytes: (n) => {
        requested.push(n);
        return Uint8Array.from({ length: n }, (_, i) => (i * 53 + 7) % 256);
      },
    });
    await toStep3(drawBook(), services);
    await userEvent.click(screen.getByRole("button", { name: "生成" }));
    expect(requested).toEqual([64]);
    const seed = screen.getByRole("textbox", { name: "随机种子" }) as HTMLTextAreaElement;
    expect(seed.value).toMatch(/^\d{24}$/);
    expect(screen.getByText(/记录为“程序生成”。请先抄录/)).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    expect(digestShown("随机种子")).toBe(seed.value);
    expect(screen.getByText("程序生成")).toBeTruthy();
  });

  test("开始抽取 without a valid seed says what is wrong and draws nothing", async () => {
    const services = await toStep3(drawBook());
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    expect(screen.getByText(/请输入随机种子/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole("textbox", { name: "随机种子" }));
    expect(services.log.some((l) => l.type === "draw")).toBe(false);
  });

  test("a team that cannot be formed: target, seat and every reason are shown, nothing is written", async () => {
    const services = await toStep3(drawBook({ departments: { 执法一大队: 2 }, rules: [["每名执法人员抽取上限", 2]] }));
    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    expect(await screen.findByText("任务 T01：检查组无法组成，抽取未完成")).toBeTruthy();
    expect(screen.getByText(/^单位 91150200\w+ 的.*执法一大队.*无法抽出。工作簿没有被写入任何内容。/)).toBeTruthy();
    const reasons = screen.getAllByText(/：已抽满每名执法人员上限 2 家$/);
    expect(reasons).toHaveLength(2);
    expect(services.last().written).toHaveLength(0);
    expect(screen.getByRole("heading", { level: 2, name: "第 3 步：抽取" })).toBeTruthy();
  });

  test("data changed after the digest was shown: the draw refuses and says so", async () => {
    const sheets = drawBook();
    const services = await toStep3(sheets);
    const changed = await readBack(sheets);
    changed[0].rows[2][2] = "工贸";
    services.last().host.readSheets = async () => changed;
    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    expect(await screen.findByText("数据在公布摘要之后被改动")).toBeTruthy();
    expect(services.last().written).toHaveLength(0);
  });
});

describe("step 4 结果 and 核验", () => {
  const realCreate = URL.createObjectURL;
  const realRevoke = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = realCreate;
    URL.revokeObjectURL = realRevoke;
    jest.restoreAllMocks();
  });

  test("下载结果 offers the in-memory workbook as <name>-抽取结果-<date>.xlsx through an object URL", async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:test/1";
    });
    URL.revokeObjectURL = jest.fn();
    const clicks: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    });

    await toStep3(drawBook());
    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
    await userEvent.click(screen.getByRole("button", { name: "开始抽取" }));
    await heading(4, "结果");
    await userEvent.click(screen.getByRole("button", { name: "下载结果" }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toEqual({ href: "blob:test/1", download: "名录库-抽取结果-2026-03-01.xlsx" });
    expect(blobs[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    // The downloaded file is the drawn workbook: it verifies on its own.
    const bytes = await new Promise<Uint8Array>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blobs[0]);
    });
    const { verifyWorkbook } = await import("../../src/core/draw/verify");
    expect(verifyWorkbook(await (await FileHost.open(bytes, "d.xlsx")).readSheets()).ok).toBe(true);
  });

  test("只核验: a drawn workbook someone sent can be verified right after opening; a changed cell is reported", async () => {
    const book = FileWorkbook.fromSheets(drawBook());
    const prepared = prepareDraw(book.readSheets(), { today: TODAY });
    const done = completeDraw(prepared, { seed: "31415926535897932384", seedSource: "typed", time: NOW, operator: "李四" });
    if (!done.ok) throw new Error("draw failed");
    await book.addSheets(done.specs);
    const good = await book.toBuffer();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(good.slice().buffer);
    const result = wb.getWorksheet("抽取结果 2026-03-01")!;
    let tampered: string | null = null;
    result.eachRow((row, r) => {
      row.eachCell((cell, c) => {
        if (!tampered && typeof cell.value === "string" && /单位\d+$/.test(cell.value) && r > 2) {
          cell.value = "别的单位";
          tampered = `${String.fromCharCode(64 + c)}${r}`;
        }
      });
    });
    expect(tampered).not.toBeNull();
    const bad = new Uint8Array(await wb.xlsx.writeBuffer());

    renderApp();
    await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("收到的.xlsx", good));
    expect(await screen.findByText("这是抽取后的工作簿")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验通过")).toBeTruthy();

    await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("改过的.xlsx", bad));
    await screen.findByText("这是抽取后的工作簿");
    await userEvent.click(screen.getByRole("button", { name: "核验" }));
    expect(await screen.findByText("核验未通过")).toBeTruthy();
    expect(screen.getByText(new RegExp(`^抽取结果 2026-03-01!${tampered}：应为“.+单位\\d+”，实为“别的单位”$`))).toBeTruthy();
  });
});

describe("keyboard and screen readers", () => {
  /** Role and accessible name of every element with a role, as Testing Library computes them. */
  function namesOnPage(): Map<Element, string> {
    const names = new Map<Element, string>();
    for (const role of Object.keys(getRoles(document.body))) {
      screen.queryAllByRole(role, {
        name: (computed, el) => {
          if (!names.has(el)) names.set(el, `${role}:${computed.trim()}`);
          return false;
        },
      });
    }
    return names;
  }

  /** Tabs through the page once; returns every control reached, by role and accessible name (a file input: its label). */
  async function tabRound(): Promise<string[]> {
    (document.activeElement as HTMLElement | null)?.blur();
    const names = namesOnPage();
    const seen: string[] = [];
    const visited = new Set<Element>();
    for (let i = 0; i < 200; i++) {
      await userEvent.tab();
      const el = document.activeElement;
      if (!el || el === document.body || visited.has(el)) break;
      visited.add(el);
      const entry =
        names.get(el) ?? `${el.tagName.toLowerCase()}:${Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent).join(" ")}`;
      expect({ element: el.outerHTML.slice(0, 120), named: !entry.endsWith(":") }).toEqual({ element: el.outerHTML.slice(0, 120), named: true });
      seen.push(entry);
    }
    return seen;
  }

  test("every control of every step is reachable by Tab and has a name", async () => {
    renderApp();
    await open(drawBook());
    const step1 = await tabRound();
    expect(step1).toEqual(expect.arrayContaining(["input:打开工作簿", "button:示例", "switch:只看错误", "button:下一步"]));
    expect(step1.filter((x) => x.startsWith("combobox:"))).toEqual(["combobox:选择示例工作簿", ...["检查对象名录库", "执法检查人员名录库", "抽查事项清单", "抽查任务", "回避名单", "抽查规则", "部门别名", "节假日安排"].map((k) => `combobox:${k}所在的工作表`)]);

    await userEvent.click(next());
    await heading(2, "抽取准备");
    const step2 = await tabRound();
    expect(step2).toEqual(
      expect.arrayContaining(["checkbox:T01 危化内部", "button:复制框架摘要（抽取前公布）", "button:写出抽取公告", "button:上一步", "button:下一步"]),
    );

    await userEvent.click(next());
    await heading(3, "抽取");
    const step3 = await tabRound();
    expect(step3).toEqual(expect.arrayContaining(["textbox:随机种子", "button:生成", "textbox:操作人", "button:开始抽取", "button:上一步"]));

    await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), SEED);
    await userEvent.keyboard("{Tab}{Tab}{Tab}");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "开始抽取" }));
    await userEvent.keyboard("{Enter}");
    await heading(4, "结果");
    const step4 = await tabRound();
    expect(step4).toEqual(expect.arrayContaining(["button:下载结果", "button:核验", "button:复制结果摘要", "button:重新开始"]));
  });
});
