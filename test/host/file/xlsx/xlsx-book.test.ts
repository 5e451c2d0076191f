import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx, readXlsxWithExcelJS } from "../../../../src/host/file/read-xlsx";
import { addSpecSheet, protectSheet } from "../../../../src/host/file/write-spec";
import { XlsxBook } from "../../../../src/host/file/xlsx/book";
import { readZip, writeZip } from "../../../../src/host/file/xlsx/zip";
import type { SheetSpec } from "../../../../src/core/sheets/sheet-spec";
import { templateSheets } from "../../../../src/core";

const root = join(__dirname, "..", "..", "..", "..");
const FILES = [
  "assets/sample.xlsx",
  "assets/sample-messy.xlsx",
  "assets/sample-baotou.xlsx",
  "test/fixtures/results/sample-v0.1.0-dr-2026.1.xlsx",
  "test/fixtures/results/sample-v0.1.0-dr-2026.1-libreoffice.xlsx",
  "test/fixtures/results/sample-v0.2.0-dr-2026.2-libreoffice.xlsx",
];

/** A package from its parts' XML. */
function pkg(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}
const CT = (extra: string): string =>
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${extra}</Types>`;
const ROOT_RELS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';

describe("reading without ExcelJS's model (src/host/file/xlsx)", () => {
  test.each(FILES)("%s reads as ExcelJS read it", async (file) => {
    const bytes = readFileSync(join(root, file));
    expect(await readXlsx(bytes)).toEqual(await readXlsxWithExcelJS(bytes));
  });

  test("a package with a prefixed namespace, shared rich text with phonetic runs, inline strings, booleans, errors, 1904 dates, formulas and ISO dates", async () => {
    const x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const book = pkg({
      "[Content_Types].xml": CT(""),
      "_rels/.rels": ROOT_RELS,
      "xl/workbook.xml": `<x:workbook xmlns:x="${x}" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="甲" sheetId="1" rel:id="a1"/><x:sheet name="图" sheetId="2" rel:id="a2"/></x:sheets></x:workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s1.xml"/><Relationship Id="a2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/c1.xml"/><Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      "xl/strings.xml": `<sst xmlns="${x}"><si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>フ</t></rPh></si><si><t>A&amp;B_x000D_</t></si></sst>`,
      "xl/styles.xml": `<styleSheet xmlns="${x}"><numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="170"/></cellXfs></styleSheet>`,
      "xl/worksheets/s1.xml": `<x:worksheet xmlns:x="${x}"><x:sheetData><x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>行内</x:t></x:is></x:c></x:row><x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c s="1"><x:v>44620</x:v></x:c><x:c s="2"><x:v>44621</x:v></x:c><x:c><x:v>7.5</x:v></x:c></x:row><x:row r="4"><x:c r="A4"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="B4" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="C4" t="d"><x:v>2026-03-01T00:00:00</x:v></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="D2:E2"/></x:mergeCells></x:worksheet>`,
      "xl/chartsheets/c1.xml": `<chartsheet xmlns="${x}"/>`,
    });
    const b = XlsxBook.open(book);
    expect(b.sheetNames()).toEqual(["甲"]);
    expect(b.allSheets().map((s) => s.name)).toEqual(["甲", "图"]);
    const [sheet] = b.readSheets();
    expect(sheet.merges).toEqual(["D2:E2"]);
    // 1904 serials 44620/44621 are 2026-03-01/02 in the 1900 system (+1462).
    expect(sheet.rows).toEqual([[], ["富文本 ", "A&B\r", null, "行内", null], [true, "#DIV/0!", 46082, 46083, 7.5], [2, "ab", 46082]]);
  });

  test("garbage and a zip that is no workbook are refused", () => {
    expect(() => XlsxBook.open(new Uint8Array([1, 2, 3]))).toThrow();
    expect(() => XlsxBook.open(zipSync({ "a.txt": strToU8("x") }))).toThrow("不是 Office Open XML");
  });

  test("the zip writer copies entries as they were compressed and reads back", () => {
    const bytes = readFileSync(join(root, "assets/sample.xlsx"));
    const entries = readZip(bytes);
    const again = readZip(writeZip(entries));
    expect(again.map((e) => [e.name, e.crc, Buffer.from(e.data).toString("base64")])).toEqual(entries.map((e) => [e.name, e.crc, Buffer.from(e.data).toString("base64")]));
    const parts = unzipSync(writeZip(entries));
    expect(Object.keys(parts).sort()).toEqual(entries.map((e) => e.name).sort());
  });
});

