/*
 * The parts book.ts changes besides the new sheets (issue #18): docProps/app.xml's sheet list, a
 * template's main content type, and the package kinds it refuses or keeps.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { RECORD_DATA_SHEET, STRICT_WORKBOOK_REASON } from "../../../../src/core";
import { BookError, withSheetTitles, XlsxBook } from "../../../../src/host/file/xlsx/book";

const root = join(__dirname, "..", "..", "..", "..");
const sample = (): Uint8Array => readFileSync(join(root, "assets/sample.xlsx"));
const SHEETS = ["检查对象名录库", "执法检查人员名录库", "抽查事项清单", "抽查任务", "回避名单", "抽查规则"];

function edited(bytes: Uint8Array, edit: Record<string, (xml: string) => string>): Uint8Array {
  const parts = unzipSync(bytes);
  for (const [name, f] of Object.entries(edit)) parts[name] = strToU8(f(strFromU8(parts[name]))) as Uint8Array<ArrayBuffer>;
  return zipSync(parts);
}
const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]);

const app = (pairs: string, titles: string[], size = titles.length): string =>
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="${pairs.split("<vt:variant>").length - 1}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${size}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>`;
const pair = (label: string, n: number): string => `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;

describe("docProps/app.xml lists the sheets added", () => {
  test("after the worksheets, before the other groups, with both counts", () => {
    const before = app(pair("Worksheets", 2) + pair("Named Ranges", 1), ["甲", "乙&amp;丙", "合计"]);
    expect(withSheetTitles(before, ["甲", "乙&丙"], ["抽取结果", "R&D"])).toBe(app(pair("Worksheets", 4) + pair("Named Ranges", 1), ["甲", "乙&amp;丙", "抽取结果", "R&amp;D", "合计"]));
  });

  test("a worksheets group that is not the first (chart sheets listed before it)", () => {
    const before = app(pair("Charts", 1) + pair("工作表", 1), ["图表1", "甲"]);
    expect(withSheetTitles(before, ["甲"], ["乙"])).toBe(app(pair("Charts", 1) + pair("工作表", 2), ["图表1", "甲", "乙"]));
  });

  test("left alone when the list is not the usual shape, or does not list the book's worksheets", () => {
    const openpyxl = '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><AppVersion>3.0</AppVersion></Properties>';
    expect(withSheetTitles(openpyxl, ["甲"], ["乙"])).toBeNull();
    // Stale (a sheet added by a program that did not update it), counts that do not add up, another order.
    expect(withSheetTitles(app(pair("Worksheets", 1), ["甲"]), ["甲", "乙"], ["丙"])).toBeNull();
    expect(withSheetTitles(app(pair("Worksheets", 2), ["甲", "乙"], 3), ["甲", "乙"], ["丙"])).toBeNull();
    expect(withSheetTitles(app(pair("Worksheets", 2), ["乙", "甲"]), ["甲", "乙"], ["丙"])).toBeNull();
    expect(withSheetTitles(app(pair("Worksheets", 2) + pair("Named Ranges", 2), ["甲", "乙", "名"]), ["甲", "乙"], ["丙"])).toBeNull();
  });

  test("through the book: sheets added are listed, the record data sheet replaced in place is not listed twice", () => {
    const book = XlsxBook.open(sample());
    book.addPlainSheets([{ name: "抽取结果", rows: [["x"]], merges: [] }, { name: RECORD_DATA_SHEET, rows: [["{}"]], merges: [] }]);
    const once = book.toBytes();
    const titles = (bytes: Uint8Array) => [...part(bytes, "docProps/app.xml").matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
    expect(titles(once)).toEqual(["Worksheets", ...SHEETS, "抽取结果", RECORD_DATA_SHEET]);
    const again = XlsxBook.open(once);
    expect(again.addPlainSheets([{ name: RECORD_DATA_SHEET, rows: [["{…}"]], merges: [] }])).toEqual([RECORD_DATA_SHEET]);
    expect(part(again.toBytes(), "docProps/app.xml")).toBe(part(once, "docProps/app.xml"));
  });
});

describe("package kinds", () => {
  const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";

  test("a template (.xltx) reads, and what is written of it is a workbook (.xlsx)", () => {
    const xltx = edited(sample(), { "[Content_Types].xml": (x) => x.replace(CT_SHEET, CT_TEMPLATE) });
    const book = XlsxBook.open(xltx);
    expect([book.template, book.macroEnabled, book.extension]).toEqual([true, false, "xlsx"]);
    expect(book.sheetNames()).toEqual(SHEETS);
    book.addPlainSheets([{ name: "抽取结果", rows: [["x"]], merges: [] }]);
    const types = part(book.toBytes(), "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/xl/workbook.xml" ContentType="${CT_SHEET}"/>`);
    expect(types).not.toContain("template");
    expect(XlsxBook.open(book.toBytes()).template).toBe(false);
  });

  test("a macro-enabled template (.xltm) gives an .xlsm", () => {
    const xltm = edited(sample(), { "[Content_Types].xml": (x) => x.replace(CT_SHEET, "application/vnd.ms-excel.template.macroEnabled.main+xml") });
    const book = XlsxBook.open(xltm);
    expect([book.template, book.macroEnabled, book.extension]).toEqual([true, true, "xlsm"]);
    book.addPlainSheets([{ name: "抽取结果", rows: [["x"]], merges: [] }]);
    expect(part(book.toBytes(), "[Content_Types].xml")).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  });

  test("an .xlsx is neither a template nor macro-enabled; a word 'macroEnabled' elsewhere in the types does not make it one", () => {
    const book = XlsxBook.open(edited(sample(), { "[Content_Types].xml": (x) => x.replace("</Types>", '<Override PartName="/xl/macroEnabled.xml" ContentType="application/xml"/></Types>') }));
    expect([book.template, book.macroEnabled, book.extension]).toEqual([false, false, "xlsx"]);
  });

  test("Strict Open XML is refused with the reason both hosts show", () => {
    const strict = edited(sample(), { "xl/workbook.xml": (x) => x.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main") });
    expect(() => XlsxBook.open(strict)).toThrow(BookError);
    expect(() => XlsxBook.open(strict)).toThrow(STRICT_WORKBOOK_REASON);
  });
});
