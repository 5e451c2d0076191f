import { readFileSync } from "node:fs";
import { join } from "node:path";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { verifyWorkbook } from "../../../src/core/draw/verify";
import type { SheetSpec } from "../../../src/core/sheet-spec";
import { readXlsx } from "../../../src/host/file/read-xlsx";
import { REQUEST_BUDGET } from "../../../src/host/office/budget";
import { OfficeHost, RECORD_XML_NAMESPACE } from "../../../src/host/office/office-host";
import type { Features } from "../../../src/host/office/requirements";
import { excelValue } from "../../../src/host/office/write";
import { fakeSheet, installFakeExcel, type FakeBook } from "./fake-excel";

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };
const NONE: Features = { dataValidation: false, pageLayout: false, mergedAreas: false, customXml: false };

function bookWithRows(n: number): FakeBook {
  const book = installFakeExcel();
  fakeSheet(book, "名录", [["单位名称", "统一社会信用代码"], ...Array.from({ length: n }, (_, i) => [`单位${i}`, `code${i}`])]);
  fakeSheet(book, "空表", []);
  return book;
}

describe("office host: reading", () => {
  test("the number of syncs is the same for 10 rows and 100,000 rows", async () => {
    const small = bookWithRows(10);
    await new OfficeHost(ALL).readSheets();
    const smallSyncs = small.syncs;
    const large = bookWithRows(100_000);
    const sheets = await new OfficeHost(ALL).readSheets();
    expect(large.syncs).toBe(smallSyncs);
    expect(sheets[0].rows).toHaveLength(100_001);
    expect(sheets[0].rows[100_000]).toEqual(["单位99999", "code99999"]);
    expect(sheets[1]).toEqual({ name: "空表", rows: [], merges: [] });
  });

  test("a used range that does not start at A1 is padded from A1; merges are read when ExcelApi 1.13 is there", async () => {
    const book = installFakeExcel();
    const s = fakeSheet(book, "表", []);
    s.cells.set("2,1", "标题");
    s.cells.set("3,2", 5);
    s.merges.push("B3:D3");
    const [sheet] = await new OfficeHost(ALL).readSheets();
    expect(sheet.rows).toEqual([[], [], [null, "标题", null], [null, null, 5]]);
    expect(sheet.merges).toEqual(["B3:D3"]);
    const [plain] = await new OfficeHost(NONE).readSheets();
    expect(plain.merges).toEqual([]);
  });
});

