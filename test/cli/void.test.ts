import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./run-cli";

/** Re-draws and 作废 (issue #16): every attempt is numbered where it is published, and a discarded one stays in the log. */
const dir = mkdtempSync(join(tmpdir(), "dr-void-"));
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
const first = join(dir, "first.xlsx");
const second = join(dir, "second.xlsx");
const voided = join(dir, "voided.xlsx");
const third = join(dir, "third.xlsx");

async function sheetNotes(path: string, prefix: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const all = wb.worksheets.filter((w) => w.name.startsWith(prefix));
  const ws = all[all.length - 1];
  const out: string[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).text;
    if (v.startsWith("注") || v.startsWith("本次为")) out.push(v);
  });
  return out;
}

async function recordBook(path: string): Promise<{ log: { voids?: number; kept: boolean }[]; draws: { attempt?: number }[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  const data = wb.getWorksheet("_抽取记录数据")!;
  return JSON.parse((data.getSheetValues() as unknown as unknown[][]).slice(3).map((row) => String(row[1])).join(""));
}

beforeAll(async () => {
  expect((await cli("draw", SAMPLE, "--seed", "2026030112345678901234", "--operator", "张三", "--out", first)).code).toBe(0);
  expect((await cli("draw", first, "--seed", "2026030199999999999999", "--tasks", "2026002,2026003", "--operator", "李四", "--out", second)).code).toBe(0);
}, 120_000);

test("抽取结果 and draw's report say which attempt this is, with the earlier ones", async () => {
  expect((await sheetNotes(first, "抽取结果")).some((n) => n === "本次为本工作簿的第 1 次抽取，此前没有抽取。")).toBe(true);
  const notes = await sheetNotes(second, "抽取结果");
  expect(notes.find((n) => n.startsWith("本次为"))).toMatch(/^本次为本工作簿的第 2 次抽取。此前的抽取：第 1 次抽取 \S+ 张三，保留，结果摘要 [0-9a-f]{12}…。$/);
  const r = await cli("verify", second);
  expect(r.stdout).toContain("本工作簿共有 2 次抽取：");
  expect(r.stdout).toMatch(/第 2 次抽取 \S+ 李四，保留/);
  const json = JSON.parse((await cli("verify", second, "--json")).stdout);
  expect(json.attempts.map((a: { number: number; operator: string }) => [a.number, a.operator])).toEqual([[1, "张三"], [2, "李四"]]);
}, 60_000);

test("作废: the attempt stays in the log and its sheets stay; it no longer counts; everything still verifies", async () => {
  const r = await cli("void", second, "--attempt", "1", "--reason", "见证人未到场时误抽", "--operator", "王五", "--out", voided, "--json");
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ attempt: 1, operator: "王五", reason: "见证人未到场时误抽" });
  const book = await recordBook(voided);
  expect(book.log).toHaveLength(3);
  expect(book.log[2]).toMatchObject({ voids: 1, kept: false });
  expect(book.draws).toHaveLength(2);
  const v = await cli("verify", voided, "--json");
  expect(JSON.parse(v.stdout)).toMatchObject({ ok: true, differences: [] });
  expect(JSON.parse(v.stdout).attempts[0].voided).toMatchObject({ operator: "王五", reason: "见证人未到场时误抽" });
  expect((await cli("verify", voided)).stdout).toMatch(/第 1 次抽取 \S+ 张三，已作废（\S+，王五：见证人未到场时误抽）/);

  // A units drawn only by the voided attempt is no longer near its cap: the quota report counts the kept draws only.
  const before = JSON.parse((await cli("quota", second, "--json")).stdout);
  const after = JSON.parse((await cli("quota", voided, "--json")).stdout);
  const coverage = (doc: { quotas?: { rule: string; actual: string }[]; rows?: { rule: string; actual: string }[] }) => (doc.quotas ?? doc.rows)!.find((q) => q.rule === "年度抽查覆盖率下限")!.actual;
  expect(coverage(after)).not.toBe(coverage(before));

  // A draw after the 作废 is the third attempt and says the first was voided.
  expect((await cli("draw", voided, "--seed", "2026030188888888888888", "--tasks", "2026004", "--operator", "赵六", "--out", third)).code).toBe(0);
  expect((await sheetNotes(third, "抽取结果")).find((n) => n.startsWith("本次为"))).toMatch(/第 3 次抽取。此前的抽取：第 1 次抽取 .*已作废（.*见证人未到场时误抽）.*；第 2 次抽取 /);
  expect((await cli("verify", third)).code).toBe(0);
}, 120_000);

test("the 作废记录 sheet is verified like every published sheet", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(voided) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((w) => w.name.startsWith("抽取作废记录"))!;
  const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(r, 1).text === "作废原因")!;
  ws.getCell(row, 2).value = "另一个理由";
  const path = join(dir, "void-edited.xlsx");
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  const r = JSON.parse((await cli("verify", path, "--json")).stdout);
  expect(r.ok).toBe(false);
  expect(r.differences).toContainEqual(expect.objectContaining({ sheet: ws.name, cell: `B${row}`, expected: "见证人未到场时误抽", found: "另一个理由" }));
}, 60_000);

test("refusals: an attempt that does not exist or is already voided (exit 1, nothing written); no reason (exit 2)", async () => {
  const out = join(dir, "never.xlsx");
  const missing = await cli("void", second, "--attempt", "5", "--reason", "x", "--out", out, "--json");
  expect(missing.code).toBe(1);
  expect(JSON.parse(missing.stdout).error).toMatchObject({ code: "VOID_REFUSED", message: expect.stringContaining("没有第 5 次抽取") });
  const twice = await cli("void", voided, "--attempt", "1", "--reason", "x", "--out", out);
  expect(twice.code).toBe(1);
  expect(twice.stderr).toContain("已于");
  expect((await cli("void", second, "--attempt", "1", "--out", out)).code).toBe(2);
  expect((await cli("void", second, "--attempt", "0", "--reason", "x", "--out", out)).code).toBe(2);
  expect((await cli("void", SAMPLE, "--attempt", "1", "--reason", "x", "--out", out)).code).toBe(1);
}, 60_000);
