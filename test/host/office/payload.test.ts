/**
 * Issue #17, item 2: Excel on the web's 5 MB, both ways. Every request and response is counted
 * by the fake (custom XML parts included); reading sizes each sheet's blocks from its own cells,
 * so `_抽取记录数据`'s 30,000-character cells never come back in one response over 5 MB; the
 * record is written to the sheet only — the custom XML part earlier versions wrote is removed.
 */
import { recordBookFromRows, recordBookToRows, emptyRecordBook } from "../../../src/core/draw/record";
import { recordDataSheet } from "../../../src/core/sheets/record-sheet";
import { OfficeHost, RECORD_XML_NAMESPACE } from "../../../src/host/office/office-host";
import type { Features } from "../../../src/host/office/requirements";
import { fakeSheet, generatedSheet, installFakeExcel } from "./fake-excel";

const ALL: Features = { dataValidation: true, pageLayout: true, mergedAreas: true, customXml: true };
const LIMIT = 5_000_000;

/** A record book whose JSON is about `chars` characters, mostly CJK text with quotes (3 bytes a character, quotes escaped in a response). */
function bigBook(chars: number) {
  const note = Array.from({ length: Math.ceil(chars / 40) }, (_, i) => `第${i}次“抽取”说明：包头市应急管理局"双随机"记录'`).join("");
  return { ...emptyRecordBook(), note: note.slice(0, chars) };
}

describe("Excel on the web's 5 MB, both ways (issue #17, item 2)", () => {
  test("reading: a roster of short cells, then _抽取记录数据 with 250 cells of 30,000 characters — every response under 5 MB", async () => {
    const book = installFakeExcel();
    generatedSheet(book, "名录", 5_000, 4, (r, c) => (r === 0 ? ["单位名称", "代码", "行业", "等级"][c] : [`单位${r}`, `C${r}`, "化工", "A"][c]));
    const rows = recordBookToRows(bigBook(250 * 30_000) as never);
    fakeSheet(book, "_抽取记录数据", rows);
    const read = await new OfficeHost(ALL).readSheets();
    expect(Math.max(...book.responses)).toBeLessThan(LIMIT);
    expect(read[1].rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(recordBookFromRows(read[1].rows)).toMatchObject({ ok: true });
  });

  test("reading: long cells that start after a sheet's first rows — a batch Excel refuses as over 5 MB is read again in halves", async () => {
    const book = installFakeExcel();
    const long = (r: number): string => `${r}`.padEnd(30_000, "长");
    generatedSheet(book, "备注", 400, 2, (r, c) => (c === 0 ? `第${r}行` : r < 100 ? "短" : long(r)));
    const [sheet] = await new OfficeHost(ALL).readSheets();
    expect(sheet.rows).toHaveLength(400);
    expect(sheet.rows[399][1]).toBe(long(399));
    expect(sheet.rows[150][0]).toBe("第150行");
    // Every response Excel answered stayed under the limit; the refused ones were read again.
    const answered = book.responses.filter((n) => n <= LIMIT);
    expect(answered.length).toBeLessThan(book.responses.length);
  });

  test("writing a record book of 5.5 MB: the cells go in requests under 5 MB, no custom XML part; a part earlier versions wrote is removed", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "名录", [["单位名称"], ["甲"]]);
    book.xmlParts.push({ namespace: RECORD_XML_NAMESPACE, xml: `<record xmlns="${RECORD_XML_NAMESPACE}">{}</record>`, deleted: false });
    const record = bigBook(1_900_000) as never;
    await new OfficeHost(ALL).writeSheets([recordDataSheet(record)]);
    expect(Math.max(...book.payloads)).toBeLessThan(LIMIT);
    expect(book.xmlParts.filter((p) => !p.deleted)).toEqual([]);
    const back = await new OfficeHost(ALL).readSheets();
    expect(recordBookFromRows(back.find((s) => s.name === "_抽取记录数据")!.rows)).toEqual({ ok: true, book: record });
  });
});
