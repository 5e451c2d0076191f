import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell, SheetData } from "../../src/core/grid/cell";
import { readWorkbook } from "../../src/core/read/workbook";
import { readXlsx } from "../../src/host/file/read-xlsx";
import { MESSY_EXPECTED, messySheets } from "../../scripts/samples/messy-book";
import { SAMPLE_EXPECTED_WARNINGS, sampleSheets } from "../../scripts/samples/sample-book";
import { baotouPlanBook, qinhuangdaoPlanBook } from "../../scripts/samples/plan-books";

const asset = (name: string): Promise<SheetData[]> => readXlsx(readFileSync(join(__dirname, "..", "..", "assets", name)));
const key = (i: { severity?: string; code: string; sheet: string; cell: string }): string =>
  `${i.severity ?? "warning"} ${i.code} ${i.sheet}!${i.cell}`;

/** Blank strings and trailing blanks are not stored in .xlsx; compare what a reader can see. */
function visible(sheets: SheetData[]): { name: string; rows: Cell[][]; merges: string[] }[] {
  return sheets.map((s) => {
    const rows = s.rows.map((r) => {
      const row = r.map((v) => (v === "" ? null : v));
      while (row.length && row[row.length - 1] === null) row.pop();
      return row;
    });
    while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
    return { name: s.name, rows, merges: [...(s.merges ?? [])].sort() };
  });
}

describe("the bundled sample workbook (assets/sample.xlsx)", () => {
  test("is what the generator writes (run `npm run sample` after changing scripts/samples)", async () => {
    expect(visible(await asset("sample.xlsx"))).toEqual(visible(sampleSheets()));
  });

  test("validates with warnings only, exactly the planned ones", async () => {
    const r = readWorkbook(await asset("sample.xlsx"));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.issues.map(key).sort()).toEqual(SAMPLE_EXPECTED_WARNINGS.map(key).sort());
    expect(r.targets).toHaveLength(320);
    expect(r.inspectors).toHaveLength(47);
    expect(r.tasks.map((t) => t.jointType)).toEqual(expect.arrayContaining(["部门内部", "内部联合", "跨部门联合"]));
    expect(new Set(r.targets.map((t) => t.industry))).toEqual(new Set(["非煤矿山", "危险化学品", "工贸", "煤矿"]));
  });
});

describe("the messy copy (assets/sample-messy.xlsx)", () => {
  test("is what the generator writes", async () => {
    expect(visible(await asset("sample-messy.xlsx"))).toEqual(visible(messySheets()));
  });

  test("every planted problem is reported at its cell, and nothing else", async () => {
    const r = readWorkbook(await asset("sample-messy.xlsx"));
    expect(r.issues.map(key).sort()).toEqual(MESSY_EXPECTED.map(key).sort());
    for (const i of r.issues) expect(i.message).toMatch(/^('?[^!]+'?)!([A-Z]+\d+)：/u);
  });

  test("the mess that is not a problem is read as the clean book reads it", async () => {
    const clean = readWorkbook(await asset("sample.xlsx"));
    const messy = readWorkbook(await asset("sample-messy.xlsx"));
    const cleanByUscc = new Map(clean.targets.map((t) => [t.uscc, t]));
    let compared = 0;
    for (const t of messy.targets) {
      const c = cleanByUscc.get(t.uscc);
      if (!c || t.name !== c.name || t.industry === "") continue;
      expect({ industry: t.industry, risk: t.risk, status: t.status, key: t.key }).toEqual({ industry: c.industry, risk: c.risk, status: c.status, key: c.key });
      compared += 1;
    }
    expect(compared).toBeGreaterThan(50);
    const byCode = (code: string, rr = messy) => rr.tasks.find((t) => t.code === code)!;
    for (const t of clean.tasks) {
      const m = byCode(t.code);
      expect([m.quantity, m.start || t.start, m.end, m.initiator]).toEqual([t.quantity, t.start, t.end, t.initiator]);
    }
    expect(messy.rules).toEqual(clean.rules);
  });
});

describe.each([
  ["sample-baotou.xlsx", () => baotouPlanBook(), 3],
  ["sample-qinhuangdao.xlsx", () => qinhuangdaoPlanBook({ filled: true }), 9],
])("the plan-table sample %s", (file, generate, tasks) => {
  test("is what the generator writes", async () => {
    expect(visible(await asset(file))).toEqual(visible(generate()));
  });

  test("reads with no error, every plan table a task sheet of its own", async () => {
    const r = readWorkbook(await asset(file));
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.tasks).toHaveLength(tasks);
    expect(r.taskSheets.length).toBe(2);
  });
});
