import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetData } from "../../src/core/grid/cell";
import { sampleSheets, SHEET } from "../../scripts/samples/sample-book";
import { writeBook } from "./book-file";
import { cli } from "./run-cli";

/** `validate` says 可以抽取 only for books the draw can finish (issue #16): the plan is checked before any seed. */
const dir = mkdtempSync(join(tmpdir(), "dr-validate-"));

function edited(change: (sheets: SheetData[]) => void): SheetData[] {
  const sheets = sampleSheets();
  change(sheets);
  return sheets;
}
const sheetOf = (sheets: SheetData[], name: string): SheetData => sheets.find((s) => s.name === name)!;
/** Header row index (0-based) of a sample sheet: the first row that holds `label`. */
const headerAt = (s: SheetData, label: string): number => s.rows.findIndex((row) => row.some((v) => typeof v === "string" && v.replace("*", "") === label));
function setColumn(sheets: SheetData[], sheet: string, label: string, value: string | number): void {
  const s = sheetOf(sheets, sheet);
  const h = headerAt(s, label);
  const c = s.rows[h].findIndex((v) => typeof v === "string" && v.replace("*", "") === label);
  for (let r = h + 1; r < s.rows.length; r++) if (s.rows[r].some((v) => v !== null && v !== "")) s.rows[r][c] = value;
}

async function validate(name: string, sheets: SheetData[]) {
  const path = await writeBook(join(dir, `${name}.xlsx`), sheets);
  const text = await cli("validate", path);
  const json = await cli("validate", path, "--json");
  return { text, doc: JSON.parse(json.stdout), code: json.code };
}

describe("validate means drawable", () => {
  test("the sample: 可以抽取", async () => {
    const r = await validate("sample", sampleSheets());
    expect(r.doc.verdict).toBe("drawable");
    expect(r.text.stdout).toContain("结论：可以抽取");
    expect(r.code).toBe(0);
  });

  const blocked: [string, (s: SheetData[]) => void, string][] = [
    // Titles and the header rows kept (the first row with two or more cells), no data.
    ["headers only", (s) => s.forEach((x) => (x.rows = x.rows.slice(0, x.rows.findIndex((row) => row.filter((v) => v !== null && v !== "").length >= 2) + 1))), ""],
    ["every inspector 离岗", (s) => setColumn(s, SHEET.inspectors, "状态", "离岗"), "TEAM_INFEASIBLE"],
    ["team size 99", (s) => setColumn(s, SHEET.tasks, "每组人数", 99), "TEAM_INFEASIBLE"],
    ["9999户", (s) => setColumn(s, SHEET.tasks, "抽查比例或数量", "9999户"), "STRATUM_INFEASIBLE"],
  ];
  test.each(blocked)("%s: 不能抽取, with the reason", async (name, change, code) => {
    const r = await validate(name, edited(change));
    expect(r.doc.verdict).toBe("blocked");
    expect(r.code).toBe(1);
    expect(r.doc.issues.some((i: { code: string; severity: string }) => i.severity === "error" && i.code.startsWith(code))).toBe(true);
    expect(r.text.stdout).not.toContain("可以抽取");
    expect(r.text.stdout).toContain("结论：不能抽取");
  });

  test("a per-officer cap the run could exceed: 可能无法抽取, naming who", async () => {
    const r = await validate("load-cap", edited((s) => sheetOf(s, SHEET.rules).rows.push(["每名执法人员抽取上限", 3])));
    expect(r.doc.verdict).toBe("uncertain");
    expect(r.code).toBe(0);
    expect(r.text.stdout).toContain("结论：可能无法抽取");
    expect(r.text.stdout).toMatch(/每名执法人员抽取上限为 3 家.*最多可能被派 \d+ 家/);
  });
});
