import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../../src/host/file/read-xlsx";
import { cli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "dr-cli-"));

describe("double-random template", () => {
  const out = join(dir, "模板.xlsx");

  test("writes the blank sheets; validate reads each with no issue, and says the example rows alone cannot be drawn", async () => {
    const t = await cli("template", out);
    expect(t.code).toBe(0);
    expect(t.stdout).toBe("");
    const v = await cli("validate", out, "--json");
    const doc = JSON.parse(v.stdout);
    // One example officer, recused from the one example unit, cannot make a team of 2: the plan says so (issue #16).
    expect(doc.issues.map((i: { code: string }) => i.code)).toEqual(["TEAM_INFEASIBLE"]);
    expect(doc.verdict).toBe("blocked");
    expect(v.code).toBe(1);
    expect((await cli("validate", out)).stdout).toContain("结论：不能抽取");
    expect(Object.keys(doc.sheets).sort()).toEqual(["aliases", "holidays", "inspectors", "matters", "recusals", "rules", "targets", "tasks"]);
    expect(doc.sheets.aliases).toEqual({ sheet: "部门别名", headerRow: 2, rows: 1 });
    // The 2026 days of the State Council's notice, as an example of a year typed in.
    expect(doc.sheets.holidays).toEqual({ sheet: "节假日安排", headerRow: 2, rows: 39 });
    expect(doc.sheets.targets).toEqual({ sheet: "检查对象名录库", headerRow: 2, rows: 1 });
    expect(doc.sheets.rules).toEqual({ sheet: "抽查规则", headerRow: 2, rows: 12 });
  });

  test("the template's dropdowns cover the vocabulary columns", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const listOf = (sheet: string, header: string): string | undefined => {
      const ws = wb.getWorksheet(sheet)!;
      const headers = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? "").replace("*", ""));
      const col = headers.indexOf(header);
      return ws.getCell(3, col).dataValidation?.formulae?.[0];
    };
    expect(listOf("检查对象名录库", "信用风险等级")).toBe('"A,B,C,D"');
    expect(listOf("检查对象名录库", "是否重点")).toBe('"是,否"');
    expect(listOf("检查对象名录库", "状态")).toBe('"正常,停产,停业,清算,注销,吊销,撤销,迁出,关闭"');
    expect(listOf("执法检查人员名录库", "是否专家")).toBe('"是,否"');
    expect(listOf("执法检查人员名录库", "状态")).toBe('"在岗,离岗,调离,休假"');
    expect(listOf("抽查事项清单", "事项类别")).toBe('"重点检查事项,一般检查事项"');
    expect(listOf("抽查任务", "抽查类型")).toBe('"定向,不定向"');
    expect(listOf("抽查任务", "联合类型")).toBe('"部门内部,内部联合,跨部门联合"');
    expect(listOf("节假日安排", "放假/上班")).toBe('"放假,上班"');
    // Dates are written as dates.
    expect(wb.getWorksheet("节假日安排")!.getCell(3, 1).value).toEqual(new Date(Date.UTC(2026, 0, 1)));
  });

  test("refuses to overwrite an existing file unless --force", async () => {
    const r = await cli("template", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("文件已存在");
    expect((await cli("template", out, "--force")).code).toBe(0);
  });
});

describe("double-random validate", () => {
  test("errors give exit 1 and cell-addressed issues in the JSON shape of docs/cli.md", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("企业");
    ws.addRow(["企业名称", "社会信用代码", "行业"]);
    ws.addRow(["甲公司", "91350100M000100Y43", "工贸"]);
    ws.addRow(["乙公司", "91350100M000100Y43", "工贸"]);
    const path = join(dir, "bad.xlsx");
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await cli("validate", path, "--json");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.sheets.targets).toEqual({ sheet: "企业", headerRow: 1, rows: 2 });
    expect(doc.issues).toContainEqual({
      severity: "error",
      code: "DUPLICATE_USCC",
      sheet: "企业",
      cell: "B3",
      message: expect.stringContaining("企业!B3"),
    });
    const text = await cli("validate", path);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("错误  企业!B3");
    expect(text.stdout).toContain("改正后才能抽取");
  });

  test("a file that is not a workbook: exit 2 with the NOT_A_WORKBOOK error (test/cli/failures.test.ts has every kind)", async () => {
    const path = join(dir, "not.xlsx");
    writeFileSync(path, "hello");
    const r = await cli("validate", path, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("NOT_A_WORKBOOK");
  });

  test("usage errors exit 2 and print nothing on stdout", async () => {
    for (const argv of [["validate"], ["validate", "a", "b"], ["frobnicate"], ["validate", "x.xlsx", "--seed", "1"], []]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("用法");
    }
    expect(existsSync(join(dir, "missing.xlsx"))).toBe(false);
  });

  test("template output is read back through the file host unchanged in shape", async () => {
    const sheets = await readXlsx(readFileSync(join(dir, "模板.xlsx")));
    expect(sheets.map((s) => s.name)).toEqual(["检查对象名录库", "执法检查人员名录库", "抽查事项清单", "抽查任务", "回避名单", "抽查规则", "部门别名", "节假日安排"]);
  });
});
