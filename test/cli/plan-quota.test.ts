import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "dr-plan-"));
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");

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
});
