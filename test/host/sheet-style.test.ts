import ExcelJS from "exceljs";
import { numberFormat, SHEET_STYLE } from "../../src/core/sheets/sheet-style";
import type { SheetSpec } from "../../src/core/sheets/sheet-spec";
import { FileWorkbook } from "../../src/host/file/workbook-file";
import { OfficeHost } from "../../src/host/office/office-host";
import { installFakeExcel } from "./office/fake-excel";

/** One spec with every styled part: title, header, typed columns, a dropdown, a note, a section. */
const spec: SheetSpec = {
  name: "样式",
  title: "包头市应急管理局2026年度样式表",
  header: [["序号", "代码", "日期", "结果"]],
  columns: [{ width: 6, format: "integer" }, { width: 20, format: "text" }, { width: 16, format: "date" }, { width: 20, list: ["甲", "乙"] }],
  body: [[1, "00123", "2026-03-01", "甲"]],
  notes: ["注：说明"],
  sections: [{ caption: "分层", header: ["层", "数"], body: [["A", 1]] }],
};

describe("both hosts render one styling (SHEET_STYLE)", () => {
  test("file host (ExcelJS): fonts, header fill, number formats, dropdown message", async () => {
    const book = FileWorkbook.empty();
    await book.addSheets([spec]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("样式")!;
    expect(ws.getCell("A1").font).toMatchObject({ name: SHEET_STYLE.font, size: SHEET_STYLE.title.size, bold: true });
    expect(ws.getRow(1).height).toBe(SHEET_STYLE.title.rowHeight);
    expect(ws.getCell("B2").fill).toMatchObject({ fgColor: { argb: `FF${SHEET_STYLE.headerFill}` } });
    spec.columns.forEach((col, j) => {
      const fmt = numberFormat(col);
      expect([fmt, fmt === "General" ? undefined : fmt]).toContain(ws.getCell(3, j + 1).numFmt);
    });
    expect(ws.getCell("A4").font).toMatchObject({ name: SHEET_STYLE.font, size: SHEET_STYLE.note.size });
    expect(ws.getCell("A6").font).toMatchObject({ size: SHEET_STYLE.sectionCaption.size, bold: true });
    expect(ws.getCell("D3").dataValidation).toMatchObject({ errorTitle: SHEET_STYLE.listError.title, error: SHEET_STYLE.listError.message(["甲", "乙"]) });
    expect(ws.pageSetup.margins).toEqual(SHEET_STYLE.page.margins);
  });

  test("Excel host: the same fonts, fill, number formats and dropdown message", async () => {
    const fake = installFakeExcel();
    await new OfficeHost({ dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true }).writeSheets([spec]);
    const ws = fake.sheet("样式")!;
    const at = (address: string) => ws.ranges.filter((r) => r.address() === address);
    const title = at("A1:D1")[0].format;
    expect(title.font).toMatchObject({ name: SHEET_STYLE.font, size: SHEET_STYLE.title.size, bold: true });
    expect(title.rowHeight).toBe(SHEET_STYLE.title.rowHeight);
    expect(at("A2:D2")[0].format.fill.color).toBe(`#${SHEET_STYLE.headerFill}`);
    // Text cells are "@" in Excel, whatever their column's format, so Excel keeps them as typed
    // (src/host/office/write.ts, cellFormat); ExcelJS stores text as text without it.
    const isDate = (j: number) => spec.columns[j].format === "date";
    spec.columns.forEach((col, j) => expect(ws.formats.get(`2,${j}`)).toBe(typeof spec.body[0][j] === "string" && !isDate(j) ? "@" : numberFormat(col)));
    expect(at("A4:D4")[0].format.font).toMatchObject({ size: SHEET_STYLE.note.size });
    expect(at("A6:D6")[0].format.font).toMatchObject({ size: SHEET_STYLE.sectionCaption.size, bold: true });
    expect(at("D3")[0].dataValidation.errorAlert).toMatchObject({ title: SHEET_STYLE.listError.title, message: SHEET_STYLE.listError.message(["甲", "乙"]) });
    expect(ws.page.paperSize).toBe(SHEET_STYLE.page.paper);
  });
});
