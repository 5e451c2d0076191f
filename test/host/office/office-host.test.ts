import { readFileSync } from "node:fs";
import { join } from "node:path";
import { completeDraw, prepareDraw } from "../../../src/core/draw/session";
import { verifyWorkbook } from "../../../src/core/draw/verify";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { readXlsx } from "../../../src/host/file/read-xlsx";
import { READ_CELLS_PER_BLOCK, READ_PROBE_CELLS, REQUEST_BUDGET } from "../../../src/host/office/budget";
import { OfficeHost, RECORD_XML_NAMESPACE } from "../../../src/host/office/office-host";
import type { Features } from "../../../src/host/office/requirements";
import { excelValue } from "../../../src/host/office/write";
import { fakeSheet, generatedSheet, installFakeExcel, type FakeBook } from "./fake-excel";

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };
const NONE: Features = { dataValidation: false, pageLayout: false, mergedAreas: false, customXml: false };

function bookWithRows(n: number): FakeBook {
  const book = installFakeExcel();
  fakeSheet(book, "名录", [["单位名称", "统一社会信用代码"], ...Array.from({ length: n }, (_, i) => [`单位${i}`, `code${i}`])]);
  fakeSheet(book, "空表", []);
  return book;
}

describe("office host: reading", () => {
  test("syncs: two, then one per block of rows; 10 rows are one block", async () => {
    const small = bookWithRows(10);
    const read = await new OfficeHost(ALL).readSheets();
    expect(small.valueBlocks).toEqual([[3, 11, 2]]);
    expect(small.syncs).toBe(3);
    expect(read[0].rows[10]).toEqual(["单位9", "code9"]);
    expect(read[1]).toEqual({ name: "空表", rows: [], merges: [] });
  });

  test("1,000,000 rows: a probe block, then blocks sized from what it returned; syncs = 2 + blocks, every response under 5 MB", async () => {
    const book = installFakeExcel();
    const header = ["单位名称", "统一社会信用代码", "行业领域", "信用风险等级", "所属区域", "地址", "本年已检查次数"];
    const cell = (r: number, c: number): string | number =>
      r === 0 ? header[c] : [`包头市第${r}号化工有限公司`, `91150200${String(r).padStart(9, "0")}X`, "危险化学品", "B", "昆都仑区", `青山区幸福路${r}号院内${r % 97}栋`, r % 3][c];
    generatedSheet(book, "名录", 1_000_001, 7, cell);
    const [sheet] = await new OfficeHost(ALL).readSheets();

    const blocks = book.valueBlocks;
    const syncsWithBlocks = new Set(blocks.map(([sync]) => sync)).size;
    expect(syncsWithBlocks).toBe(blocks.length); // one sheet: one block a sync
    expect(book.syncs).toBe(2 + blocks.length);
    expect(blocks[0][1] * 7).toBeLessThanOrEqual(READ_PROBE_CELLS);
    expect(blocks.reduce((n, [, rows]) => n + rows, 0)).toBe(1_000_001);
    for (const [, rows, cols] of blocks) expect(rows * cols).toBeLessThanOrEqual(READ_CELLS_PER_BLOCK);
    expect(Math.max(...book.responses)).toBeLessThan(5_000_000);
    // After the probe, blocks are as large as the budget allows: over 10,000 rows of this roster each.
    for (const [, rows] of blocks.slice(1, -1)) expect(rows).toBeGreaterThan(10_000);

    expect(sheet.rows).toHaveLength(1_000_001);
    expect(sheet.rows[0]).toEqual(header);
    expect(sheet.rows[654_321]).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => cell(654_321, c)));
    expect(sheet.rows[1_000_000][1]).toBe("91150200001000000X");
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

describe("office host: merged areas past Excel's 512 a call", () => {
  test("a sheet with 600 merged areas: the used ranges are read alone, then its merges in bands; every one is listed once", async () => {
    const book = installFakeExcel();
    const s = fakeSheet(book, "计划", Array.from({ length: 1_200 }, (_, r) => [`第${r}行`, "", "x"]));
    const merges = Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}:B${2 * i + 2}`);
    s.merges.push(...merges);
    fakeSheet(book, "名录", [["单位名称"]]).merges.push("A1:C1");
    const read = await new OfficeHost(ALL).readSheets();
    expect([...read[0].merges!].sort()).toEqual([...merges].sort());
    expect(read[1].merges).toEqual(["A1:C1"]);
    expect(read[0].rows[1199][0]).toBe("第1199行");
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
    // Excel keeps the text, not the quote that stopped it being a formula.
    expect(ws.cells.get("2,1")).toBe('=HYPERLINK("x")');
    expect(ws.cells.get("3,1")).toBe("@注意");
    expect(ws.formats.get("2,1")).toBe("@");
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

  test("requirement sets below 1.8/1.9: plain fallback, no dropdown, no page layout", async () => {
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

  test("1,000,000 rows: body blocks under the budget, syncs grow by one per few blocks, never per row", async () => {
    const bodyOf = (n: number): SheetSpec => ({
      name: "大表",
      title: "标题",
      header: [["序号", "统一社会信用代码", "单位名称"]],
      columns: [{ width: 6, format: "integer" }, { width: 21, format: "text" }, { width: 28 }],
      body: Array.from({ length: n }, (_, i) => [i + 1, `91150200${String(i).padStart(9, "0")}X`, `单位${i}`]),
    });
    const small = installFakeExcel();
    await new OfficeHost(ALL).writeSheets([bodyOf(10)]);
    const base = small.syncs;

    const book = installFakeExcel();
    book.discardWrites = true;
    await new OfficeHost(ALL).writeSheets([bodyOf(1_000_000)]);
    const body = book.writtenBlocks.filter(([, , cols]) => cols === 3).slice(2); // after title and header
    expect(body.reduce((n, [, rows]) => n + rows, 0)).toBe(1_000_000);
    const syncsWithBody = new Set(body.map(([sync]) => sync)).size;
    // The 10-row write sends its one block with the constant syncs; every further sync carries body blocks.
    expect(book.syncs).toBe(base + syncsWithBody - 1);
    expect(syncsWithBody).toBeLessThan(body.length); // several blocks share a sync
    expect(Math.max(...book.payloads)).toBeLessThanOrEqual(REQUEST_BUDGET + 1_000_000);
    expect(Math.max(...book.payloads)).toBeLessThan(5_000_000);
  });

  test("a failing write removes the sheets it added; the old record data was never touched", async () => {
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
  test("read the sample, draw, write every sheet, read back, verify; the record is `_抽取记录数据` alone, no custom XML part", async () => {
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
    expect(book.xmlParts.filter((p) => !p.deleted && p.namespace === RECORD_XML_NAMESPACE)).toHaveLength(0);
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
