import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./run-cli";

/**
 * Issue #16 through a real .xlsx: a cell longer than Excel holds and a number out of range are
 * errors at their cells in `validate --json`, and `draw` stops before the seed with nothing written.
 */
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
const SEED = "2026030112345678901234";
const dir = mkdtempSync(join(tmpdir(), "dr-limits-"));

interface Issue {
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  message: string;
}

let book: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  // 地址 of the first target (G3) and 每组人数 of the first task (R2).
  wb.getWorksheet("检查对象名录库")!.getCell("G3").value = "包头市".repeat(13_334); // 40,002 characters
  wb.getWorksheet("抽查任务")!.getCell("R2").value = -2;
  book = join(dir, "超长与越界.xlsx");
  await wb.xlsx.writeFile(book);
});

test("validate names both cells and says what is wrong", async () => {
  const r = await cli("validate", book, "--json");
  expect(r.code).toBe(1);
  const issues = (JSON.parse(r.stdout) as { issues: Issue[] }).issues.filter((i) => i.code === "TEXT_TOO_LONG" || i.code === "VALUE_OUT_OF_RANGE");
  expect(issues).toEqual([
    {
      severity: "error",
      code: "TEXT_TOO_LONG",
      sheet: "检查对象名录库",
      cell: "G3",
      message: "检查对象名录库!G3：“地址”有 40,002 个字符，超过 Excel 单元格上限 32,767 个字符，抽取结果无法写出；请缩短到 32,767 个字符以内。",
    },
    { severity: "error", code: "VALUE_OUT_OF_RANGE", sheet: "抽查任务", cell: "R2", message: "抽查任务!R2：每组人数“-2”超出范围：每组至少 2 人。" },
  ]);
});

test("draw stops before the seed and writes nothing", async () => {
  const r = await cli("draw", book, "--seed", SEED, "--json");
  expect(r.code).toBe(1);
  expect(JSON.parse(r.stdout).error.code).toBe("WORKBOOK_HAS_ERRORS");
  expect(readdirSync(dir)).toEqual(["超长与越界.xlsx"]);
});
