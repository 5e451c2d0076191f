import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, onDay as on } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "dr-plan-"));
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
const SEED = "2026030112345678901234";


async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

interface QuotaDoc {
  quotas: { rule: string; required: string; actual: string; verdict: string; detail: string }[];
  issues: { severity: string; code: string; sheet: string; cell: string; message: string }[];
}

describe("double-random plan and quota", () => {
  test("plan writes the plan tables, 抽取公告 and the quota preview without drawing", async () => {
    const out = join(dir, "plan.xlsx");
    const r = await cli("plan", SAMPLE, "--out", out, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const digest = JSON.parse((await cli("digest", SAMPLE, "--json")).stdout);
    expect(doc.frameDigest).toBe(digest.frameDigest);
    expect(doc.sheets.map((n: string) => n.replace(/ \d{4}-\d{2}-\d{2}$/, ""))).toEqual(["部门内部抽查计划", "部门联合抽查计划", "随机抽查工作计划", "抽取公告", "配额核验"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.some((w) => w.name.startsWith("抽取结果"))).toBe(false);
    expect(wb.getWorksheet("_抽取记录数据")).toBeUndefined();
    const notice = wb.worksheets.find((w) => w.name.startsWith("抽取公告"))!;
    const text = (notice.getSheetValues() as unknown[][]).flat().map(String).join("\n");
    expect(text).toContain(digest.frameDigest);
    expect((await cli("plan", SAMPLE)).code).toBe(2);
  });

  test("quota after a draw: rules with verdicts, exit 1 when one is 未达标, and a 配额核验 sheet with --out", async () => {
    const drawn = join(dir, "drawn.xlsx");
    expect((await cli("draw", SAMPLE, "--seed", "2026030112345678901234", "--out", drawn)).code).toBe(0);
    const out = join(dir, "quota.xlsx");
    const r = await cli("quota", drawn, "--out", out, "--json");
    const doc = JSON.parse(r.stdout);
    const quarter = doc.quotas.find((q: { rule: string }) => q.rule === "每季度内部联合抽查最少次数");
    expect(quarter).toMatchObject({ verdict: "未达标", ok: false });
    expect(quarter.actual).toContain("2026年第1季度 0 次");
    expect(r.code).toBe(1);
    expect(doc.disclosure).toHaveLength(94);
    expect(doc.disclosure[0]).toMatchObject({ status: "未检查", deadline: null });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.filter((w) => w.name.startsWith("配额核验"))).toHaveLength(2);
    expect((await cli("verify", out)).code).toBe(0);
  });

  test.each(["2026-03-02", "2026-12-31"])("as of %s, quota on a fresh draw gives the verdicts of the draw's 配额核验, rule by rule", async (day) =>
    on(day, async () => {
      const drawn = join(dir, `fresh-${day}.xlsx`);
      expect((await cli("draw", SAMPLE, "--seed", SEED, "--out", drawn)).code).toBe(0);
      const sheet = (await load(drawn)).worksheets.find((w) => w.name.startsWith("配额核验"))!;
      const written: string[][] = [];
      for (let r = 3; r < 3 + 9; r++) written.push([1, 2, 3, 4, 5].map((c) => String(sheet.getRow(r).getCell(c).value ?? "")));
      const r = await cli("quota", drawn, "--json");
      const doc = JSON.parse(r.stdout) as QuotaDoc;
      expect(doc.issues).toEqual([]);
      expect(doc.quotas.map((q) => [q.rule, q.verdict])).toEqual(written.map((w) => [w[0], w[3]]));
      expect(doc.quotas.map((q) => [q.rule, q.required, q.actual, q.verdict, q.detail])).toEqual(written);
      // Nothing of the clerk's is filled in yet: the 结果公示 rules cannot be judged, whatever the day.
      expect(doc.quotas.filter((q) => q.rule.startsWith("结果公示")).map((q) => q.verdict)).toEqual(["无法判断", "无法判断"]);
      // The sample's own 未达标 (每季度内部联合抽查最少次数) still makes quota exit 1, as it did.
      expect(r.code).toBe(doc.quotas.some((q) => q.verdict === "未达标") ? 1 : 0);
    }),
  );

  test("a 检查结果 outside the vocabulary is an error at its cell, printed first; 结果公示及时 does not say 达标", async () =>
    on("2026-04-01", async () => {
      const drawn = join(dir, "typed-result.xlsx");
      expect((await cli("draw", SAMPLE, "--seed", SEED, "--out", drawn)).code).toBe(0);
      const wb = await load(drawn);
      const sheet = wb.worksheets.find((w) => w.name.startsWith("结果公示"))!;
      const header = (sheet.getRow(2).values as unknown[]).map(String);
      const col = (label: string): number => header.indexOf(label);
      sheet.getRow(3).getCell(col("检查完成日期")).value = "2026-03-02";
      sheet.getRow(3).getCell(col("检查结果")).value = "随便写的结果";
      sheet.getRow(3).getCell(col("公示日期")).value = "2026-03-10";
      const path = join(dir, "typed-result-filled.xlsx");
      writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
      const address = `'${sheet.name}'!${String.fromCharCode(64 + col("检查结果"))}3`;

      const text = await cli("quota", path);
      expect(text.code).toBe(1);
      const lines = text.stderr.split("\n");
      expect(lines[0]).toBe("工作簿有 1 个错误，以下配额数字可能不准确，请先改正：");
      expect(lines[1]).toContain(`${address}：检查结果“随便写的结果”不是规定的写法，请从下拉列表中选择：未发现问题、`);
      const doc = JSON.parse((await cli("quota", path, "--json")).stdout) as QuotaDoc;
      expect(doc.issues).toMatchObject([{ severity: "error", code: "DISCLOSURE_RESULT_UNKNOWN", sheet: sheet.name, cell: `${String.fromCharCode(64 + col("检查结果"))}3` }]);
      const timely = doc.quotas.find((q) => q.rule === "结果公示及时")!;
      expect(timely.verdict).toBe("无法判断");
      expect(doc.quotas.find((q) => q.rule === "结果公示完整")!.verdict).toBe("无法判断");
    }),
  );
});
