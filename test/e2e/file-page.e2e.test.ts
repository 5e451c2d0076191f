/**
 * The file page in a real browser (Debian's chromium, driven by playwright-core): open the sample
 * workbook, check it, draw with a typed seed, download, and check the download with the CLI.
 * Screenshots of each step go to a temporary folder, or to docs/screenshots/ (which the README shows)
 * with `npm run screenshots`, so that an ordinary test run leaves the working tree as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { sha256x4Module } from "../../src/core/hash/sha256x4";
import { cli } from "../cli/run-cli";
import { browserAndServer, openFile, openFilePage, ROOT } from "./harness";

jest.setTimeout(300_000);

const SAMPLE = join(ROOT, "assets", "sample.xlsx");
const MESSY = join(ROOT, "assets", "sample-messy.xlsx");
const SEED = "3141 5926 5358 9793 2384 6264";
const dir = mkdtempSync(join(tmpdir(), "dr-e2e-"));
const SHOTS = process.env.SCREENSHOTS_DIR ? join(ROOT, process.env.SCREENSHOTS_DIR) : join(dir, "screenshots");

const env = browserAndServer();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

const openPage = () => openFilePage(env.browser, env.server.url);

/** Requests to anything but the page's own origin (blob: and data: URLs stay on the machine). */
function foreign(requests: string[]): string[] {
  return requests.filter((u) => !u.startsWith(`${env.server.url}/`) && !u.startsWith("blob:") && !u.startsWith("data:"));
}

