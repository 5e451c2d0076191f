/**
 * Issue #17, items 5–9 on the Excel side: text stays text (every text cell "@", a leading ' or
 * = + - quoted once more), rows at most 409 pt, Office error codes in Chinese with what to do,
 * column widths in the workbook's own units, merges before fills and borders, charts beside
 * their table.
 */
import { emptyRecordBook, recordBookFromRows, recordBookToRows } from "../../../src/core/draw/record";
import { recordDataSheet } from "../../../src/core/sheets/record-sheet";
import type { SheetSpec } from "../../../src/core/sheets/sheet-spec";
import { OfficeHost } from "../../../src/host/office/office-host";
import type { Features } from "../../../src/host/office/requirements";
import { fakeSheet, installFakeExcel, type FakeBook } from "./fake-excel";

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };

/** Text Excel would turn into a number, date, percentage or boolean, or take as a formula or a quote. */
const TYPED = ["00123", "5%", "100%", "1E5", "2026-03-01", "2026/3/1", "2026年3月1日", "TRUE", "false", "1,234", "'引号开头", "''两个引号", "=SUM(A1)", "+86 123", "-", "@注意"];

const spec: SheetSpec = {
  name: "文本",
  title: "2026",
  header: [["序号", "名称", "面积", "备注"]],
  columns: [{ width: 6, format: "integer" }, { width: 20 }, { width: 12, format: "date" }, { width: 30, format: "general" }],
  body: TYPED.map((t, i) => [i + 1, t, t, `${t}`]),
  notes: ["100%"],
  sections: [{ caption: "2026-03-01", header: ["00123", "TRUE"], body: [["5%", "'甲"], ["1E5", 3]] }],
};

async function writeAndRead(specs: SheetSpec[], book: FakeBook = installFakeExcel()) {
  await new OfficeHost(ALL).writeSheets(specs);
  return { book, sheets: await new OfficeHost(ALL).readSheets() };
}

describe("text stays text (items 5 and 7)", () => {
  test("numbers-, dates-, percent-, boolean- and formula-looking text in every part of a sheet reads back as written", async () => {
    const { sheets } = await writeAndRead([spec]);
    const rows = sheets[0].rows;
    expect(rows[0][0]).toBe("2026");
    expect(rows[1]).toEqual(["序号", "名称", "面积", "备注"]);
    // A date column takes an ISO date as a date (a serial number); any other text stays text there too.
    TYPED.forEach((t, i) => expect([t, rows[2 + i]]).toEqual([t, [i + 1, t, t === "2026-03-01" ? 46082 : t, t]]));
    const notes = 2 + TYPED.length;
    expect(rows[notes][0]).toBe("100%");
    expect(rows[notes + 2][0]).toBe("2026-03-01");
    expect(rows[notes + 3].slice(0, 2)).toEqual(["00123", "TRUE"]);
    expect(rows[notes + 4].slice(0, 2)).toEqual(["5%", "'甲"]);
    expect(rows[notes + 5].slice(0, 2)).toEqual(["1E5", 3]);
  });

  test("a record chunk that starts with ' reads back whole: the record book parses to what was written", async () => {
    const base = JSON.stringify(emptyRecordBook());
    // Put a ' exactly where the second 30,000-character chunk starts.
    const pad = "记".repeat(30_000 - base.length - '"pad":"'.length);
    const book = { ...emptyRecordBook(), pad: `${pad}'引号'在块首` };
    const rows = recordBookToRows(book as never);
    expect(String(rows[3][0]).startsWith("'")).toBe(true);
    const { sheets } = await writeAndRead([recordDataSheet(book as never)]);
    expect(recordBookFromRows(sheets[0].rows)).toEqual({ ok: true, book });
  });
});

describe("rows at most 409 pt (item 6)", () => {
  test("a body cell long enough for a row over 409 pt is written at 409", async () => {
    const tall: SheetSpec = { name: "高", header: [["事项"]], columns: [{ width: 10 }], body: [["很长的事项清单。".repeat(400)]] };
    const book = installFakeExcel();
    await new OfficeHost(ALL).writeSheets([tall]);
    expect(Math.max(...book.sheet("高")!.rowHeights.values())).toBe(409);
  });
});

