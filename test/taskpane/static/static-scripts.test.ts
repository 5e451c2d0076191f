/**
 * The pages' ES5 scripts (src/taskpane/static/), which run before the bundle and where it cannot:
 * each parses as ES5; browser-check.js, run in jsdom pages as it is in <head>, leaves a current
 * engine alone and shows what to do where Internet Explorer 11, Edge Legacy or an older Chromium
 * lack what the bundle needs; office-fallback.js writes the local office.js only when the CDN's did
 * not load; commands.js calls Office.onReady.
 */
import { parse } from "acorn";
import { JSDOM } from "jsdom";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "..", "..", "..", "src", "taskpane", "static");
const source = (name: string) => readFileSync(join(DIR, name), "utf8");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".js"));
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

describe("ES5 only", () => {
  test("the folder has the three scripts the pages load", async () => {
    expect(FILES.sort()).toEqual(["browser-check.js", "commands.js", "office-fallback.js"]);
  });

  test.each(FILES)("%s parses as ES5 (acorn, ecmaVersion 5, script)", (name) => {
    expect(() => parse(source(name), { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test.each(["let x = 1;", "var f = () => 1;", "f(a,);", "var s = `t`;", "var o = { a };", "a ?? b;", "a?.b;", "class A {}"])(
    "the parser as set up rejects later syntax: %s",
    (code) => {
      expect(() => parse(code, { ecmaVersion: 5, sourceType: "script" })).toThrow();
    },
  );
});

/**
 * A page as the build writes it: `<html data-page>`, scripts in <head>, the loading text in #root.
 * `before` runs first (it takes away what an old engine lacks); scripts run as the parser meets them.
 */
async function page(kind: "taskpane" | "file", head: string[], url = "https://example.gov.cn/dr/taskpane.html"): Promise<JSDOM> {
  const scripts = head.map((s) => (s.startsWith("src=") ? `<script ${s}></script>` : `<script>${s}</script>`)).join("");
  const dom = new JSDOM(
    `<!doctype html><html lang="zh-CN" data-page="${kind}"><head>${scripts}</head><body><div id="root"><p>正在加载双随机抽查助手…</p></div></body></html>`,
    { url, runScripts: "dangerously" },
  );
  // browser-check.js shows its message on DOMContentLoaded, which jsdom fires after parsing.
  if (dom.window.document.readyState === "loading") {
    await new Promise((resolve) => dom.window.document.addEventListener("DOMContentLoaded", resolve));
  }
  return dom;
}

/** What a current browser has and jsdom leaves out. */
const MODERN = "window.fetch = function () {}; window.TextEncoder = function () {};";

/** `delete` each of these, as an older engine would not have them. */
const strip = (paths: string[]) => MODERN + paths.map((p) => `delete ${p};`).join("");

const IE11 = [
  "window.Promise", "window.Symbol", "window.Map", "window.fetch", "window.TextEncoder", "window.BigInt",
  "Object.fromEntries", "Array.prototype.flatMap", "String.prototype.normalize", "String.prototype.padStart", "String.prototype.replaceAll",
];
const EDGE_LEGACY = ["window.BigInt", "Object.fromEntries", "Array.prototype.flatMap", "String.prototype.replaceAll"];

interface Win {
  doubleRandomBrowserCheck?: { ok: boolean; missing: string[] };
  doubleRandomOfficeJs?: { tried: string[] };
}

describe("browser-check.js", () => {
  test("a current engine: nothing missing, the loading text stays for the bundle", async () => {
    const dom = await page("taskpane", [MODERN, source("browser-check.js")]);
    expect((dom.window as unknown as Win).doubleRandomBrowserCheck).toEqual({ ok: true, missing: [] });
    expect(dom.window.document.getElementById("root")?.textContent).toBe("正在加载双随机抽查助手…");
  });

  test("Internet Explorer 11 in Excel: the pane says what to do, the file page's address and Office 2021 / Microsoft 365 with WebView2", async () => {
    const dom = await page("taskpane", [strip(IE11), source("browser-check.js")]);
    const check = (dom.window as unknown as Win).doubleRandomBrowserCheck;
    expect(check?.ok).toBe(false);
    expect(check?.missing).toEqual([
      "Promise", "Symbol", "Map/Set", "fetch", "TextEncoder", "BigInt", "Object.fromEntries", "Array.prototype.flatMap",
      "String.prototype.normalize", "String.prototype.padStart", "String.prototype.replaceAll",
    ]);
    const doc = dom.window.document;
    const text = doc.getElementById("root")?.textContent ?? "";
    expect(text).not.toContain("正在加载");
    expect(text).toContain("这台电脑上的 Excel 无法运行双随机抽查助手");
    expect(text).toContain("Internet Explorer 11 或旧版 Microsoft Edge");
    expect(text).toContain("改用文件页面");
    expect(text).toContain("Office 2021、Office 2024 或 Microsoft 365");
    expect(text).toContain("WebView2");
    expect(text).toContain("（缺少：Promise、Symbol、");
    const link = doc.querySelector("#unsupported-browser a") as HTMLAnchorElement;
    expect(link.href).toBe("https://example.gov.cn/dr/index.html");
    expect(link.textContent).toBe("https://example.gov.cn/dr/index.html");
    expect(doc.querySelector("[role=alert]")).not.toBeNull();
  });

  test.each([
    ["Edge Legacy (EdgeHTML 18)", EDGE_LEGACY, "BigInt、Object.fromEntries、Array.prototype.flatMap、String.prototype.replaceAll"],
    ["a Chromium before 85 (no ES2020 syntax for certain)", ["String.prototype.replaceAll"], "String.prototype.replaceAll"],
    ["no NFKC normalisation", ["String.prototype.normalize"], "String.prototype.normalize"],
  ])("%s: the message names what is missing", async (_name, missing, named) => {
    const dom = await page("taskpane", [strip(missing), source("browser-check.js")]);
    expect((dom.window as unknown as Win).doubleRandomBrowserCheck?.ok).toBe(false);
    expect(dom.window.document.getElementById("root")?.textContent).toContain(`（缺少：${named}）`);
  });

  test("the file page in an old browser: open this page in a current browser or a Chinese browser's 极速模式", async () => {
    const dom = await page("file", [strip(EDGE_LEGACY), source("browser-check.js")], "https://example.gov.cn/dr/index.html?sample#x");
    const doc = dom.window.document;
    const text = doc.getElementById("root")?.textContent ?? "";
    expect(text).toContain("这个浏览器无法运行双随机抽查助手");
    expect(text).toContain("极速模式");
    expect(text).not.toContain("Excel");
    expect((doc.querySelector("#unsupported-browser a") as HTMLAnchorElement).href).toBe("https://example.gov.cn/dr/index.html?sample");
  });
});

describe("office-fallback.js", () => {
  const scripts = (dom: JSDOM) => [...dom.window.document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"));

  test("the CDN's office.js did not load: its <script> goes, the local copy is written after this one", async () => {
    const dom = await page("taskpane", [MODERN, source("browser-check.js"), `src="${CDN}"`, source("office-fallback.js")]);
    expect(scripts(dom)).toEqual(["office-js/office.js"]);
    expect((dom.window as unknown as Win).doubleRandomOfficeJs).toEqual({ tried: [CDN, "office-js/office.js"] });
  });

  test("the CDN's office.js loaded: nothing else is written", async () => {
    const dom = await page("taskpane", [MODERN, source("browser-check.js"), `src="${CDN}"`, "window.Office = {};", source("office-fallback.js")]);
    expect(scripts(dom)).toEqual([CDN]);
    expect((dom.window as unknown as Win).doubleRandomOfficeJs).toEqual({ tried: [CDN] });
  });

  test("built with OFFICE_JS_CDN=none (no CDN <script>): the local copy is the only one", async () => {
    const dom = await page("taskpane", [MODERN, source("office-fallback.js")]);
    expect(scripts(dom)).toEqual(["office-js/office.js"]);
    expect((dom.window as unknown as Win).doubleRandomOfficeJs).toEqual({ tried: ["office-js/office.js"] });
  });

  test("an engine that cannot run the bundle does not fetch office.js again", async () => {
    const dom = await page("taskpane", [strip(EDGE_LEGACY), source("browser-check.js"), `src="${CDN}"`, source("office-fallback.js")]);
    expect(scripts(dom)).toEqual([]);
  });
});

describe("commands.js", () => {
  test("calls Office.onReady once office.js is there, and does nothing without it", async () => {
    const dom = await page("taskpane", ["window.calls = 0; window.Office = { onReady: function () { window.calls++; } };", source("commands.js")]);
    expect((dom.window as unknown as { calls: number }).calls).toBe(1);
    await expect(page("taskpane", [source("commands.js")])).resolves.toBeDefined();
  });
});
