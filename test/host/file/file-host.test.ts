import ExcelJS from "exceljs";
import { readXlsx } from "../../../src/host/file/read-xlsx";
import { FileWorkbook } from "../../../src/host/file/workbook-file";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("file host: reading .xlsx as Excel would hand it over", () => {
  test("values, dates as serials, errors, rich text, formulas, merges", async () => {
    const data = await bytesOf((wb) => {
      const ws = wb.addWorksheet("名录");
      ws.getCell("A1").value = "标题";
      ws.mergeCells("A1:C1");
      ws.getCell("A2").value = "文本";
      ws.getCell("B2").value = 42;
      ws.getCell("C2").value = true;
      ws.getCell("A3").value = new Date(Date.UTC(2026, 2, 1));
      ws.getCell("B3").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("C3").value = { richText: [{ text: "富" }, { text: "文本" }] };
      ws.getCell("A4").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
      ws.getCell("B4").value = { text: "链接", hyperlink: "https://example.invalid" };
      ws.getCell("C5").value = null;
    });
    const [sheet] = await readXlsx(data);
    expect(sheet.name).toBe("名录");
    expect(sheet.merges).toEqual(["A1:C1"]);
    expect(sheet.rows[0]).toEqual(["标题", null, null]);
    expect(sheet.rows[1]).toEqual(["文本", 42, true]);
    expect(sheet.rows[2]).toEqual([46082, "#N/A", "富文本"]);
    expect(sheet.rows[3]).toEqual([2, "链接"]);
    expect(sheet.rows).toHaveLength(4);
  });

  test("garbage bytes are refused with an error, not a crash", async () => {
    await expect(readXlsx(new Uint8Array([1, 2, 3]))).rejects.toBeTruthy();
  });
});

describe("file host: writing sheet specs", () => {
  const spec: SheetSpec = {
    name: "抽取结果",
    title: "包头市应急管理局2026年度抽取结果",
    header: [
      ["序号", "抽查项目", "", "开始时间"],
      ["", "抽查类别", "抽查事项", ""],
    ],
    headerMerges: ["A1:A2", "B1:C1", "D1:D2"],
    columns: [{ width: 6, format: "integer" }, { width: 12, list: ["甲", "乙"] }, { width: 20, format: "text" }, { width: 14, format: "date" }],
    body: [
      [1, "甲", "=cmd|' /C calc'!A0", "2026-03-01"],
      [2, "乙", "00123", "2026-12-31"],
    ],
    notes: ["注：测试"],
    protect: true,
  };

  test("layout, merges, formats, validation, print setup, freeze; read back equal", async () => {
    const book = FileWorkbook.empty();
    const [name] = await book.addSheets([spec]);
    expect(name).toBe("抽取结果");
    const bytes = await book.toBuffer();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("抽取结果")!;
    expect((ws.model as { merges: string[] }).merges.sort()).toEqual(["A1:D1", "A2:A3", "A6:D6", "B2:C2", "D2:D3"]);
    expect(ws.getCell("A1").value).toBe(spec.title);
    expect(ws.getCell("C4").value).toBe("=cmd|' /C calc'!A0");
    expect(ws.getCell("C4").formula).toBeUndefined();
    expect(ws.getCell("C4").numFmt).toBe("@");
    expect(ws.getCell("D4").numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(ws.getCell("B2").font?.bold).toBe(true);
    expect(ws.getCell("B4").dataValidation).toMatchObject({ type: "list", formulae: ['"甲,乙"'] });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:3", paperSize: 9 });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.getColumn(3).width).toBe(20);
    expect((ws as unknown as { sheetProtection: object }).sheetProtection).toBeTruthy();

    const [read] = await readXlsx(bytes);
    expect(read.rows[3]).toEqual([1, "甲", "=cmd|' /C calc'!A0", 46082]);
    expect(read.rows[4]).toEqual([2, "乙", "00123", 46387]);
  });

  test("names never collide with existing sheets", async () => {
    const book = FileWorkbook.empty();
    const names = await book.addSheets([spec, spec, { ...spec, name: "抽取结果 (2)" }]);
    expect(names).toEqual(["抽取结果", "抽取结果 (2)", "抽取结果 (2) (2)"]);
  });

  test("a failing write removes every sheet it added and keeps the rest", async () => {
    const data = await bytesOf((wb) => {
      wb.addWorksheet("用户的表").getCell("A1").value = "原有数据";
    });
    const book = await FileWorkbook.open(data);
    const bad = { ...spec, name: "坏表", headerMerges: ["B1:C1", "B1:B2"] }; // overlapping merges make ExcelJS throw
    await expect(book.addSheets([spec, bad])).rejects.toThrow();
    expect(book.sheetNames()).toEqual(["用户的表"]);
    expect(book.readSheets()[0].rows).toEqual([["原有数据"]]);
  });
});
