import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./run-cli";

/**
 * The tamper suite (issue #16): a result, announced with `plan`, drawn, then opened and saved again
 * by LibreOffice as an e-mailed workbook is; every sheet verify checks is then edited, has a row
 * deleted and a row added, and verify must fail naming the sheet and the cell or row.
 */
const dir = mkdtempSync(join(tmpdir(), "dr-tamper-"));
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
const SEED = "2026030112345678901234";
let resaved = "";

interface Difference {
  sheet: string;
  cell: string;
  expected: string;
  found: string;
}

beforeAll(async () => {
  const planned = join(dir, "planned.xlsx");
  expect((await cli("plan", SAMPLE, "--out", planned)).code).toBe(0);
  const drawn = join(dir, "drawn.xlsx");
  expect((await cli("draw", planned, "--seed", SEED, "--operator", "张三", "--out", drawn)).code).toBe(0);
  const lo = join(dir, "lo");
  mkdirSync(lo);
  execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "xlsx", "--outdir", lo, drawn], { stdio: "ignore", timeout: 120_000 });
  resaved = join(dir, "resaved.xlsx");
  copyFileSync(join(lo, "drawn.xlsx"), resaved);
}, 180_000);

async function edited(name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(resaved) as unknown as ArrayBuffer);
  edit(wb);
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

async function verify(path: string): Promise<{ code: number; differences: Difference[] }> {
  const r = await cli("verify", path, "--json");
  return { code: r.code, differences: JSON.parse(r.stdout).differences };
}

/** The sheet a draw wrote whose name starts with `prefix` (the dated one, not the one `plan` wrote before). */
const drawnSheet = (wb: ExcelJS.Workbook, prefix: string): ExcelJS.Worksheet => {
  const all = wb.worksheets.filter((w) => w.name.startsWith(prefix));
  return all[all.length - 1];
};
const text = (ws: ExcelJS.Worksheet, r: number, c: number): string => String(ws.getCell(r, c).text ?? "");

test("the re-saved result verifies", async () => {
  const r = await verify(resaved);
  expect(r.differences).toEqual([]);
  expect(r.code).toBe(0);
}, 60_000);

/** [sheet prefix, header row, first body row] of every sheet verify checks (rows 1-based). */
const SHEETS: [string, number][] = [
  ["抽取结果", 3],
  ["结果公示", 3],
  ["配额核验", 3],
  ["抽取记录", 3],
  ["部门内部抽查计划", 3],
];

describe.each(SHEETS)("%s", (prefix, first) => {
  test("a cell edited: exit 1, naming the cell", async () => {
    let where = "";
    let name = "";
    const path = await edited(`${prefix}-edit`, (wb) => {
      const ws = drawnSheet(wb, prefix);
      name = ws.name;
      const c = prefix === "结果公示" ? 3 : 2; // 结果公示's C is 单位名称; elsewhere B is always filled
      ws.getCell(first + 1, c).value = `${text(ws, first + 1, c)}（改）`;
      where = ws.getCell(first + 1, c).address;
    });
    const r = await verify(path);
    expect(r.code).toBe(1);
    expect(r.differences).toContainEqual(expect.objectContaining({ sheet: name, cell: where }));
  }, 60_000);

  test("a row deleted: exit 1, naming the row", async () => {
    let name = "";
    const path = await edited(`${prefix}-delete`, (wb) => {
      const ws = drawnSheet(wb, prefix);
      name = ws.name;
      ws.spliceRows(first + 1, 1);
    });
    const r = await verify(path);
    expect(r.code).toBe(1);
    expect(r.differences).toContainEqual(expect.objectContaining({ sheet: name, cell: `${first + 1}:${first + 1}`, found: "这一行被删除" }));
  }, 60_000);

  test("a row added: exit 1, naming the row", async () => {
    let name = "";
    const path = await edited(`${prefix}-add`, (wb) => {
      const ws = drawnSheet(wb, prefix);
      name = ws.name;
      ws.spliceRows(first + 1, 0, ["99", "伪造", "伪造的单位", "91150200MA00000000"]);
    });
    const r = await verify(path);
    expect(r.code).toBe(1);
    expect(r.differences).toContainEqual(expect.objectContaining({ sheet: name, cell: `${first + 1}:${first + 1}`, expected: "（无此行）" }));
  }, 60_000);
});

test("结果公示: a unit's USCC changed is named at its cell", async () => {
  let where = "";
  const path = await edited("disclosure-uscc", (wb) => {
    const ws = drawnSheet(wb, "结果公示");
    ws.getCell(4, 4).value = "91150200MA0000000X";
    where = `${ws.name}!D4`;
  });
  const r = await verify(path);
  expect(r.code).toBe(1);
  expect(r.differences.map((d) => `${d.sheet}!${d.cell}`)).toContain(where);
}, 60_000);

