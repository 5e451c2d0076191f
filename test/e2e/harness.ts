import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Builds the task pane once per test run (webpack, production): the first e2e file of a run builds,
 * the others (in other Jest workers, perhaps at the same moment) wait for its build rather than
 * cleaning dist/ under it. A run is told apart by DR_TEST_RUN, set by test/global-setup.cjs.
 */
export function buildPane(): void {
  if (process.env.E2E_NO_BUILD && existsSync(join(ROOT, "dist", "index.html"))) return;
  const run = process.env.DR_TEST_RUN ?? `${process.pid}-${Date.now()}`;
  const done = join(ROOT, "dist", `.e2e-built-${run}`);
  let builder = true;
  try {
    mkdirSync(join(tmpdir(), `dr-e2e-build-${run}`));
  } catch {
    builder = false;
  }
  const failed = join(tmpdir(), `dr-e2e-build-${run}`, "failed");
  if (builder) {
    try {
      execFileSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"], { cwd: ROOT, stdio: "pipe", timeout: 300_000 });
    } catch (err) {
      writeFileSync(failed, "");
      throw err;
    }
    writeFileSync(done, "");
    return;
  }
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const end = Date.now() + 300_000; !existsSync(done); ) {
    if (existsSync(failed)) throw new Error("the build of dist/ failed in another test file");
    if (Date.now() > end) throw new Error("another test file's build of dist/ did not finish in 5 minutes");
    Atomics.wait(pause, 0, 0, 250);
  }
}

/** `npm start`'s server on a free loopback port (no build, no browser). */
export async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "scripts", "start.cjs"), "--no-build", "--no-open"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", CI: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/index\.html/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
  return { url, stop: () => child.kill("SIGINT") };
}

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
}

/** Chromium and `npm start`'s server for one test file: started (the pane built) before its tests, stopped after them. */
export function browserAndServer(): { browser: Browser; server: { url: string; stop: () => void } } {
  const env = {} as { browser: Browser; server: { url: string; stop: () => void } };
  beforeAll(async () => {
    buildPane();
    env.server = await startServer();
    env.browser = await launch();
  });
  afterAll(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

/** A fresh page on the file page (zh-CN, Shanghai time, downloads on), recording its requests and errors. */
export async function openFilePage(browser: Browser, url: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 900, height: 1000 }, acceptDownloads: true, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${url}/index.html`);
  return { page, requests, errors };
}

/** Opens a workbook the way a clerk does: click 打开工作簿, pick the file. */
export async function openFile(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByText("打开工作簿", { exact: true }).click()]);
  await chooser.setFiles(path);
}
