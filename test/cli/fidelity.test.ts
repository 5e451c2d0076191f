/*
 * Issue #18: the result is the user's workbook plus new sheets. Books holding a chart, an image,
 * conditional formatting, a defined name, a formula, a comment, a hidden sheet and a data
 * validation — assembled as a library writes them, and the same book saved by LibreOffice — are
 * drawn on through the CLI; every part of the input must come out byte for byte except the parts
 * that register the new sheets, styles only gain formats at the end of each list, verify passes
 * and LibreOffice still draws the chart in the result.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { CHART_TITLE, libraryBook, macroBook, libreOfficeCopy, pdfText, writeTo } from "./fidelity-books";
import { readXlsx } from "../../src/host/file/read-xlsx";
import { allowedChanges, appTitles, checkParts, drawOn as drawInto } from "./fidelity-check";
import { cli } from "./run-cli";

jest.setTimeout(300_000);
const dir = mkdtempSync(join(tmpdir(), "dr-fidelity-"));

async function drawOn(input: string, name: string): Promise<{ out: string; changed: string[] }> {
  return drawInto(input, join(dir, `${name}-result.xlsx`));
}

describe("the result is the input package plus new sheets", () => {
  const library = writeTo(join(dir, "library.xlsx"), libraryBook());
  let libraryResult = "";

  test("a book as a library writes it (chart anchored as openpyxl does, image, comment, conditional format, validation, defined name, formula, hidden sheet)", async () => {
    const { out, changed } = await drawOn(library, "library");
    libraryResult = out;
    expect(changed.sort()).toEqual(["[Content_Types].xml", "docProps/app.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    const parts = unzipSync(readFileSync(out));
    expect(Object.keys(parts).filter((p) => p.startsWith("xl/worksheets/sheet")).length).toBeGreaterThan(8);
    // Excel's properties list every sheet, the new ones after the book's own, then the defined name.
    const names = (await readXlsx(readFileSync(out))).map((s) => s.name);
    expect(names.length).toBeGreaterThan(8);
    expect(appTitles(readFileSync(out))).toEqual([...names, "检查合计"]);
  });

  test("the same book saved by LibreOffice", async () => {
    const lo = libreOfficeCopy(library, dir);
    if (!lo) return;
    const parts = unzipSync(readFileSync(lo));
    expect(Object.keys(parts).some((p) => p.startsWith("xl/charts/"))).toBe(true);
    expect(Object.keys(parts).some((p) => p.startsWith("xl/media/"))).toBe(true);
    const { changed } = await drawOn(lo, "libreoffice");
    const { registering, appendOnly } = allowedChanges(readFileSync(lo));
    expect(changed.every((p) => registering.has(p) || appendOnly.has(p))).toBe(true);
  });

  test("LibreOffice renders the chart in the result (PDF)", async () => {
    if (!libraryResult) libraryResult = (await drawOn(library, "library-pdf")).out;
    const text = pdfText(libraryResult, dir);
    if (text === null) return;
    expect(text).toContain(CHART_TITLE);
    expect(text).toContain("抽取结果");
  });

  test("an .xlsm keeps its macros byte for byte and must be saved as .xlsm", async () => {
    const input = writeTo(join(dir, "macro.xlsm"), macroBook());
    const refused = await cli("draw", input, "--seed", "2026 0301 1234 5678 9012 34", "--out", join(dir, "macro-result.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("只能保存为 .xlsm");
    const out = join(dir, "macro-result.xlsm");
    const r = await cli("draw", input, "--seed", "2026 0301 1234 5678 9012 34", "--out", out, "--json");
    expect(r.code).toBe(0);
    const changed = checkParts(readFileSync(input), readFileSync(out));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "docProps/app.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(strFromU8(unzipSync(readFileSync(out))["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test("the old sample results still verify", async () => {
    for (const f of ["sample-v0.1.0-dr-2026.1.xlsx", "sample-v0.1.0-dr-2026.1-libreoffice.xlsx", "sample-v0.2.0-dr-2026.2.xlsx", "sample-v0.2.0-dr-2026.2-libreoffice.xlsx"]) {
      const v = await cli("verify", join(__dirname, "..", "fixtures", "results", f), "--json");
      expect([f, v.code]).toEqual([f, 0]);
    }
  });
});
