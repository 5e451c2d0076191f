import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "dr-draw-"));
const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
const MESSY = join(__dirname, "..", "..", "assets", "sample-messy.xlsx");
const SEED = "2026030112345678901234";
const out1 = join(dir, "out1.xlsx");
const sha = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");

/** A copy of `src` with one edit made through ExcelJS, as a user editing in Excel would. */
async function tampered(src: string, name: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(src) as unknown as ArrayBuffer);
  edit(wb);
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}
const sheet = (wb: ExcelJS.Workbook, prefix: string): ExcelJS.Worksheet => wb.worksheets.find((w) => w.name.startsWith(prefix))!;

describe("double-random digest", () => {
  test("prints the frame digest and strata before any seed (JSON shape of docs/cli.md)", async () => {
    const r = await cli("digest", SAMPLE, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.frameDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.algorithm).toBe("dr-2026.2");
    expect(doc.tasks.map((t: { code: string }) => t.code)).toEqual(["2026001", "2026002", "2026003", "2026004", "2026005", "包联2026001", "包联2026002"]);
    expect(doc.tasks[0]).toEqual({ code: "2026001", eligible: 292, strata: [{ key: "全部", size: 292, take: 37, rule: "largest-remainder" }] });
    const only = JSON.parse((await cli("digest", SAMPLE, "--tasks", "包联2026001", "--json")).stdout);
    expect(only.tasks).toHaveLength(1);
    expect(only.frameDigest).not.toBe(doc.frameDigest);
  });

  test("a workbook with errors: exit 1, the errors on stderr", async () => {
    const r = await cli("digest", MESSY);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("企业台账!C68");
  });
});

