/**
 * How the built pages load, in Debian's Chromium (playwright-core): office.js from the CDN, and
 * from dist/office-js/ when the CDN is blocked (issue #17, item 4); 无法连接 Office instead of the
 * file page when Excel opened the pane and Office does not answer; commands.html's Office.onReady;
 * and browser-check.js's message where the bundle cannot run (item 3). No request leaves the machine:
 * every CDN request is aborted or answered here.
 */
import { parse } from "acorn";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { browserAndServer, ROOT } from "./harness";

jest.setTimeout(120_000);

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** What Excel on Windows adds to the pane's address (office.js reads it to find its host). */
const IN_EXCEL = "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0";
/** What Microsoft Edge Legacy (EdgeHTML 18) lacks of what browser-check.js tests. */
const EDGE_LEGACY = ["BigInt", "Object.fromEntries", "Array.prototype.flatMap", "String.prototype.replaceAll"];

const env = browserAndServer();

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
}

/** A fresh context whose CDN requests fail at once, as on an intranet that cannot reach it. */
async function open(path: string, setup?: (context: BrowserContext) => Promise<unknown>): Promise<Opened> {
  const context = await env.browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  await context.route("https://appsforoffice.microsoft.com/**", (route) => route.abort("internetdisconnected"));
  await setup?.(context);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${env.server.url}${path}`);
  return { context, page, requests };
}

const local = (file: string) => `${env.server.url}/office-js/${file}`;

test("the CDN blocked: taskpane.html loads office.js from dist/office-js/, Office is defined, and outside Office it is the file page", async () => {
  const { context, page, requests } = await open("/taskpane.html");
  await page.getByLabel("打开工作簿").waitFor({ state: "attached" });
  expect(await page.evaluate(() => typeof Office)).toBe("object");
  expect(await page.evaluate(() => typeof Office.onReady)).toBe("function");
  // The CDN first, then the copy; office.js then finds its other files beside the copy, not on the CDN.
  expect(requests.indexOf(CDN)).toBeGreaterThanOrEqual(0);
  expect(requests.indexOf(local("office.js"))).toBeGreaterThan(requests.indexOf(CDN));
  expect(requests).toContain(local("o15apptofilemappingtable.js"));
  expect(requests.filter((u) => u.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([CDN]);
  expect(await page.evaluate(() => window.doubleRandomOfficeJs?.tried)).toEqual([CDN, "office-js/office.js"]);
  await context.close();
});

test("the CDN answers: the local copy is never fetched", async () => {
  const stub = "window.Office = { HostType: { Excel: 'Excel' }, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };";
  const { context, page, requests } = await open("/taskpane.html", async (c) => {
    await c.unrouteAll();
    await c.route(CDN, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: stub }));
  });
  await page.getByLabel("打开工作簿").waitFor({ state: "attached" });
  expect(requests).toContain(CDN);
  expect(requests.filter((u) => u.includes("/office-js/"))).toEqual([]);
  expect(await page.evaluate(() => window.doubleRandomOfficeJs?.tried)).toEqual([CDN]);
  await context.close();
});

test("Excel opened the pane, the CDN blocked: the local office.js loads Excel's files from dist/office-js/; Office never answers here, so the pane says 无法连接 Office after 10 s, never the file page", async () => {
  const { context, page, requests } = await open(`/taskpane.html${IN_EXCEL}`);
  const alert = page.getByRole("alert");
  await alert.getByText("无法连接 Office").waitFor({ timeout: 30_000 });
  expect(requests).toContain(local("office.js"));
  expect(requests).toContain(local("excel-win32-16.01.js"));
  expect(requests).toContain(local("zh-cn/office_strings.js"));
  const text = await alert.innerText();
  expect(text).toContain("Office 在 10 秒内没有应答");
  expect(text).toContain(`已尝试载入：${CDN}、${env.server.url}/office-js/office.js`);
  await expect(alert.getByRole("link").getAttribute("href")).resolves.toBe(`${env.server.url}/index.html`);
  expect(await page.getByLabel("打开工作簿").count()).toBe(0);
  await context.close();
});

test("Excel opened the pane and no office.js loads at all: 无法连接 Office at once, with what to do", async () => {
  const started = Date.now();
  const { context, page } = await open(`/taskpane.html${IN_EXCEL}`, (c) => c.route("**/office-js/**", (route) => route.abort("failed")));
  const alert = page.getByRole("alert");
  await alert.getByText("没能载入 Office 的脚本 office.js").waitFor();
  expect(Date.now() - started).toBeLessThan(10_000);
  const text = await alert.innerText();
  for (const part of ["无法连接 Office", "重新载入", "内网部署", "改用文件页面"]) expect(text).toContain(part);
  expect(await page.evaluate(() => typeof Office)).toBe("undefined");
  expect(await page.getByLabel("打开工作簿").count()).toBe(0);
  await context.close();
});

test("a plain browser and no office.js at all: the file page, as before", async () => {
  const { context, page } = await open("/taskpane.html", (c) => c.route("**/office-js/**", (route) => route.abort("failed")));
  await page.getByLabel("打开工作簿").waitFor({ state: "attached" });
  expect(await page.getByText("无法连接 Office").count()).toBe(0);
  await context.close();
});

test("commands.html calls Office.onReady, with office.js from the local copy when the CDN is blocked", async () => {
  const stub = "window.onReadyCalls = 0; window.Office = { onReady: function () { window.onReadyCalls++; return Promise.resolve({}); } };";
  const { context, page, requests } = await open("/commands.html", (c) =>
    c.route("**/office-js/office.js", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: stub })),
  );
  await page.waitForFunction(() => (window as unknown as { onReadyCalls?: number }).onReadyCalls === 1);
  expect(requests).toContain(CDN);
  expect(requests).toContain(local("office.js"));
  await context.close();

  // With the real copy: Office is there once the page has loaded.
  const real = await open("/commands.html");
  await real.page.waitForLoadState("load");
  expect(await real.page.evaluate(() => typeof Office.onReady)).toBe("function");
  await real.context.close();
});

test("support.html (the manifest's SupportUrl) is served with the pane, under the file page's CSP, and links to the file page", async () => {
  const res = await fetch(`${env.server.url}/support.html`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  const { context, page } = await open("/support.html");
  await page.getByRole("heading", { name: "双随机抽查助手 · 使用帮助" }).waitFor();
  await page.getByRole("link", { name: "文件页面" }).first().click();
  await page.getByLabel("打开工作簿").waitFor({ state: "attached" });
  await context.close();
});

/** An engine without what Edge Legacy lacks: the features are deleted before any script runs. */
const oldEngine = (context: BrowserContext) =>
  context.addInitScript((paths: string[]) => {
    for (const p of paths) {
      const parts = p.split(".");
      const name = parts.pop() as string;
      const owner = parts.reduce((o: Record<string, unknown>, k) => o[k] as Record<string, unknown>, window as unknown as Record<string, unknown>);
      delete owner[name];
    }
  }, EDGE_LEGACY);

test("an old webview in Excel: browser-check.js replaces 正在加载… with what to do, and the bundle does not start", async () => {
  const { context, page, requests } = await open(`/taskpane.html${IN_EXCEL}`, oldEngine);
  const message = page.locator("#unsupported-browser");
  await message.waitFor();
  await page.waitForLoadState("load");
  await page.waitForTimeout(1000);
  const text = await message.innerText();
  expect(text).toContain("这台电脑上的 Excel 无法运行双随机抽查助手");
  expect(text).toContain("改用文件页面");
  expect(text).toContain("Office 2021、Office 2024 或 Microsoft 365");
  expect(text).toContain(`（缺少：${EDGE_LEGACY.join("、")}）`);
  const link = message.getByRole("link");
  expect(await link.innerText()).toBe(`${env.server.url}/index.html`);
  expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`${env.server.url}/index.html`);
  expect(await page.locator("#root").innerText()).not.toContain("正在加载");
  expect(await page.getByText("第 1 步").count()).toBe(0);
  expect(await page.getByText("无法连接 Office").count()).toBe(0);
  expect(requests.filter((u) => u.includes("/office-js/"))).toEqual([]);
  await context.close();
});

test("the file page in an old browser says to open it in a current browser (or 极速模式)", async () => {
  const { context, page } = await open("/index.html", oldEngine);
  const message = page.locator("#unsupported-browser");
  await message.waitFor();
  await page.waitForLoadState("load");
  expect(await message.innerText()).toContain("这个浏览器无法运行双随机抽查助手");
  expect(await message.innerText()).toContain("极速模式");
  expect(await page.getByLabel("打开工作簿").count()).toBe(0);
  await context.close();
});

test("a current Chromium passes browser-check.js, and every chunk of the bundle is ES2020 at most (what the check stands for)", async () => {
  const { context, page } = await open("/index.html");
  await page.getByLabel("打开工作簿").waitFor({ state: "attached" });
  expect(await page.evaluate(() => window.doubleRandomBrowserCheck)).toEqual({ ok: true, missing: [] });
  await context.close();
  const dist = join(ROOT, "dist");
  const chunks = readdirSync(dist).filter((f) => f.endsWith(".js"));
  expect(chunks.length).toBeGreaterThan(5);
  for (const chunk of chunks) {
    const es5 = ["browser-check.js", "office-fallback.js", "commands.js"].includes(chunk);
    const source = readFileSync(join(dist, chunk), "utf8");
    expect({ chunk, parses: tryParse(source, es5 ? 5 : 2020) }).toEqual({ chunk, parses: true });
  }
});

function tryParse(source: string, ecmaVersion: 5 | 2020): boolean {
  try {
    parse(source, { ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
}
