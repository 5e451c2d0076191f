/**
 * The fake Excel itself: each rule it holds the office host to, as the documentation says
 * (the pages are cited in test/host/office/fake/*.ts and docs/architecture.md).
 */
import { fakeSheet, installFakeExcel, type FakeBook } from "./fake-excel";

/** A batch in the fake, typed loosely: the tests drive the proxies as the host would. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Ctx = any;
const run = <T>(book: FakeBook, batch: (ctx: Ctx) => Promise<T>, options: { delayForCellEdit?: boolean } = {}): Promise<T> =>
  (globalThis as unknown as { Excel: { run: (o: unknown, b: unknown) => Promise<T> } }).Excel.run(options, batch);
const code = async (p: Promise<unknown>): Promise<string> => p.then(() => "ok", (e: { code?: string }) => e.code ?? String(e));

describe("the fake Excel", () => {
  test("statements apply only at sync, in order; a batch stops at its first failing statement", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", [["a"]]);
    await run(book, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("表");
      ws.getRange("A2").values = [["b"]];
      expect(book.sheet("表")!.cells.get("1,0")).toBeUndefined(); // queued, not applied
      ctx.workbook.worksheets.getItem("没有").delete(); // fails at sync: ItemNotFound
      ws.getRange("A3").values = [["c"]];
      expect(await code(ctx.sync())).toBe("ItemNotFound");
    });
    expect(book.sheet("表")!.cells.get("1,0")).toBe("b");
    expect(book.sheet("表")!.cells.get("2,0")).toBeUndefined();
  });

  test("a property read before load + sync throws PropertyNotLoaded", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", [["a"]]);
    await run(book, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const range = sheets.getItem("表").getRange("A1");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.values).toEqual([["a"]]);
      expect(() => range.format.columnWidth).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  test("text that would not stay text in a General cell is refused; after \"@\" it stays; a leading ' is not kept", async () => {
    for (const text of ["00123", "5%", "100%", "1E5", "12.50", "1,234", "2026-03-01", "2026/3/1", "2026年3月1日", "3月1日", "TRUE", "false", "10:30"]) {
      const book = installFakeExcel();
      fakeSheet(book, "表", []);
      const refused = await run(book, async (ctx) => {
        ctx.workbook.worksheets.getItem("表").getRange("A1").values = [[text]];
        return code(ctx.sync());
      });
      expect([text, refused]).toEqual([text, "InvalidArgument"]);
      await run(book, async (ctx) => {
        const cell = ctx.workbook.worksheets.getItem("表").getRange("A1");
        cell.numberFormat = [["@"]];
        cell.values = [[text]];
        ctx.workbook.worksheets.getItem("表").getRange("B1").values = [[`'${text}`]];
        await ctx.sync();
      });
      expect([book.sheet("表")!.cells.get("0,0"), book.sheet("表")!.cells.get("0,1")]).toEqual([text, text]);
    }
    const book = installFakeExcel();
    fakeSheet(book, "表", []);
    expect(await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1").values = [["=SUM(1)"]];
      return code(ctx.sync());
    })).toBe("InvalidArgument");
    await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1:C1").values = [["单位名称", 12, "''引号"]];
      await ctx.sync();
    });
    expect([0, 1, 2].map((c) => book.sheet("表")!.cells.get(`0,${c}`))).toEqual(["单位名称", 12, "'引号"]);
  });

  test("request and response bytes are counted, custom XML parts included; over 5 MB Excel on the web refuses", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", []);
    expect(await run(book, async (ctx) => {
      ctx.workbook.customXmlParts.add(`<r xmlns="urn:x">${"x".repeat(5_000_000)}</r>`);
      return code(ctx.sync());
    })).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.xmlParts).toEqual([]);
    await run(book, async (ctx) => {
      ctx.workbook.customXmlParts.add(`<r xmlns="urn:x">${"中".repeat(1_000_000)}</r>`);
      await ctx.sync();
    });
    expect(book.payloads.at(-1)).toBeGreaterThan(3_000_000);
    const big = "长".repeat(30_000);
    fakeSheet(book, "大", Array.from({ length: 60 }, () => [big]));
    expect(await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("大").getRange("A1:A60").load("values");
      return code(ctx.sync());
    })).toBe("ResponsePayloadSizeLimitExceeded");
    expect(book.responses.at(-1)).toBeGreaterThan(5_000_000);
  });

  test("Excel's sheet-name rules, 409 pt rows, 32,767-character cells", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", []);
    for (const name of ["", "x".repeat(32), "a/b", "a:b", "'a", "a'", "History", "表"]) {
      expect([name, await run(book, async (ctx) => {
        ctx.workbook.worksheets.add(name);
        return code(ctx.sync());
      })]).toEqual([name, name === "表" ? "ItemAlreadyExists" : "InvalidArgument"]);
    }
    expect(await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("1:1").format.rowHeight = 410;
      return code(ctx.sync());
    })).toBe("InvalidArgument");
    expect(await run(book, async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("表").getRange("A1");
      cell.numberFormat = [["@"]];
      cell.values = [["字".repeat(32_768)]];
      return code(ctx.sync());
    })).toBe("InvalidArgument");
    expect(await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1").values = [["'" + "字".repeat(32_767)]];
      return code(ctx.sync());
    })).toBe("ok");
  });

  test("merged areas: those whose top-left cell is in the range; more than 512 and the call fails", async () => {
    const book = installFakeExcel();
    const s = fakeSheet(book, "表", [["a"]]);
    s.merges.push("A1:B2", "B3:D3", "E9:F10");
    const areas = await run(book, async (ctx) => {
      const merged = ctx.workbook.worksheets.getItem("表").getRange("B2:D8").getMergedAreasOrNullObject();
      merged.load("areas/items/address");
      await ctx.sync();
      return merged.areas.items.map((a: { address: string }) => a.address);
    });
    expect(areas).toEqual(["'表'!B3:D3"]);
    s.merges.push(...Array.from({ length: 513 }, (_, i) => `A${20 + i * 2}:B${20 + i * 2}`));
    expect(await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1:B2000").getMergedAreasOrNullObject().load("areas/items/address");
      return code(ctx.sync());
    })).toBe("GeneralException");
  });

  test("a VeryHidden sheet cannot be deleted until it is hidden or visible", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", []);
    fakeSheet(book, "藏", []).visibility = "VeryHidden";
    expect(await run(book, async (ctx) => {
      ctx.workbook.worksheets.getItem("藏").delete();
      return code(ctx.sync());
    })).toBe("InvalidOperation");
    await run(book, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("藏");
      ws.visibility = "Hidden";
      ws.delete();
      await ctx.sync();
    });
    expect(book.sheets.map((x) => x.name)).toEqual(["表"]);
  });

  test("cell-edit mode: a batch fails, or waits when the run asked delayForCellEdit and the build honours it", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", []);
    book.cellEditMode = true;
    const write = (ctx: Ctx) => {
      ctx.workbook.worksheets.getItem("表").getRange("A1").values = [["a"]];
      return ctx.sync();
    };
    expect(await code(run(book, write))).toBe("InvalidOperationInCellEditMode");
    book.honoursDelayForCellEdit = false;
    expect(await code(run(book, write, { delayForCellEdit: true }))).toBe("InvalidOperationInCellEditMode");
    book.honoursDelayForCellEdit = true;
    const waiting = run(book, write, { delayForCellEdit: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(book.delayedSyncs).toBe(1);
    expect(book.sheet("表")!.cells.get("0,0")).toBeUndefined();
    book.leaveCellEdit();
    await waiting;
    expect(book.sheet("表")!.cells.get("0,0")).toBe("a");
  });

  test("another workbook takes focus: add, delete, activate fail as documented, anything else with InactiveWorkbook", async () => {
    const book = installFakeExcel();
    fakeSheet(book, "表", []);
    book.focusElsewhere = true;
    const tried = async (f: (ctx: Ctx) => void) => run(book, async (ctx) => (f(ctx), code(ctx.sync())));
    expect(await tried((ctx) => ctx.workbook.worksheets.add("新"))).toBe("GeneralException");
    expect(await tried((ctx) => ctx.workbook.worksheets.getItem("表").delete())).toBe("InvalidSelection");
    expect(await tried((ctx) => ctx.workbook.worksheets.getItem("表").activate())).toBe("GeneralException");
    expect(await tried((ctx) => (ctx.workbook.worksheets.getItem("表").name = "改"))).toBe("InactiveWorkbook");
    expect(await tried((ctx) => ctx.workbook.worksheets.load("items/name"))).toBe("InactiveWorkbook");
    book.focusElsewhere = false;
    expect(await tried((ctx) => (ctx.workbook.worksheets.getItem("表").name = "改"))).toBe("ok");
  });
});