describe("double-random draw and verify", () => {
  let drawn: { frameDigest: string; resultDigest: string; tasks: { code: string; selected: { id: string; team: unknown[] }[] }[] };

  beforeAll(async () => {
    const before = sha(SAMPLE);
    const r = await cli("draw", SAMPLE, "--seed", "2026 0301 1234 5678 9012 34", "--operator", "张三", "--out", out1, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    drawn = JSON.parse(r.stdout);
    expect(sha(SAMPLE)).toBe(before);
  });

  test("the JSON document of docs/cli.md; the digest equals the one published before", async () => {
    expect(drawn).toMatchObject({ algorithm: "dr-2026.2", seed: SEED, out: out1 });
    const quotas = (drawn as unknown as { quotas: { rule: string; ok: boolean | null }[] }).quotas;
    expect(quotas.map((q) => q.rule)).toEqual([
      "年度抽查覆盖率下限", "信用分类抽查占比下限", "跨部门联合抽查占比下限", "联合抽查每行业最少家数", "每季度内部联合抽查最少次数",
      "每组执法人员最少人数", "同一对象年度抽查上限", "结果公示完整", "结果公示及时",
    ]);
    expect(quotas.find((q) => q.rule === "跨部门联合抽查占比下限")!.ok).toBe(true);
    expect(quotas.find((q) => q.rule === "结果公示完整")!.ok).toBeNull();
    const digest = JSON.parse((await cli("digest", SAMPLE, "--json")).stdout);
    expect(drawn.frameDigest).toBe(digest.frameDigest);
    expect(drawn.tasks[0].selected).toHaveLength(37);
    expect(drawn.tasks[0].selected[0]).toEqual({
      id: expect.stringMatching(/^9115/),
      name: expect.any(String),
      stratum: "全部",
      ticket: expect.stringMatching(/^0\.\d{64,}$/),
      team: expect.arrayContaining([expect.objectContaining({ certificate: expect.any(String), name: expect.any(String), department: "执法一大队", leader: true })]),
    });
  });

  test("the output holds the input sheets unchanged plus the plan tables, 抽取结果, 配额核验, 结果公示, 抽取记录 and the hidden record data", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out1) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => `${w.name}:${w.state}`);
    expect(names.slice(0, 6)).toEqual(["检查对象名录库:visible", "执法检查人员名录库:visible", "抽查事项清单:visible", "抽查任务:visible", "回避名单:visible", "抽查规则:visible"]);
    expect(names.slice(6).map((n) => n.replace(/\d{4}-\d{2}-\d{2}/, "D"))).toEqual([
      "部门内部抽查计划 D:visible", "部门联合抽查计划 D:visible", "随机抽查工作计划 D:visible", "抽取结果 D:visible",
      "配额核验 D:visible", "结果公示 D:visible", "抽取记录 D:visible", "_抽取记录数据:hidden",
    ]);
    const result = sheet(wb, "抽取结果");
    // dr-2026.2: the columns printed on one A4 page first (to 随机码), then the ones for the screen.
    expect((result.getRow(2).values as unknown[]).slice(1)).toEqual([
      "序号", "抽查任务编号", "单位名称", "统一社会信用代码", "行业领域", "信用风险等级", "所属区域", "检查组长", "执法人员", "专家", "随机码",
      "抽查任务名称", "地址", "抽查事项", "检查方式", "开始时间", "结束时间",
    ]);
    expect(result.pageSetup.printArea).toMatch(/^A1:K\d+$/);
    expect(String(result.getCell("A1").value)).toBe("包头市应急管理局2026年度“双随机、一公开”抽取结果");
  });

  test("verify: exit 0 and no difference", async () => {
    const r = await cli("verify", out1, "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, frameDigest: drawn.frameDigest, differences: [] });
    expect(JSON.parse(r.stdout).attempts).toEqual([expect.objectContaining({ number: 1, operator: "张三", voided: null })]);
    expect((await cli("verify", out1)).stdout).toContain("核验通过");
  });

  test.each([
    ["a drawn row", "row.xlsx", (wb: ExcelJS.Workbook) => (sheet(wb, "抽取结果").getCell("D3").value = "某某公司"), /抽取结果 .*!D3$/],
    ["a team member", "team.xlsx", (wb: ExcelJS.Workbook) => (sheet(wb, "抽取结果").getCell("K4").value = "王五（15020019999）"), /抽取结果 .*!K4$/],
    ["the visible seed", "seed.xlsx", (wb: ExcelJS.Workbook) => (sheet(wb, "抽取记录").getCell("B8").value = "1111111111111111111111"), /抽取记录 .*!B8$/],
    [
      "the recorded seed",
      "dataseed.xlsx",
      (wb: ExcelJS.Workbook) => {
        const data = wb.getWorksheet("_抽取记录数据")!;
        for (let r = 3; r <= data.rowCount; r++) {
          const c = data.getCell(r, 1);
          c.value = String(c.value).split(SEED).join("2026030112345678901235");
        }
      },
      /抽取记录 .*!B(8|10|11)$/,
    ],
    ["an input value the draw reads (digest)", "input.xlsx", (wb: ExcelJS.Workbook) => (wb.getWorksheet("检查对象名录库")!.getCell("E3").value = "D"), /抽取记录 .*!B10$/],
    ["an input value the draw reads (row)", "input2.xlsx", (wb: ExcelJS.Workbook) => (wb.getWorksheet("检查对象名录库")!.getCell("E3").value = "D"), /^检查对象名录库!3:3$/],
    ["an officer's field", "field.xlsx", (wb: ExcelJS.Workbook) => (wb.getWorksheet("执法检查人员名录库")!.getCell("E5").value = "工贸"), /^执法检查人员名录库!5:5$/],
  ])("verify fails when %s is edited, naming the cell", async (_what, name, edit, cell) => {
    const path = await tampered(out1, name, edit);
    const r = await cli("verify", path, "--json");
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    expect(report.differences.map((d: { sheet: string; cell: string }) => `${d.sheet}!${d.cell}`)).toEqual(expect.arrayContaining([expect.stringMatching(cell)]));
    const text = await cli("verify", path);
    expect(text.stdout).toContain("核验未通过");
  });

  test("a deleted result sheet or record data is reported", async () => {
    const noResult = await tampered(out1, "noresult.xlsx", (wb) => wb.removeWorksheet(sheet(wb, "抽取结果").id));
    expect((await cli("verify", noResult)).code).toBe(1);
    const noData = await tampered(out1, "nodata.xlsx", (wb) => wb.removeWorksheet(wb.getWorksheet("_抽取记录数据")!.id));
    const r = await cli("verify", noData, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).differences[0].sheet).toBe("_抽取记录数据");
    expect((await cli("verify", SAMPLE)).code).toBe(1);
  });

  test("a second draw on the output appends to the attempt log; the chain and both draws verify", async () => {
    const out2 = join(dir, "out2.xlsx");
    // Two tasks of disjoint scopes: the seed is generated, and no seed can run them short (§7.1).
    const r = await cli("draw", out1, "--generate-seed", "--tasks", "2026002,2026003", "--operator", "李四", "--out", out2, "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.seedSource).toBe("generated");
    expect(doc.seed).toMatch(/^\d{24}$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out2) as unknown as ArrayBuffer);
    const data = wb.getWorksheet("_抽取记录数据")!;
    const json = (data.getSheetValues() as unknown as unknown[][]).slice(3).map((row) => String(row[1])).join("");
    const book = JSON.parse(json);
    expect(book.log).toHaveLength(2);
    expect(book.log[0].prev).toBe("0".repeat(64));
    expect(book.log[1].prev).toMatch(/^[0-9a-f]{64}$/);
    expect(book.draws.map((d: { operator: string }) => d.operator)).toEqual(["张三", "李四"]);
    expect(wb.worksheets.filter((w) => w.name.startsWith("抽取结果"))).toHaveLength(2);
    expect((await cli("verify", out2)).code).toBe(0);
    // The earlier log line edited: the chain breaks.
    const broken = await tampered(out2, "chain.xlsx", (w) => {
      const target = '"operator":"张三","frameDigest"';
      const data = w.getWorksheet("_抽取记录数据")!;
      const cells = Array.from({ length: data.rowCount }, (_, i) => data.getCell(i + 1, 1));
      const c = cells.find((x) => String(x.value).includes(target))!;
      c.value = String(c.value).replace(target, '"operator":"赵六","frameDigest"');
    });
    const report = JSON.parse((await cli("verify", broken, "--json")).stdout);
    expect(report.differences.map((d: { cell: string }) => d.cell)).toContain("log[1].prev");
  });

  test("refusals: a workbook with errors (exit 1, nothing written), a bad seed, both seed options (exit 2)", async () => {
    const out = join(dir, "never.xlsx");
    const messy = await cli("draw", MESSY, "--seed", SEED, "--out", out);
    expect(messy.code).toBe(1);
    expect(messy.stderr).toContain("未取用随机种子");
    expect(existsSync(out)).toBe(false);
    const bad = await cli("draw", SAMPLE, "--seed", "123", "--out", out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("随机种子太短");
    expect((await cli("draw", SAMPLE, "--seed", SEED, "--generate-seed", "--out", out)).code).toBe(2);
    expect((await cli("draw", SAMPLE, "--out", out)).code).toBe(2);
    expect((await cli("draw", SAMPLE, "--seed", SEED, "--out", out1)).code).toBe(2); // exists: never overwritten
    expect(existsSync(out)).toBe(false);
  });
});

describe("the published-plan samples as saved to .xlsx", () => {
  test("assets/sample-baotou.xlsx has the frame digest of docs/draw-spec.md §7.10", async () => {
    const r = await cli("digest", join(__dirname, "..", "..", "assets", "sample-baotou.xlsx"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).frameDigest).toBe("79c1a53c0880f54c1d5f1228b35b7d973d5d2de26956b1914f8f1a1c3c9cea48");
  });
});