const spec: SheetSpec = {
  name: "样式",
  title: "包头市应急管理局2026年度样式表",
  header: [["序号", "代码", "日期", "结果"], ["", "", "", ""]],
  headerMerges: ["A1:A2"],
  columns: [{ width: 6, format: "integer" }, { width: 20, format: "text" }, { width: 16, format: "date" }, { width: 20, list: ["甲", "乙"], listRows: 5 }],
  body: [[1, "00123", "2026-03-01", "甲"], [2, "  有空格 ", null, true]],
  notes: ["注：说明 <&>"],
  sections: [{ caption: "分层", header: ["层", "数"], body: [["A", 1]] }],
  print: { orientation: "landscape", fitToWidth: true, repeatHeader: true, columns: 3 },
  protect: true,
};

describe("writing sheets as the ExcelJS writer (write-spec.ts) drew them", () => {
  async function both(): Promise<{ ours: ExcelJS.Workbook; theirs: ExcelJS.Workbook }> {
    const book = XlsxBook.empty();
    book.addSheets([spec]);
    const ours = new ExcelJS.Workbook();
    await ours.xlsx.load(book.toBytes() as unknown as ArrayBuffer);
    const wb = new ExcelJS.Workbook();
    const ws = addSpecSheet(wb, spec);
    await protectSheet(ws);
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    return { ours, theirs };
  }

  test("cell values, number formats, fonts, fills, borders, alignment, merges, widths, heights, validations, freeze, print setup, protection", async () => {
    const { ours, theirs } = await both();
    const a = ours.getWorksheet("样式")!;
    const b = theirs.getWorksheet("样式")!;
    expect(a.rowCount).toBe(b.rowCount);
    for (let r = 1; r <= b.rowCount; r++) {
      expect(a.getRow(r).height).toBe(b.getRow(r).height);
      for (let c = 1; c <= 5; c++) {
        const x = a.getCell(r, c);
        const y = b.getCell(r, c);
        const at = `${y.address}`;
        expect([at, x.value]).toEqual([at, y.value]);
        expect([at, x.numFmt ?? "General"]).toEqual([at, y.numFmt ?? "General"]);
        expect([at, x.font ?? {}]).toEqual([at, y.font ?? {}]);
        expect([at, x.alignment ?? {}]).toEqual([at, y.alignment ?? {}]);
        expect([at, x.border ?? {}]).toEqual([at, y.border ?? {}]);
        expect([at, (x.fill as ExcelJS.FillPattern | undefined)?.fgColor]).toEqual([at, (y.fill as ExcelJS.FillPattern | undefined)?.fgColor]);
        expect([at, x.dataValidation]).toEqual([at, y.dataValidation]);
      }
    }
    expect((a.model as { merges: string[] }).merges.sort()).toEqual((b.model as { merges: string[] }).merges.sort());
    expect(a.columns.map((c) => c.width)).toEqual(b.columns.map((c) => c.width));
    expect(a.views).toEqual(b.views.map((v) => ({ ...v, activeCell: a.views[0].activeCell })));
    const page = (p: Partial<ExcelJS.PageSetup>) => ({ paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage, fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight, margins: p.margins, printArea: p.printArea, printTitlesRow: p.printTitlesRow });
    expect(page(a.pageSetup)).toEqual(page(b.pageSetup));
    const protection = (w: ExcelJS.Worksheet): unknown => (w as unknown as { sheetProtection: unknown }).sheetProtection;
    expect(protection(a)).toEqual(protection(b));
  });

  test("the template reads back as ExcelJS's rendering of it did", async () => {
    const ours = XlsxBook.empty();
    ours.addSheets(templateSheets());
    const wb = new ExcelJS.Workbook();
    for (const s of templateSheets()) addSpecSheet(wb, s);
    const theirs = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await readXlsx(ours.toBytes())).toEqual(await readXlsx(theirs));
  });

  test("styles.xml only grows: the book's own formats keep their indexes", () => {
    const bytes = readFileSync(join(root, "assets/sample.xlsx"));
    const book = XlsxBook.open(bytes);
    book.addSheets([spec]);
    const before = strFromU8(unzipSync(bytes)["xl/styles.xml"]);
    const after = strFromU8(unzipSync(book.toBytes())["xl/styles.xml"]);
    for (const list of ["fonts", "fills", "borders", "cellXfs"]) {
      const inner = (xml: string) => new RegExp(`<${list}[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)![1];
      expect(inner(after).startsWith(inner(before))).toBe(true);
    }
  });
});
