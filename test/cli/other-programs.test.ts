/*
 * Issue #18: "It will also be tried on books made by other programs." A book written by openpyxl
 * itself (committed: test/fixtures/books/openpyxl-chart.xlsx, made by
 * scripts/fixtures/openpyxl-chart-book.py), and books shaped as the Open XML SDK, WPS Office and
 * Excel (Strict Open XML, templates) write them (fidelity-other-books.ts), drawn on through the CLI:
 * every part kept byte for byte but the registering ones, verify passes, LibreOffice still draws
 * the chart. Strict Open XML is refused with a message that says what to do.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { STRICT_WORKBOOK_REASON } from "../../src/core";
import { readXlsx } from "../../src/host/file/read-xlsx";
import { appTitles, drawOn, expectVerified, SEED } from "./fidelity-check";
import { CHART_TITLE, pdfText, writeTo } from "./fidelity-books";
import { CT_MACRO_SHEET, CT_MACRO_TEMPLATE, CT_TEMPLATE, OPENPYXL_BOOK, OPENPYXL_CHART_TITLE, sdkBook, strictBook, templateBook, WPS_IMAGE_ID, wpsBook } from "./fidelity-other-books";
import { cli } from "./run-cli";

jest.setTimeout(300_000);
const dir = mkdtempSync(join(tmpdir(), "dr-other-programs-"));
const REGISTERED = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];

const parts = (file: string) => unzipSync(readFileSync(file));

describe("a book written by openpyxl, with a chart, an image, a comment and a hidden sheet", () => {
  let result = "";

  test("ExcelJS 4.4.0, which the file host used before, cannot open it (the issue's report)", async () => {
    const failure = await new ExcelJS.Workbook().xlsx.load(readFileSync(OPENPYXL_BOOK) as unknown as ArrayBuffer).then(
      () => null,
      (e: Error) => e.message,
    );
    expect(failure).toContain("anchors");
  });

  test("draws, keeps every part of it, and verifies", async () => {
    const input = parts(OPENPYXL_BOOK);
    expect(Object.keys(input)).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/media/image1.png", "xl/comments/comment1.xml"]));
    const { out, changed } = await drawOn(OPENPYXL_BOOK, join(dir, "openpyxl-result.xlsx"));
    result = out;
    // openpyxl's app.xml lists no sheets: it is left as it was.
    expect(changed.sort()).toEqual(REGISTERED);
    const sheets = await readXlsx(readFileSync(out));
    const names = sheets.map((s) => s.name);
    expect(names.slice(0, 8)).toEqual(["检查对象名录库", "执法检查人员名录库", "抽查事项清单", "抽查任务", "回避名单", "抽查规则", "汇总", "隐藏表"]);
    expect(names.some((n) => n.startsWith("抽取结果"))).toBe(true);
  });

  test("LibreOffice draws the chart in the result (PDF)", async () => {
    if (!result) result = (await drawOn(OPENPYXL_BOOK, join(dir, "openpyxl-pdf.xlsx"))).out;
    const text = pdfText(result, dir);
    if (text === null) return;
    // pdftotext puts spaces around the Latin letters in the title.
    expect(text.replace(/\s+/g, "")).toContain(OPENPYXL_CHART_TITLE);
    expect(text).toContain("抽取结果");
  });
});

describe("books shaped as other programs write them", () => {
  test("the Open XML SDK: x: prefixes, R… relationship ids, absolute targets, sheet.xml, no docProps", async () => {
    const input = writeTo(join(dir, "sdk.xlsx"), sdkBook());
    const before = parts(input);
    expect(Object.keys(before)).toContain("xl/worksheets/sheet.xml");
    expect(strFromU8(before["xl/workbook.xml"])).toMatch(/^<\?xml[^>]*>\s*<x:workbook /);
    const { out, changed } = await drawOn(input, join(dir, "sdk-result.xlsx"));
    expect(changed.sort()).toEqual(REGISTERED);
    const after = parts(out);
    const workbook = strFromU8(after["xl/workbook.xml"]);
    // Added sheets and print names are written with the workbook's own prefix.
    expect(workbook).toMatch(/<x:sheet name="抽取结果[^"]*" sheetId="\d+" r:id="rId\d+"\/>/);
    expect(workbook).toMatch(/<x:definedNames><x:definedName name="检查合计">[^<]*<\/x:definedName><x:definedName name="_xlnm.Print_Titles"/);
    expect(workbook).not.toMatch(/<(sheet|definedName)[ >]/);
    expect(strFromU8(after["xl/styles.xml"])).not.toMatch(/<(font|fill|border|xf|numFmt)[ >/]/);
    const text = pdfText(out, dir);
    if (text === null) return;
    expect(text).toContain(CHART_TITLE);
    expect(text).toContain("抽取结果");
  });

  test("WPS Office: a picture in a cell (cellimages.xml, DISPIMG), custom properties, extLst; its sheet list gains the new sheets", async () => {
    const input = writeTo(join(dir, "wps.xlsx"), wpsBook());
    const { out, changed } = await drawOn(input, join(dir, "wps-result.xlsx"));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "docProps/app.xml", ...REGISTERED.slice(1)].sort());
    const after = parts(out);
    for (const p of ["xl/cellimages.xml", "xl/_rels/cellimages.xml.rels", "xl/media/image2.png", "docProps/custom.xml"]) expect(after[p]).toBeDefined();
    expect(strFromU8(after["xl/_rels/workbook.xml.rels"])).toContain('Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"');
    // The new sheets are listed after the worksheets, before the defined name; the counts follow.
    const names = (await readXlsx(readFileSync(out))).map((s) => s.name);
    expect(appTitles(readFileSync(out))).toEqual([...names, "检查合计"]);
    const app = strFromU8(after["docProps/app.xml"]);
    expect(app).toContain(`<vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4>`);
    expect(app).toContain(`<vt:vector size="${names.length + 1}" baseType="lpstr">`);
    const photos = (await readXlsx(readFileSync(out))).find((s) => s.name === "现场照片")!;
    expect(photos.rows[1]).toEqual(["包头市示例化工有限公司", `=DISPIMG("${WPS_IMAGE_ID}",1)`]);
  });

  test("Excel's Strict Open XML is refused, saying what to do", async () => {
    const input = writeTo(join(dir, "strict.xlsx"), strictBook());
    for (const command of [["validate", input], ["draw", input, "--seed", SEED, "--out", join(dir, "strict-result.xlsx")]]) {
      const r = await cli(...command);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`“strict.xlsx”${STRICT_WORKBOOK_REASON}`);
    }
  });

  test("a template (.xltx) gives a workbook (.xlsx): the main content type switched, nothing else of it changed", async () => {
    const input = writeTo(join(dir, "plan.xltx"), templateBook());
    const refused = await cli("draw", input, "--seed", SEED, "--out", join(dir, "plan-result.xltx"));
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining("只能保存为 .xlsx")]);
    const { out, changed } = await drawOn(input, join(dir, "plan-result.xlsx"));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "docProps/app.xml", ...REGISTERED.slice(1)].sort());
    const types = strFromU8(parts(out)["[Content_Types].xml"]);
    expect(types).not.toContain(CT_TEMPLATE);
    expect(types).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"');
    // The same content types otherwise: only the workbook's type and the new sheets' overrides differ.
    const before = strFromU8(parts(input)["[Content_Types].xml"]).replace(CT_TEMPLATE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    expect(types.replace(/<Override PartName="\/xl\/worksheets\/sheet(9|\d\d)\.xml"[^>]*\/>/g, "")).toBe(before);
  });

  test("a macro-enabled template (.xltm) gives an .xlsm that keeps the macros", async () => {
    const input = writeTo(join(dir, "plan.xltm"), templateBook(true));
    const refused = await cli("draw", input, "--seed", SEED, "--out", join(dir, "plan-macro-result.xlsx"));
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining("只能保存为 .xlsm")]);
    const { out } = await drawOn(input, join(dir, "plan-macro-result.xlsm"));
    const after = parts(out);
    expect(strFromU8(after["[Content_Types].xml"])).toContain(`PartName="/xl/workbook.xml" ContentType="${CT_MACRO_SHEET}"`);
    expect(strFromU8(after["[Content_Types].xml"])).not.toContain(CT_MACRO_TEMPLATE);
    expect(Buffer.compare(Buffer.from(after["xl/vbaProject.bin"]), Buffer.from(parts(input)["xl/vbaProject.bin"]))).toBe(0);
  });

  test("without --out, the result is named by the package: .xlsm for a book with macros, .xlsx for a template", async () => {
    for (const [name, bytes, extension] of [["宏.xltm", templateBook(true), "xlsm"], ["模板.xltx", templateBook(), "xlsx"]] as const) {
      const input = writeTo(join(dir, name), bytes);
      const r = await cli("draw", input, "--seed", SEED, "--json");
      expect([name, r.code, r.stderr]).toEqual([name, 0, ""]);
      const out: string = JSON.parse(r.stdout).out;
      expect(out).toBe(join(dir, `${name.replace(/\.\w+$/, "")}-抽取结果-${out.slice(-15, -5)}.${extension}`));
      await expectVerified(out);
    }
  });
});
