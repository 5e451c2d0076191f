import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { cli } from "../cli/run-cli";
import { buildPane, launch, ROOT, startServer } from "./harness";

/**
 * The file page in a real browser (Debian's chromium, driven by Playwright): open the sample
 * workbook, check it, draw with a typed seed, download, and verify the download with the CLI.
 * Screenshots of each step go to docs/screenshots/ (the README shows them).
 */
const SHOTS = join(ROOT, "docs", "screenshots");
const SEED = "2026030112345678901234";

describe("file page end to end (chromium)", () => {
  let browser: Browser;
  let server: { url: string; stop: () => void };
  const hosts = new Set<string>();
  const dir = mkdtempSync(join(tmpdir(), "dr-e2e-"));

  beforeAll(async () => {
    buildPane();
    server = await startServer();
    browser = await launch();
    mkdirSync(SHOTS, { recursive: true });
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  async function open(): Promise<Page> {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 460, height: 1000 }, acceptDownloads: true });
    const page = await context.newPage();
    page.on("request", (r) => hosts.add(new URL(r.url()).host));
    await page.goto(`${server.url}/index.html`);
    return page;
  }

  test("sample workbook: check, prepare, draw, download; the download verifies with the CLI and equals the CLI's draw", async () => {
    const page = await open();
    await page.getByLabel("打开工作簿").setInputFiles(join(ROOT, "assets", "sample.xlsx"));
    await page.getByText("0 个错误，16 个警告").first().waitFor();
    await page.screenshot({ path: join(SHOTS, "step-1.png"), fullPage: true });

    await page.getByRole("button", { name: "下一步" }).click();
    const digest = JSON.parse((await cli("digest", join(ROOT, "assets", "sample.xlsx"), "--json")).stdout).frameDigest as string;
    await page.getByText(digest).first().waitFor();
    await page.screenshot({ path: join(SHOTS, "step-2.png"), fullPage: true });

    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByLabel("随机种子").fill("123");
    await page.getByText(/随机种子太短/).first().waitFor();
    await page.getByLabel("随机种子").fill(SEED);
    await page.getByLabel("操作人").fill("张三");
    await page.screenshot({ path: join(SHOTS, "step-3.png"), fullPage: true });
    await page.getByRole("button", { name: "开始抽取" }).click();

    const download = page.getByRole("button", { name: "下载结果" });
    await download.waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(SHOTS, "step-4.png"), fullPage: true });
    const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
    const saved = join(dir, "page-draw.xlsx");
    await file.saveAs(saved);

    const verified = await cli("verify", saved, "--json");
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, frameDigest: digest });
    expect(verified.code).toBe(0);

    const byCli = join(dir, "cli-draw.xlsx");
    const drawn = JSON.parse((await cli("draw", join(ROOT, "assets", "sample.xlsx"), "--seed", SEED, "--operator", "张三", "--out", byCli, "--json")).stdout);
    const pageRecord = await recordOf(saved);
    expect(pageRecord.resultDigest).toBe(drawn.resultDigest);
    expect(pageRecord.frameDigest).toBe(drawn.frameDigest);

    await page.getByRole("button", { name: "核验" }).click();
    await page.getByText("核验通过").first().waitFor();
  }, 180_000);

  test("messy workbook: the cell-addressed issues are listed", async () => {
    const page = await open();
    await page.getByLabel("打开工作簿").setInputFiles(join(ROOT, "assets", "sample-messy.xlsx"));
    await page.getByText("9 个错误，12 个警告").first().waitFor();
    for (const cell of ["企业台账!C68", "企业台账!C19", "执法人员!C39", "'2026计划'!H9"]) await page.getByText(cell, { exact: false }).first().waitFor();
    await page.screenshot({ path: join(SHOTS, "messy.png"), fullPage: true });
  }, 60_000);

  test("the page asked no host but its own", () => {
    expect([...hosts]).toEqual([new URL(server.url).host]);
  });
});

async function recordOf(path: string): Promise<{ resultDigest: string; frameDigest: string }> {
  const { FileWorkbook } = await import("../../src/host/file/workbook-file");
  const { readFileSync } = await import("node:fs");
  const { recordBookFromRows, RECORD_DATA_SHEET } = await import("../../src/core/draw/record");
  const sheets = (await FileWorkbook.open(readFileSync(path))).readSheets();
  const read = recordBookFromRows(sheets.find((s) => s.name === RECORD_DATA_SHEET)!.rows);
  if (!read.ok) throw new Error(read.message);
  return read.book.draws[read.book.draws.length - 1];
}
