import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetData } from "../../src/core/grid/cell";
import { completeDraw, planSheets, prepareDraw } from "../../src/core/draw/session";
import { FileWorkbook } from "../../src/host/file/workbook-file";
import { readXlsx } from "../../src/host/file/read-xlsx";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../scripts/samples/plan-books";

/**
 * Every sheet a draw and `plan` write prints one page wide on A4 with text at 9 pt or more, as
 * LibreOffice renders it: each word's box in the PDF (pdftotext -bbox) is about 1.3 times the
 * type size, so no word may be less than 9 × 1.3 points tall. The tables fit by their layout —
 * columns chosen for print, text wrapped, more pages tall — never by shrinking the type.
 */
const LINE_PER_POINT = 1.3;
const MIN_POINTS = 9;

function pdfOf(specsBook: Uint8Array, dir: string, name: string): string {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, specsBook);
  execFileSync("libreoffice", [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 180_000, stdio: "pipe" });
  return join(dir, readdirSync(dir).find((f) => f === `${name}.pdf`)!);
}

/** Per page: its first words and the smallest type size on it (points), from the word boxes. */
function typeSizes(pdf: string): { page: number; first: string; smallest: number; width: number }[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"]).toString();
  return html.split("<page ").slice(1).map((page, i) => {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
    const heights = words.map((w) => Number(w[4]) - Number(w[2]));
    const pageWidth = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? 0);
    const right = Math.max(0, ...words.map((w) => Number(w[3])));
    return { page: i + 1, first: words.slice(0, 3).map((w) => w[5]).join(""), smallest: Math.min(...heights) / LINE_PER_POINT, width: right <= pageWidth ? 1 : 0 };
  });
}

async function writtenBook(sheets: SheetData[]): Promise<Uint8Array> {
  const prepared = prepareDraw(sheets, { today: "2026-03-01" });
  const done = completeDraw(prepared, { seed: "2026030112345678901234", seedSource: "typed", time: "2026-03-02T09:30:00+08:00", operator: "张三" });
  if (!done.ok) throw new Error("draw failed");
  const book = FileWorkbook.empty();
  await book.addSheets([...done.specs, ...planSheets(prepared, "2026-03-02T09:00:00+08:00").filter((s) => s.name.startsWith("抽取公告"))]);
  return book.toBuffer();
}

describe("written sheets print at 9 pt or more, one page wide (LibreOffice PDF)", () => {
  const dir = mkdtempSync(join(tmpdir(), "dr-print-"));

  test.each([
    ["sample", async () => readXlsx(readFileSync(join(__dirname, "..", "..", "assets", "sample.xlsx")))],
    ["baotou", async () => baotouPlanBook()],
    ["qinhuangdao", async () => qinhuangdaoPlanBook({ filled: true })],
  ])("%s", async (name, book) => {
    const pages = typeSizes(pdfOf(await writtenBook(await book()), dir, name));
    expect(pages.length).toBeGreaterThan(3);
    const small = pages.filter((p) => p.smallest < MIN_POINTS - 0.05);
    expect(small.map((p) => `page ${p.page} (${p.first}…): ${p.smallest.toFixed(1)} pt`)).toEqual([]);
  }, 300_000);
});
