import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, onDay as on } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "dr-holidays-"));
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");


interface QuotaDoc {
  quotas: { rule: string; verdict: string; actual: string; detail: string }[];
  disclosure: { row: number; deadline: string | null; status: string; note: string }[];
  issues: { code: string; sheet: string; cell: string; message: string }[];
}

/**
 * The sample drawn, its first 结果公示 row filled in: completed 2026-12-20 (20 working days run into
 * 2027), published 2027-01-15; with a 节假日安排 sheet of the rows given, if any.
 */
async function book(name: string, holidays: string[][] | null): Promise<{ path: string; sheet: string }> {
  const drawn = join(dir, "drawn.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(drawn) as unknown as ArrayBuffer);
  const sheet = wb.worksheets.find((w) => w.name.startsWith("结果公示"))!;
  const header = (sheet.getRow(2).values as unknown[]).map(String);
  const col = (label: string): number => header.indexOf(label);
  sheet.getRow(3).getCell(col("检查完成日期")).value = "2026-12-20";
  sheet.getRow(3).getCell(col("检查结果")).value = "未发现问题";
  sheet.getRow(3).getCell(col("公示日期")).value = "2027-01-15";
  if (holidays) {
    const ws = wb.addWorksheet("节假日安排");
    ws.addRow(["日期", "放假/上班", "依据"]);
    for (const r of holidays) ws.addRow(r);
  }
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return { path, sheet: sheet.name };
}

const NOTICE = "国务院办公厅关于2027年部分节假日安排的通知";

describe("quota with a deadline in 2027, a year the built-in calendar lacks (issue #16)", () => {
  beforeAll(() => on("2026-12-01", async () => {
    expect((await cli("draw", SAMPLE, "--seed", "2026030112345678901234", "--out", join(dir, "drawn.xlsx"))).code).toBe(0);
  }));

  test("without 节假日安排: no deadline is guessed; the row and 结果公示及时 are 无法判断, saying why", () =>
    on("2027-02-01", async () => {
      const { path, sheet } = await book("bare.xlsx", null);
      const doc = JSON.parse((await cli("quota", path, "--json")).stdout) as QuotaDoc;
      expect(doc.issues).toEqual([]);
      expect(doc.disclosure[0]).toMatchObject({ row: 3, deadline: null, status: "无法判断" });
      expect(doc.disclosure[0].note).toContain("2027 年的节假日安排不在日历数据中");
      const timely = doc.quotas.find((q) => q.rule === "结果公示及时")!;
      expect(timely.verdict).toBe("无法判断");
      expect(timely.detail).toContain(`${sheet}!3:3`);
      expect(timely.detail).toContain("请按国务院办公厅公布的 2027 年节假日安排，在“节假日安排”表中逐日填写");
      const text = await cli("quota", path);
      expect(text.stdout).toContain(`无法判断  ${sheet}!3:3`);
      expect(text.stdout).toContain("截止 2027 年的节假日安排不在日历数据中");
    }));

  test("with 2027 in 节假日安排: the deadline is worked out on it", () =>
    on("2027-02-01", async () => {
      const { path } = await book("with-2027.xlsx", [["2027-01-01", "放假", NOTICE], ["2027-02-06", "上班", NOTICE]]);
      const r = await cli("quota", path, "--json");
      const doc = JSON.parse(r.stdout) as QuotaDoc;
      expect(doc.issues).toEqual([]);
      // 2027-01-01 off: the 20th working day after 2026-12-20 is 2027-01-18.
      expect(doc.disclosure[0]).toMatchObject({ row: 3, deadline: "2027-01-18", status: "按期" });
      expect(doc.quotas.find((q) => q.rule === "结果公示及时")).toMatchObject({ verdict: "达标", actual: "按期 1 行" });
      const validate = JSON.parse((await cli("validate", path, "--json")).stdout);
      expect(validate.sheets.holidays).toEqual({ sheet: "节假日安排", headerRow: 1, rows: 2 });
    }));

  test("a row against the built-in calendar is an error at its cell, printed first", () =>
    on("2027-02-01", async () => {
      const { path } = await book("conflict.xlsx", [["2026-10-01", "上班", "国办发明电"], ["2027-01-01", "放假", NOTICE]]);
      const text = await cli("quota", path);
      expect(text.code).toBe(1);
      const lines = text.stderr.split("\n");
      expect(lines[0]).toBe("工作簿有 1 个错误，以下配额数字可能不准确，请先改正：");
      expect(lines[1]).toContain("节假日安排!B2：2026-10-01（星期四）按国务院办公厅公布的安排（已内置）是放假日，这里写的是“上班”");
    }));
});
