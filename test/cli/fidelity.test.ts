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
import { cli } from "./run-cli";

jest.setTimeout(300_000);
const dir = mkdtempSync(join(tmpdir(), "dr-fidelity-"));

/** Parts that adding sheets may rewrite (styles and shared strings only by appending). */
const REGISTERING = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "docProps/app.xml", "docProps/core.xml"]);
const APPEND_ONLY = new Set(["xl/styles.xml", "xl/sharedStrings.xml"]);

/** The children of each list of styles.xml (or the <si> of shared strings), as raw XML. */
function lists(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(numFmts|fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles|dxfs|sst)\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1>)/g)) out.set(m[1], m[2] ?? "");
  return out;
}

function checkParts(input: Uint8Array, output: Uint8Array): string[] {
  const a = unzipSync(input);
  const b = unzipSync(output);
  const changed: string[] = [];
  for (const [name, bytes] of Object.entries(a)) {
    expect(b[name]).toBeDefined();
    if (Buffer.compare(Buffer.from(bytes), Buffer.from(b[name])) === 0) continue;
    changed.push(name);
    if (APPEND_ONLY.has(name)) {
      const before = lists(strFromU8(bytes));
      const after = lists(strFromU8(b[name]));
      for (const [list, inner] of before) expect(after.get(list)!.startsWith(inner)).toBe(true);
    } else expect(REGISTERING).toContain(name);
  }
  // The workbook keeps every sheet entry and defined name it had.
  const wbBefore = strFromU8(a["xl/workbook.xml"]);
  const wbAfter = strFromU8(b["xl/workbook.xml"]);
  for (const m of wbBefore.matchAll(/<sheet [^>]*\/>|<definedName [^>]*>[^<]*<\/definedName>/g)) expect(wbAfter).toContain(m[0]);
  return changed;
}

async function drawOn(input: string, name: string): Promise<{ out: string; changed: string[] }> {
  const out = join(dir, `${name}-result.xlsx`);
  const r = await cli("draw", input, "--seed", "2026 0301 1234 5678 9012 34", "--operator", "张三", "--out", out, "--json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const changed = checkParts(readFileSync(input), readFileSync(out));
  const v = await cli("verify", out, "--json");
  expect(v.code).toBe(0);
  expect(JSON.parse(v.stdout).ok).toBe(true);
  return { out, changed };
}

describe("the result is the input package plus new sheets", () => {
  const library = writeTo(join(dir, "library.xlsx"), libraryBook());
  let libraryResult = "";

  test("a book as a library writes it (chart anchored as openpyxl does, image, comment, conditional format, validation, defined name, formula, hidden sheet)", async () => {
    const { out, changed } = await drawOn(library, "library");
    libraryResult = out;
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    const parts = unzipSync(readFileSync(out));
    expect(Object.keys(parts).filter((p) => p.startsWith("xl/worksheets/sheet")).length).toBeGreaterThan(8);
  });

  test("the same book saved by LibreOffice", async () => {
    const lo = libreOfficeCopy(library, dir);
    if (!lo) return;
    const parts = unzipSync(readFileSync(lo));
    expect(Object.keys(parts).some((p) => p.startsWith("xl/charts/"))).toBe(true);
    expect(Object.keys(parts).some((p) => p.startsWith("xl/media/"))).toBe(true);
    const { changed } = await drawOn(lo, "libreoffice");
    expect(changed.every((p) => REGISTERING.has(p) || APPEND_ONLY.has(p))).toBe(true);
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
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"]);
    expect(strFromU8(unzipSync(readFileSync(out))["[Content_Types].xml"])).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });

  test("the old sample results still verify", async () => {
    for (const f of ["sample-v0.1.0-dr-2026.1.xlsx", "sample-v0.1.0-dr-2026.1-libreoffice.xlsx", "sample-v0.2.0-dr-2026.2.xlsx", "sample-v0.2.0-dr-2026.2-libreoffice.xlsx"]) {
      const v = await cli("verify", join(__dirname, "..", "fixtures", "results", f), "--json");
      expect([f, v.code]).toEqual([f, 0]);
    }
  });
});