describe("office host: writing sheet specs", () => {
  const spec: SheetSpec = {
    name: "抽取结果",
    title: "标题",
    header: [["序号", "名称", "日期"]],
    columns: [{ width: 5, format: "integer" }, { width: 20, list: ["甲", "乙"] }, { width: 12, format: "date" }],
    body: [
      [1, "=HYPERLINK(\"x\")", "2026-03-01"],
      [2, "@注意", null],
    ],
    notes: ["注：测试"],
    protect: true,
  };

  test("values, escaped formula-like text, dates as serials, formats, freeze, validation, print, protection", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "抽取结果", [["用户自己的表"]]);
    const names = await new OfficeHost(ALL).writeSheets([spec]);
    expect(names).toEqual(["抽取结果 (2)"]);
    const ws = book.sheet("抽取结果 (2)")!;
    expect(ws.cells.get("2,1")).toBe("'=HYPERLINK(\"x\")");
    expect(ws.cells.get("3,1")).toBe("'@注意");
    expect(ws.cells.get("2,2")).toBe(46082);
    expect(ws.formats.get("2,2")).toBe('yyyy"年"m"月"d"日"');
    expect(ws.frozenRows).toBe(2);
    expect(ws.protected_).toBe(true);
    expect(ws.page).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, titles: "$2:$2" });
    expect(ws.merges).toContain("A1:C1");
    expect(book.sheet("抽取结果")!.cells.get("0,0")).toBe("用户自己的表");
    expect(excelValue("+86 123", undefined)).toBe("'+86 123");
    expect(excelValue("-", undefined)).toBe("'-");
  });

  test("requirement sets below 1.8/1.9/1.5: plain fallback, no dropdown, no page layout, no XML part", async () => {
    const book = installFakeExcel();
    await new OfficeHost(NONE).writeSheets([spec, { ...spec, name: "_抽取记录数据", body: [["x"]], columns: [{ width: 10 }] }]);
    expect(book.sheet("抽取结果")!.page).toEqual({});
    expect(book.xmlParts).toEqual([]);
  });

  test("large bodies are written in blocks, every request under Excel on the web's 5 MB", async () => {
    const book = installFakeExcel();
    const big: SheetSpec = { name: "大表", header: [["A", "B", "C"]], columns: [{ width: 10 }, { width: 30 }, { width: 10 }], body: Array.from({ length: 60_000 }, (_, i) => [i, `第 ${i} 行的一段较长的中文说明文字`, "x"]) };
    await new OfficeHost(ALL).writeSheets([big]);
    expect(Math.max(...book.payloads)).toBeLessThan(5_000_000);
    expect(Math.max(...book.payloads)).toBeLessThanOrEqual(REQUEST_BUDGET + 1_000_000);
    expect(book.syncs).toBeGreaterThan(3);
    expect(book.sheet("大表")!.cells.get("60000,1")).toBe("第 59999 行的一段较长的中文说明文字");
  });

  test("a failing write removes the sheets it added and restores the old record data", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "名录", [["用户数据"]]);
    fakeSheet(book, "_抽取记录数据", [["旧记录"]]);
    book.failAtSync = 4;
    const data: SheetSpec = { name: "_抽取记录数据", header: [["新"]], columns: [{ width: 10 }], body: [["{}"]], state: "hidden" };
    await expect(new OfficeHost(ALL).writeSheets([spec, spec, data])).rejects.toThrow("injected");
    expect(book.sheets.map((s) => s.name)).toEqual(["名录", "_抽取记录数据"]);
    expect(book.sheet("_抽取记录数据")!.cells.get("0,0")).toBe("旧记录");
    expect(book.sheet("名录")!.cells.get("0,0")).toBe("用户数据");
  });
});

describe("office host: a whole draw round trip in the fake workbook", () => {
  test("read the sample, draw, write every sheet, read back, verify; the record travels in a custom XML part", async () => {
    const sample = await readXlsx(readFileSync(join(__dirname, "..", "..", "..", "assets", "sample.xlsx")));
    const book = installFakeExcel();
    for (const s of sample) {
      const sheet = fakeSheet(book, s.name, s.rows);
      sheet.merges.push(...(s.merges ?? []));
    }
    const host = new OfficeHost(ALL);
    const read = await host.readSheets();
    const done = completeDraw(prepareDraw(read, { today: "2026-03-01" }), { seed: "2026030112345678901234", seedSource: "typed", time: "2026-03-01T10:00:00+08:00", operator: "张三" });
    if (!done.ok) throw new Error("draw failed");
    const names = await host.writeSheets(done.specs);
    expect(names).toContain("抽取结果 2026-03-01");
    expect(book.sheet("_抽取记录数据")!.visibility).toBe("Hidden");
    expect(book.sheet("配额核验 2026-03-01")!.charts_).toEqual(["ColumnClustered"]);
    expect(book.xmlParts.filter((p) => !p.deleted && p.namespace === RECORD_XML_NAMESPACE)).toHaveLength(1);
    const back = await host.readSheets();
    expect(verifyWorkbook(back)).toMatchObject({ ok: true, differences: [] });
  });

  test("selectCell activates the sheet and selects the address", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "对象", [["a"]]);
    await new OfficeHost(ALL).selectCell("对象", "C12");
    expect(book.sheet("对象")!).toMatchObject({ active: true, selected: "C12" });
  });
});