/** What the user sees in the window (the step footer sticks to its bottom edge, so no full-page shots). */
/** Drops a workbook on step 1, as dragging it from the file manager does. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const base64 = readFileSync(path).toString("base64");
  const transfer = await page.evaluateHandle(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      return data;
    },
    { base64, name },
  );
  const step = page.getByRole("region", { name: "第 1 步：数据检查" });
  await step.dispatchEvent("dragover", { dataTransfer: transfer });
  await page.getByText("松开鼠标即可打开该工作簿").waitFor();
  await step.dispatchEvent("drop", { dataTransfer: transfer });
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name), animations: "disabled" });

test("sample workbook: check, prepare, draw with a typed seed, download, verify (page = CLI)", async () => {
  const { page, requests, errors } = await openPage();
  await expect(page.getByLabel("打开工作簿").count()).resolves.toBe(1);
  await openFile(page, SAMPLE);
  await page.getByText("0 个错误，16 个警告").waitFor();
  await shot(page, "step-1-check.png");

  await page.getByRole("button", { name: "下一步" }).click();
  const digest = (await cli("digest", SAMPLE, "--json")).stdout;
  const frameDigest: string = JSON.parse(digest).frameDigest;
  await page.getByText(frameDigest).first().waitFor();
  await page.getByText("2026001").first().waitFor();
  await shot(page, "step-2-prepare.png");
  await page.getByRole("heading", { name: "配额预检" }).scrollIntoViewIfNeeded();
  await shot(page, "step-2-quota-preview.png");

  await page.getByRole("button", { name: "下一步" }).click();
  const seed = page.getByLabel("随机种子");
  await seed.fill("123");
  await page.getByText(/随机种子太短：去掉空白后有 3 个字符/).waitFor();
  await seed.fill(SEED);
  await page.getByText(/种子有效/).waitFor();
  await page.getByLabel("操作人").fill("张明");
  await shot(page, "step-3-draw.png");

  await page.getByRole("button", { name: "开始抽取" }).click();
  await page.getByText("抽取完成").waitFor({ timeout: 120_000 });
  await shot(page, "step-4-result.png");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sample-抽取结果-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const saved = join(dir, "page-result.xlsx");
  await download.saveAs(saved);

  const verified = await cli("verify", saved, "--json");
  expect(verified.stderr).toBe("");
  expect(verified.code).toBe(0);
  expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, frameDigest, differences: [] });

  // The same workbook and seed through the CLI: the same result digest as the page shows.
  const drawn = await cli("draw", SAMPLE, "--seed", SEED, "--out", join(dir, "cli-result.xlsx"), "--json");
  expect(drawn.code).toBe(0);
  const resultDigest: string = JSON.parse(drawn.stdout).resultDigest;
  await expect(page.getByText(resultDigest).count()).resolves.toBeGreaterThan(0);

  await page.getByRole("button", { name: "核验" }).click();
  await page.getByText("核验通过").waitFor({ timeout: 60_000 });
  await shot(page, "step-4-verified.png");
  expect(await page.getByText(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/).count()).toBe(1);

  expect(foreign(requests)).toEqual([]);
  expect(errors).toEqual([]);
  // The workbook was opened, drawn and saved in the engine's Web Worker, not on the page's thread.
  expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/\/draw-engine\.[0-9a-f]+\.js$/)]);

  // Someone who receives the downloaded workbook drops it on the page and verifies only.
  const other = await openPage();
  await dropFile(other.page, saved, download.suggestedFilename());
  await other.page.getByText("这是抽取后的工作簿").waitFor();
  await other.page.getByRole("button", { name: "核验" }).click();
  await other.page.getByText("核验通过").waitFor({ timeout: 60_000 });
  await shot(other.page, "verify-received.png");
  expect(foreign(other.requests)).toEqual([]);
  await other.page.context().close();
  await page.context().close();
});

test("messy workbook: the issue list names each cell; 下一步 is blocked by the errors", async () => {
  const { page, requests, errors } = await openPage();
  await openFile(page, MESSY);
  await page.getByText(/个错误，\d+ 个警告/).waitFor();
  for (const cell of ["企业台账!D17", "企业台账!C19", "企业台账!B39"]) await page.getByText(cell, { exact: false }).first().waitFor();
  await page.getByText(/还有错误/).waitFor();
  await expect(page.getByRole("button", { name: "下一步" }).isEnabled()).resolves.toBe(false);
  await shot(page, "messy.png");
  expect(foreign(requests)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

test("示例 loads the bundled sample workbook from the page's own server; the layout fits a task pane's width", async () => {
  const { page, requests } = await openPage();
  await page.setViewportSize({ width: 360, height: 720 });
  await page.getByRole("button", { name: "示例" }).click();
  await page.getByText("0 个错误，16 个警告").waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, "pane-width.png");
  expect(requests.some((u) => u.endsWith("/assets/sample.xlsx"))).toBe(true);
  expect(foreign(requests)).toEqual([]);
  await page.context().close();
});

test("index.html?sample (what npm start opens) shows the sample workbook checked, without a click", async () => {
  const context = await env.browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/index.html?sample`);
  await page.getByText("已读取“示例工作簿（包头，任务表）”：0 个错误，16 个警告。").waitFor();
  // A published plan table as printed: 秦皇岛's 附件1 and 附件2, read whole, drawn and verified.
  await page.goto(`${env.server.url}/index.html?sample=qinhuangdao`);
  await page.getByText(/已读取“示例工作簿（秦皇岛，计划附件原样录入）”：0 个错误/).waitFor();
  await page.getByText(/抽查任务还读取了：“附件2”/).waitFor();
  await shot(page, "sample-qinhuangdao.png");
  await context.close();
});

test("the add-in's own page opened outside Office (office.js unreachable) starts in file mode", async () => {
  const context = await env.browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  // No internet here, and none needed: the CDN request fails at once, as it does offline.
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
  await page.goto(`${env.server.url}/taskpane.html`);
  await page.getByLabel("打开工作簿").waitFor({ state: "attached" });
  await page.getByRole("button", { name: "示例" }).click();
  await page.getByText("0 个错误，16 个警告").waitFor();
  expect(foreign(requests).every((u) => u.startsWith("https://appsforoffice.microsoft.com/lib/1/hosted/"))).toBe(true);
  await context.close();
});

test("the page's Content-Security-Policy allows no other host", async () => {
  const res = await fetch(`${env.server.url}/index.html`);
  const html = await res.text();
  const csp = res.headers.get("content-security-policy") ?? /http-equiv="Content-Security-Policy" content="([^"]+)"/i.exec(html)?.[1] ?? "";
  expect(csp).toMatch(/default-src 'self'/);
  expect(csp).toMatch(/connect-src 'self'/);
  expect(csp).not.toMatch(/https?:\/\//);
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/);
  expect(readFileSync(join(ROOT, "dist", "index.html"), "utf8")).not.toMatch(/appsforoffice/);
});

test("the tickets' WebAssembly SIMD module compiles under the page's CSP, on the page and in a worker", async () => {
  const { page } = await openPage();
  const bytes = [...sha256x4Module()];
  const onPage = await page.evaluate((b) => {
    try {
      return new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(b))).exports.hash !== undefined;
    } catch (e) {
      return String(e);
    }
  }, bytes);
  const inWorker = await page.evaluate(
    (b) =>
      new Promise((resolve) => {
        const code = `onmessage = (e) => { try { new WebAssembly.Module(new Uint8Array(e.data)); postMessage(true); } catch (err) { postMessage(String(err)); } };`;
        const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })));
        worker.onmessage = (e) => resolve(e.data);
        worker.postMessage(b);
      }),
    bytes,
  );
  expect([onPage, inWorker]).toEqual([true, true]);
  await page.context().close();
});