describe("Office error codes in Chinese, saying what to do (item 8)", () => {
  const failing = (_book: FakeBook) => new OfficeHost(ALL).readSheets().then(() => "", (e: Error) => e.message);

  test("reading while the clerk edits a cell (a build that ignores delayForCellEdit)", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", [["a"]]);
    book.honoursDelayForCellEdit = false;
    book.cellEditMode = true;
    expect(await failing(book)).toBe("Excel 正在编辑单元格，不能同时写入或读取：请按 Enter 或 Esc 结束单元格编辑，写入完成前不要再点进单元格，然后再试一次（Excel 错误代码 InvalidOperationInCellEditMode）");
  });

  test("another workbook took focus", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", [["a"]]);
    book.focusElsewhere = true;
    expect(await failing(book)).toMatch(/^写入或读取时另一个工作簿到了前台.*请切回此工作簿.*InactiveWorkbook/);
  });

  test("a response over Excel on the web's 5 MB that cannot be split (one row of 200 long cells)", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "宽", [Array.from({ length: 200 }, () => "宽".repeat(30_000))]);
    expect(await failing(book)).toMatch(/^Excel 一次要送回的数据超过了 Excel 网页版 5 MB 的上限：请改用 Excel 桌面版.*ResponsePayloadSizeLimitExceeded/);
  });

  test("an internal error, and a code without its own text: never the code alone", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", [["a"]]);
    book.failAtSync = 1;
    expect(await failing(book)).toMatch(/^Excel 处理时出现内部错误：请保存工作簿，关闭后重新打开再试.*（Excel 错误代码 GeneralException：GeneralException \(injected\)）$/);
    book.failAtSync = null;
    book.refuseStatement = { api: "WorksheetCollection.load", skip: 0 };
    expect(await failing(book)).toMatch(/^Excel 处理时出现内部错误/);
    const { officeErrorText } = await import("../../../src/host/office/messages");
    expect(officeErrorText({ code: "FilteredRangeConflict", message: "x" })).toMatch(/^Excel 拒绝了这次操作：请再试一次.*FilteredRangeConflict：x/);
  });
});

describe("what a written sheet looks like (item 9)", () => {
  const plan: SheetSpec = {
    name: "计划",
    title: "抽查计划",
    header: [
      ["序号", "抽查项目", "", "备注"],
      ["", "类别", "事项", ""],
    ],
    headerMerges: ["A1:A2", "B1:C1", "D1:D2"],
    columns: [{ width: 6, format: "integer" }, { width: 10 }, { width: 30 }, { width: 12 }],
    body: [[1, "安全", "检查", ""]],
    notes: ["注：说明"],
  };

  test("column widths in points, in this workbook's own width unit: 5.25 pt under Calibri 11, 6 pt under a CJK Normal font", async () => {
    const calibri = installFakeExcel();
    await new OfficeHost(ALL).writeSheets([plan]);
    expect([...calibri.sheet("计划")!.columnWidths.values()]).toEqual([6 * 5.25, 10 * 5.25, 30 * 5.25, 12 * 5.25]);
    const cjk = installFakeExcel();
    cjk.normalStyle = { standardWidth: 8.38, columnPoints: 54 }; // 72 px: 8 px digits
    await new OfficeHost(ALL).writeSheets([plan]);
    expect([...cjk.sheet("计划")!.columnWidths.values()]).toEqual([36, 60, 180, 72]);
  });

  test("merges come before any fill or border on their cells", async () => {
    const book = installFakeExcel();
    await new OfficeHost(ALL).writeSheets([plan]);
    const ops = book.sheet("计划")!.ops;
    const merges = ops.filter((o) => o.startsWith("merge "));
    expect(merges).toEqual(["merge A1:D1", "merge A2:A3", "merge B2:C2", "merge D2:D3", "merge A5:D5"]);
    const firstFill = ops.findIndex((o) => o.startsWith("fill ") || o.startsWith("border-"));
    const lastHeaderMerge = ops.indexOf("merge D2:D3");
    expect(lastHeaderMerge).toBeLessThan(firstFill);
  });

  test("a chart beside its table: one column to the right, level with its header", async () => {
    const quota: SheetSpec = {
      name: "配额",
      header: [["规则", "结论"]],
      columns: [{ width: 20 }, { width: 10 }],
      body: [["覆盖率", "达标"]],
      sections: [{ caption: "分层", header: ["行业", "应抽", "实抽"], body: [["化工", 3, 3], ["矿山", 2, 2]] }],
      chart: { section: 0, title: "应抽与实抽" },
    };
    const book = installFakeExcel();
    await new OfficeHost(ALL).writeSheets([quota]);
    // Caption on row 4 (after the body's row 2 and a blank row 3), the table's header on row 5, columns A–C.
    expect(book.sheet("配额")!.charts).toEqual([{ type: "ColumnClustered", source: "A5:C7", title: "应抽与实抽", position: ["E5", null] }]);
  });
});

describe("empty cells keep their column's format", () => {
  test("a date column's empty cells stay dates for staff to fill in; its text cells are \"@\"", async () => {
    const book = installFakeExcel();
    const disclosure: SheetSpec = {
      name: "结果公示",
      header: [["单位名称", "公示日期"]],
      columns: [{ width: 20 }, { width: 12, format: "date" }],
      body: [["甲公司", null], ["乙公司", "待定"]],
    };
    await new OfficeHost(ALL).writeSheets([disclosure]);
    const ws = book.sheet("结果公示")!;
    expect([ws.formats.get("1,0"), ws.formats.get("1,1"), ws.formats.get("2,1")]).toEqual(["@", 'yyyy"年"m"月"d"日"', "@"]);
  });
});