test("结果公示: what staff fill in (检查完成日期, 检查结果, 公示日期, 备注) is theirs: verify still passes", async () => {
  const path = await edited("disclosure-filled", (wb) => {
    const ws = drawnSheet(wb, "结果公示");
    const header = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? ""));
    ws.getCell(3, header.indexOf("检查完成日期")).value = "2026-04-01";
    ws.getCell(3, header.indexOf("检查结果")).value = "未发现问题";
    ws.getCell(3, header.indexOf("公示日期")).value = "2026-04-10";
    ws.getCell(3, header.indexOf("备注")).value = "已电话告知";
  });
  const r = await verify(path);
  expect(r.differences).toEqual([]);
  expect(r.code).toBe(0);
}, 60_000);

test("a 节假日安排 sheet added after the draw, even a wrong one, is not part of the frame: verify still passes", async () => {
  const path = await edited("holidays-after", (wb) => {
    const ws = wb.addWorksheet("节假日安排");
    ws.addRow(["日期", "放假/上班", "依据"]);
    ws.addRow(["2026-10-01", "上班", "抄错的一行"]);
  });
  const r = await verify(path);
  expect(r.differences).toEqual([]);
  expect(r.code).toBe(0);
  // quota, which uses the calendar, reports the row at its cell.
  const q = await cli("quota", path, "--json");
  expect(q.code).toBe(1);
  expect(JSON.parse(q.stdout).issues).toContainEqual(expect.objectContaining({ sheet: "节假日安排", code: "HOLIDAY_CONFLICT" }));
}, 60_000);

test("配额核验: a verdict changed is named at its cell", async () => {
  let where = "";
  const path = await edited("quota-verdict", (wb) => {
    const ws = drawnSheet(wb, "配额核验");
    ws.getCell(3, 4).value = ws.getCell(3, 4).text === "达标" ? "未达标" : "达标";
    where = `${ws.name}!D3`;
  });
  const r = await verify(path);
  expect(r.code).toBe(1);
  expect(r.differences.map((d) => `${d.sheet}!${d.cell}`)).toContain(where);
}, 60_000);

test("抽取公告: a published frame digest changed is named at its cell", async () => {
  let where = "";
  const path = await edited("announcement", (wb) => {
    const ws = wb.worksheets.find((w) => w.name.startsWith("抽取公告"))!;
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // LibreOffice saves this line as rich text (the Latin part in another font): edit its text.
        if (cell.text.startsWith("框架摘要（SHA-256") && where === "") {
          cell.value = cell.text.replace(/[0-9a-f]{64}/, "0".repeat(64));
          where = `${ws.name}!${ws.getCell(r, c).address}`;
        }
      }),
    );
  });
  const r = await verify(path);
  expect(r.code).toBe(1);
  expect(r.differences.map((d) => `${d.sheet}!${d.cell}`)).toContain(where);
}, 60_000);

test("an 抽取公告 of other tasks than any draw (a year announced, drawn in parts) is not held against the draws", async () => {
  const planned = join(dir, "planned-part.xlsx");
  expect((await cli("plan", SAMPLE, "--tasks", "2026002,2026003", "--out", planned)).code).toBe(0);
  const drawn = join(dir, "drawn-all.xlsx");
  expect((await cli("draw", planned, "--seed", SEED, "--out", drawn)).code).toBe(0);
  expect((await verify(drawn)).differences).toEqual([]);
  const part = join(dir, "drawn-part.xlsx");
  expect((await cli("draw", planned, "--seed", SEED, "--tasks", "2026002,2026003", "--out", part)).code).toBe(0);
  expect((await verify(part)).code).toBe(0);
}, 60_000);

test("quota does not count a forged 结果公示 row, nor the note under the table after a row is deleted", async () => {
  const forged = await edited("quota-forged", (wb) => {
    const ws = drawnSheet(wb, "结果公示");
    const header = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? ""));
    ws.spliceRows(3, 1);
    ws.spliceRows(3, 0, []);
    const row = ws.getRow(3);
    row.getCell(header.indexOf("单位名称")).value = "伪造的单位";
    row.getCell(header.indexOf("统一社会信用代码")).value = "91150200MA0000000X";
    row.getCell(header.indexOf("检查完成日期")).value = "2026-04-01";
    row.getCell(header.indexOf("检查结果")).value = "未发现问题";
    row.getCell(header.indexOf("公示日期")).value = "2026-04-10";
  });
  const r = await cli("quota", forged, "--json");
  const doc = JSON.parse(r.stdout);
  const complete = doc.quotas?.find((q: { rule: string }) => q.rule === "结果公示完整") ?? doc.rows?.find((q: { rule: string }) => q.rule === "结果公示完整");
  expect(complete).toBeDefined();
  // 94 units were drawn; the forged unit and the 注： line are not among them, so nothing counts as published.
  expect(complete.verdict).not.toBe("达标");
  expect(JSON.stringify(complete)).not.toContain("伪造");
  expect(complete.actual).not.toMatch(/^1\//);
}, 60_000);
