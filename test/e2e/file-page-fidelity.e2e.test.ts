/**
 * Issue #18 on the file page (Chromium, playwright-core): the result downloaded from the page is the
 * user's workbook plus new sheets, as the CLI's is. Books holding a chart, an image, a comment,
 * conditional formatting, a validation, a defined name and a hidden sheet — the library book of
 * test/cli/fidelity-books.ts and the book written by openpyxl itself (test/fixtures/books/) — and a
 * book with macros are opened with 打开工作簿, drawn with a typed seed and downloaded; every part of
 * the input must come out byte for byte but the registering ones (the rule of fidelity-check.ts),
 * and the CLI's verify must pass on the download.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { libraryBook, macroBook, writeTo } from "../cli/fidelity-books";
import { checkParts, expectVerified } from "../cli/fidelity-check";
import { OPENPYXL_BOOK } from "../cli/fidelity-other-books";
import { cli } from "../cli/run-cli";
import { browserAndServer, openFile, openFilePage } from "./harness";

jest.setTimeout(300_000);

const SEED = "2718 2818 2845 9045 2353 6028";
const dir = mkdtempSync(join(tmpdir(), "dr-e2e-fidelity-"));

const env = browserAndServer();

const openPage = () => openFilePage(env.browser, env.server.url);

/** Check, prepare, draw with SEED and download; returns the downloaded file and its suggested name. */
async function drawOnPage(input: string, name: string): Promise<{ saved: string; suggested: string; resultDigest: string }> {
  const { page, errors } = await openPage();
  await openFile(page, input);
  await page.getByText(/0 个错误，\d+ 个警告/).waitFor({ timeout: 60_000 });

  await page.getByRole("button", { name: "下一步" }).click();
  const frameDigest: string = JSON.parse((await cli("digest", input, "--json")).stdout).frameDigest;
  await page.getByText(frameDigest).first().waitFor();

  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByLabel("随机种子").fill(SEED);
  await page.getByText(/种子有效/).waitFor();
  await page.getByLabel("操作人").fill("张明");
  await page.getByRole("button", { name: "开始抽取" }).click();
  await page.getByText("抽取完成").waitFor({ timeout: 120_000 });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  const suggested = download.suggestedFilename();
  const saved = join(dir, `${name}-page-result.${suggested.split(".").pop()}`);
  await download.saveAs(saved);

  // The page shows the result digest the CLI gets from the same book and seed.
  const drawn = await cli("draw", input, "--seed", SEED, "--out", join(dir, `${name}-cli-result.${suggested.split(".").pop()}`), "--json");
  expect([name, drawn.code, drawn.stderr]).toEqual([name, 0, ""]);
  const resultDigest: string = JSON.parse(drawn.stdout).resultDigest;
  await expect(page.getByText(resultDigest).count()).resolves.toBeGreaterThan(0);
  expect(errors).toEqual([]);
  await page.context().close();
  return { saved, suggested, resultDigest };
}

const REGISTERED = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];

test("the library book (chart, image, comment, conditional format, validation, defined name, hidden sheet): every part kept, verify passes", async () => {
  const input = writeTo(join(dir, "library.xlsx"), libraryBook());
  const { saved, suggested } = await drawOnPage(input, "library");
  expect(suggested).toMatch(/^library-抽取结果-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const changed = checkParts(readFileSync(input), readFileSync(saved));
  expect(changed.sort()).toEqual([...REGISTERED, "docProps/app.xml"].sort());
  expect(Object.keys(unzipSync(readFileSync(saved)))).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/media/image1.png", "xl/comments1.xml"]));
  await expectVerified(saved);
});

test("the book written by openpyxl (which ExcelJS cannot open): every part kept, verify passes", async () => {
  const { saved, suggested } = await drawOnPage(OPENPYXL_BOOK, "openpyxl");
  expect(suggested).toMatch(/^openpyxl-chart-抽取结果-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(checkParts(readFileSync(OPENPYXL_BOOK), readFileSync(saved)).sort()).toEqual(REGISTERED);
  await expectVerified(saved);
});

test("a book with macros, whatever its file is called, downloads as .xlsm with its macros", async () => {
  const input = writeTo(join(dir, "宏.xlsx"), macroBook());
  const { saved, suggested } = await drawOnPage(input, "macro");
  expect(suggested).toMatch(/^宏-抽取结果-\d{4}-\d{2}-\d{2}\.xlsm$/);
  checkParts(readFileSync(input), readFileSync(saved));
  await expectVerified(saved);
});
