/**
 * Self-check of the sample workbooks. Run: npx tsx scripts/samples/self-check.ts
 *
 * Clean book: codes valid and unique (checked by both this folder's checker and src/core/values/uscc.ts),
 * certificates unique, every task department has officers, every task industry has targets, every
 * matter code exists, rectangular sheets, SAMPLE_EXPECTED_WARNINGS complete and pointing at the
 * right cells. Messy book: an independent mini-scan finds exactly the issues of MESSY_EXPECTED.
 * Exits non-zero on the first failed assertion.
 */
import type { Cell, SheetData } from "../../src/core/grid/cell";
import { isValidUscc } from "../../src/core/values/uscc";
import { MESSY_EXPECTED, MESSY_SHEET, messySheets } from "./messy-book";
import {
  INACTIVE_STATUSES,
  INDUSTRIES,
  INSPECTOR_HEADERS,
  MATTER_HEADERS,
  RECUSAL_HEADERS,
  SAMPLE_EXPECTED_WARNINGS,
  SHEET,
  TARGET_HEADERS,
  TASK_HEADERS,
  sampleSheets,
} from "./sample-book";
import { BAOTOU_AREAS } from "./uscc";
import { a1, colLetter } from "./util";

let checks = 0;
function assert(cond: unknown, msg: string): asserts cond {
  checks++;
  if (!cond) {
    console.error(`FAIL: ${msg}`);
    process.exit(1);
  }
}

const blank = (v: Cell | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const text = (v: Cell | undefined): string => (v === null || v === undefined ? "" : String(v).normalize("NFKC").trim());
const split = (v: Cell | undefined): string[] => text(v).split(/[、,，;；\s]+/u).filter(Boolean);
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);
const isErr = (v: Cell | undefined): boolean => typeof v === "string" && ERRORS.has(v.trim().toUpperCase());

// ---------------------------------------------------------------------------------------------
// Date parsing (self-contained; accepts the forms docs/workbook.md lists)
// ---------------------------------------------------------------------------------------------

function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** ISO date, or null when invalid. `end` picks the last day for a bare month. */
function parseDate(v: Cell | undefined, end = false): string | null {
  if (typeof v === "number") {
    // Excel 1900 serial → civil date (valid after 1900-03-01).
    const z = Math.floor(v) - 25569 + 719468; // days since 1970-01-01, shifted to 0000-03-01
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return iso(y, m, d);
  }
  const s = text(v);
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/u.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return iso(y, mo, d);
  }
  m = /^(\d{4})年(\d{1,2})月$/u.exec(s);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return iso(y, mo, end ? daysInMonth(y, mo) : 1);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Clean book
// ---------------------------------------------------------------------------------------------

function cellAt(sheet: SheetData, address: string): Cell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + (ch.charCodeAt(0) - 64);
  return sheet.rows[Number(m[2]) - 1]?.[c - 1];
}

function checkClean(): void {
  const sheets = sampleSheets();
  assert(JSON.stringify(sheets) === JSON.stringify(sampleSheets()), "sampleSheets() is deterministic");
  assert(
    sheets.map((s) => s.name).join("|") === [SHEET.targets, SHEET.inspectors, SHEET.matters, SHEET.tasks, SHEET.recusals, SHEET.rules].join("|"),
    "sheet order",
  );
  const byName = (n: string): SheetData => sheets.find((s) => s.name === n)!;
  for (const s of sheets) {
    const width = s.name === SHEET.targets ? s.rows[1].length : s.rows[0].length;
    s.rows.forEach((r, i) => assert(r.length === width, `${s.name} row ${i + 1} has ${r.length} cells, header ${width}`));
  }

  // Targets
  const ts = byName(SHEET.targets);
  assert(JSON.stringify(ts.rows[1]) === JSON.stringify(TARGET_HEADERS), "target header in row 2");
  assert(ts.merges?.[0] === `A1:${colLetter(TARGET_HEADERS.length - 1)}1` && typeof ts.rows[0][0] === "string", "target title merge");
  const T = (h: string): number => TARGET_HEADERS.indexOf(h);
  const targets = ts.rows.slice(2);
  const codes = new Set<string>();
  const names = new Set<string>();
  const industryGrade = new Map<string, Map<string, number>>();
  const status = new Map<string, number>();
  let keyCount = 0;
  let checked = 0;
  targets.forEach((r, i) => {
    const code = r[T("统一社会信用代码")] as string;
    assert(typeof code === "string" && isValidUscc(code), `valid USCC ${code}`);
    assert(isValidUscc(code), `src/core/uscc agrees on ${code}`);
    assert(!codes.has(code), `unique USCC ${code}`);
    codes.add(code);
    const name = r[T("单位名称")] as string;
    assert(typeof name === "string" && name !== "" && !names.has(name) && !/^[=+\-@]/.test(name), `unique plain name ${name}`);
    names.add(name);
    assert(BAOTOU_AREAS[code.slice(2, 8)] === r[T("所属区域")], `area matches code in ${code}`);
    assert(r[T("序号")] === i + 1, "序号 is a running number");
    assert(typeof r[T("本年已检查次数")] === "number", "本年已检查次数 is a number");
    assert(typeof r[T("联系电话")] === "string" && /^(0472-\d{7}|1\d{10})$/.test(r[T("联系电话")] as string), "phone as text");
    const ind = r[T("行业领域")] as string;
    const g = (r[T("信用风险等级")] as string) || "未分级";
    if (!industryGrade.has(ind)) industryGrade.set(ind, new Map());
    industryGrade.get(ind)!.set(g, (industryGrade.get(ind)!.get(g) ?? 0) + 1);
    const st = r[T("状态")] as string;
    status.set(st, (status.get(st) ?? 0) + 1);
    if (r[T("是否重点")] === "是") keyCount++;
    if (r[T("本年已检查次数")] === 1) checked++;
  });
  const targetIndustries = new Set(industryGrade.keys());

  // Inspectors
  const is = byName(SHEET.inspectors);
  assert(JSON.stringify(is.rows[0]) === JSON.stringify(INSPECTOR_HEADERS), "inspector header");
  const I = (h: string): number => INSPECTOR_HEADERS.indexOf(h);
  const officers = is.rows.slice(1);
  const certs = new Set<string>();
  const deptCount = new Map<string, number>();
  officers.forEach((r) => {
    const expert = r[I("是否专家")] === "是";
    const cert = r[I("执法证号")] as string;
    if (expert) assert(cert === "", "experts carry no 执法证号 here");
    else {
      assert(/^150200\d{5}$/.test(cert) && !certs.has(cert), `unique cert ${cert}`);
      certs.add(cert);
      const exp = r[I("证件有效期至")] as string;
      assert(exp === "" || parseDate(exp) === exp, `ISO expiry ${exp}`);
    }
    const d = r[I("所属部门")] as string;
    deptCount.set(d, (deptCount.get(d) ?? 0) + 1);
    for (const f of split(r[I("执法领域")])) assert(targetIndustries.has(f), `执法领域 ${f} is a target industry`);
  });
  for (const [d, n] of deptCount) if (d.endsWith("队") || d.endsWith("科")) assert(n >= 4, `${d} has ≥4 officers`);

  // Matters
  const ms = byName(SHEET.matters);
  assert(JSON.stringify(ms.rows[0]) === JSON.stringify(MATTER_HEADERS), "matter header");
  const matterCodes = new Set(ms.rows.slice(1).map((r) => r[1] as string));
  assert(matterCodes.size === ms.rows.length - 1, "unique matter codes");

  // Tasks
  const tk = byName(SHEET.tasks);
  assert(JSON.stringify(tk.rows[0]) === JSON.stringify(TASK_HEADERS), "task header");
  const K = (h: string): number => TASK_HEADERS.indexOf(h);
  const taskCodes = new Set<string>();
  const taskEnds: { depts: string[]; end: string }[] = [];
  for (const r of tk.rows.slice(1)) {
    const code = text(r[K("抽查任务编号")]);
    assert(!taskCodes.has(code), `unique task ${code}`);
    taskCodes.add(code);
    const depts = [text(r[K("发起部门")]), ...split(r[K("联合部门")])];
    for (const d of depts) assert((deptCount.get(d) ?? 0) > 0, `task ${code}: department ${d} has officers`);
    for (const ind of split(r[K("对象范围")])) assert(targetIndustries.has(ind), `task ${code}: industry ${ind} exists`);
    for (const m of split(r[K("抽查事项")])) assert(matterCodes.has(m), `task ${code}: matter ${m} exists`);
    const start = parseDate(r[K("开始时间")]);
    const end = parseDate(r[K("结束时间")], true);
    assert(start !== null && end !== null && start <= end, `task ${code}: dates`);
    taskEnds.push({ depts, end });
    const team = r[K("每组人数")];
    assert(typeof team === "number" && team >= 2, `task ${code}: team size`);
  }

  // Recusals
  const rs = byName(SHEET.recusals);
  assert(JSON.stringify(rs.rows[0]) === JSON.stringify(RECUSAL_HEADERS), "recusal header");
  for (const r of rs.rows.slice(1)) {
    assert(certs.has(r[0] as string), `recusal cert ${r[0]} exists`);
    assert(codes.has(r[1] as string), `recusal code ${r[1]} exists`);
  }

  // Expected warnings: independent scan, then compare.
  const found: string[] = [];
  targets.forEach((r, i) => {
    if (blank(r[T("信用风险等级")])) found.push(`RISK_UNGRADED ${SHEET.targets}!${a1(i + 2, T("信用风险等级"))}`);
  });
  targets.forEach((r, i) => {
    if (INACTIVE_STATUSES.includes(r[T("状态")] as string)) found.push(`TARGET_INACTIVE ${SHEET.targets}!${a1(i + 2, T("状态"))}`);
  });
  officers.forEach((r, i) => {
    if (r[I("是否专家")] === "是") return;
    const at = `${SHEET.inspectors}!${a1(i + 1, I("证件有效期至"))}`;
    const exp = r[I("证件有效期至")] as string;
    if (exp === "") found.push(`CERT_EXPIRY_MISSING ${at}`);
    else if (taskEnds.some((t) => t.depts.includes(r[I("所属部门")] as string) && exp < t.end)) found.push(`CERT_EXPIRES ${at}`);
  });
  const expected = SAMPLE_EXPECTED_WARNINGS.map((w) => `${w.code} ${w.sheet}!${w.cell}`);
  assert(JSON.stringify([...found].sort()) === JSON.stringify([...expected].sort()), `SAMPLE_EXPECTED_WARNINGS complete:\n  found ${found.join(", ")}\n  listed ${expected.join(", ")}`);
  for (const w of SAMPLE_EXPECTED_WARNINGS) assert(cellAt(byName(w.sheet), w.cell) !== undefined, `${w.cell} exists`);

  // Report
  console.log("== clean book (sampleSheets)");
  for (const s of sheets) {
    const header = s.name === SHEET.targets ? 2 : 1;
    console.log(`  ${s.name}: ${s.rows.length} rows (header row ${header}, ${s.rows.length - header} data rows), ${s.rows[header - 1].length} columns${s.merges ? `, merges ${s.merges.join(" ")}` : ""}`);
  }
  const grades = ["A", "B", "C", "D", "未分级"];
  console.log(`  targets by industry × grade:`);
  console.log(`    ${"行业".padEnd(8)}${grades.map((g) => g.padStart(6)).join("")}${"合计".padStart(6)}`);
  let total = 0;
  const colTotals = grades.map(() => 0);
  for (const ind of INDUSTRIES) {
    const m = industryGrade.get(ind)!;
    const vals = grades.map((g) => m.get(g) ?? 0);
    vals.forEach((v, i) => (colTotals[i] += v));
    const sum = vals.reduce((a, b) => a + b, 0);
    total += sum;
    console.log(`    ${ind.padEnd(8)}${vals.map((v) => String(v).padStart(6)).join("")}${String(sum).padStart(6)}`);
  }
  console.log(`    ${"合计".padEnd(8)}${colTotals.map((v) => String(v).padStart(6)).join("")}${String(total).padStart(6)}`);
  const graded = total - colTotals[4];
  console.log(`  credit-classified ${graded}/${total} = ${((100 * graded) / total).toFixed(1)}%; 是否重点=是 ${keyCount}; 本年已检查次数=1 ${checked}`);
  console.log(`  statuses: ${[...status].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`  officers by department: ${[...deptCount].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`  SAMPLE_EXPECTED_WARNINGS (${SAMPLE_EXPECTED_WARNINGS.length}): ${expected.join("; ")}`);
}

// ---------------------------------------------------------------------------------------------
// Messy book: a small independent scanner
// ---------------------------------------------------------------------------------------------

/** Index of the row holding `token` (NFKC) and a header → column map of that row. */
function headerOf(sheet: SheetData, token: string): { row: number; col: Map<string, number> } {
  const row = sheet.rows.findIndex((r) => r.some((v) => text(v) === token));
  assert(row >= 0, `${sheet.name}: header with ${token}`);
  const col = new Map<string, number>();
  sheet.rows[row].forEach((v, c) => {
    if (!blank(v)) col.set(text(v), c);
  });
  return { row, col };
}

function checkMessy(): void {
  const sheets = messySheets();
  assert(JSON.stringify(sheets) === JSON.stringify(messySheets()), "messySheets() is deterministic");
  const by = (n: string): SheetData => sheets.find((s) => s.name === n)!;
  const found: string[] = [];
  const add = (sev: string, code: string, sheet: string, r: number, c: number): void => {
    found.push(`${sev} ${code} ${sheet}!${a1(r, c)}`);
  };

  // Merges sit on non-blank anchors.
  for (const s of sheets)
    for (const m of s.merges ?? []) assert(!blank(cellAt(s, m.split(":")[0])), `${s.name} merge ${m} anchor holds text`);

  // Matters
  const ms = by(MESSY_SHEET.matters);
  const mh = headerOf(ms, "事项编号");
  const matterCodes = new Set(ms.rows.slice(mh.row + 1).map((r) => text(r[mh.col.get("事项编号")!])));

  // Targets
  const ts = by(MESSY_SHEET.targets);
  const th = headerOf(ts, "社会信用代码");
  const tc = (h: string): number => th.col.get(h)!;
  const industries = new Set<string>();
  const seen = new Set<string>();
  let targetRows = 0;
  const sheetT = MESSY_SHEET.targets;
  for (let r = th.row + 1; r < ts.rows.length; r++) {
    const row = ts.rows[r];
    if (row.every(blank)) continue;
    targetRows++;
    const u = row[tc("社会信用代码")];
    if (typeof u === "number") add("error", "USCC_AS_NUMBER", sheetT, r, tc("社会信用代码"));
    else {
      const code = text(u).replace(/\s+/g, "").toUpperCase();
      if (!isValidUscc(code)) add("warning", "USCC_CHECKSUM", sheetT, r, tc("社会信用代码"));
      if (seen.has(code)) add("error", "DUPLICATE_USCC", sheetT, r, tc("社会信用代码"));
      seen.add(code);
    }
    if (blank(row[tc("企业名称")])) add("error", "VALUE_MISSING", sheetT, r, tc("企业名称"));
    row.forEach((v, c) => {
      if (isErr(v)) add(c === tc("联系电话") ? "warning" : "error", "ERROR_VALUE", sheetT, r, c);
      else if (typeof v === "string" && /^[=+\-@]/.test(v)) add("warning", "FORMULA_TEXT", sheetT, r, c);
    });
    if (blank(row[tc("风险等级")])) add("warning", "RISK_UNGRADED", sheetT, r, tc("风险等级"));
    if (INACTIVE_STATUSES.includes(text(row[tc("经营状态")]))) add("warning", "TARGET_INACTIVE", sheetT, r, tc("经营状态"));
    const ind = text(row[tc("行业类别")]);
    if (!isErr(ind) && ind) industries.add(ind);
  }

  // Inspectors
  const is = by(MESSY_SHEET.inspectors);
  const ih = headerOf(is, "执法证件号");
  assert(ih.row === 3, "inspector header in row 4");
  const ic = (h: string): number => ih.col.get(h)!;
  const depts = new Set<string>();
  const certs = new Set<string>();
  const officerRows: number[] = [];
  for (let r = ih.row + 1; r < is.rows.length; r++) {
    const row = is.rows[r];
    if (row.every(blank)) continue;
    officerRows.push(r);
    depts.add(text(row[ic("科室")]));
    const cert = text(row[ic("执法证件号")]);
    if (cert) {
      if (certs.has(cert)) add("error", "DUPLICATE_CERT", MESSY_SHEET.inspectors, r, ic("执法证件号"));
      certs.add(cert);
    }
  }

  // Tasks
  const tk = by(MESSY_SHEET.tasks);
  const kh = headerOf(tk, "抽查任务编号");
  const kc = (h: string): number => kh.col.get(h)!;
  const taskEnds: { depts: string[]; end: string }[] = [];
  let taskRows = 0;
  for (let r = kh.row + 1; r < tk.rows.length; r++) {
    const row = tk.rows[r];
    if (row.every(blank)) continue;
    taskRows++;
    const start = parseDate(row[kc("开始时间")]);
    const end = parseDate(row[kc("结束时间")], true);
    if (start === null) add("error", "DATE_INVALID", MESSY_SHEET.tasks, r, kc("开始时间"));
    if (end === null) add("error", "DATE_INVALID", MESSY_SHEET.tasks, r, kc("结束时间"));
    const initiator = text(row[kc("发起部门")]);
    const partners = split(row[kc("联合部门")]);
    if (!depts.has(initiator)) add("error", "TASK_DEPT_UNKNOWN", MESSY_SHEET.tasks, r, kc("发起部门"));
    if (partners.some((p) => !depts.has(p))) add("error", "TASK_DEPT_UNKNOWN", MESSY_SHEET.tasks, r, kc("联合部门"));
    if (split(row[kc("对象范围")]).some((i) => !industries.has(i))) add("warning", "TASK_INDUSTRY_UNKNOWN", MESSY_SHEET.tasks, r, kc("对象范围"));
    if (split(row[kc("抽查事项")]).some((m) => !matterCodes.has(m))) add("warning", "TASK_MATTER_UNKNOWN", MESSY_SHEET.tasks, r, kc("抽查事项"));
    if (end) taskEnds.push({ depts: [initiator, ...partners], end });
  }

  // Certificate dates against the tasks.
  for (const r of officerRows) {
    const row = is.rows[r];
    if (text(row[ic("专家")]) === "是") continue;
    const raw = row[ic("有效期至")];
    if (blank(raw)) {
      add("warning", "CERT_EXPIRY_MISSING", MESSY_SHEET.inspectors, r, ic("有效期至"));
      continue;
    }
    const exp = parseDate(raw);
    assert(exp !== null, `${MESSY_SHEET.inspectors} row ${r + 1}: expiry parses`);
    const dept = text(row[ic("科室")]);
    if (taskEnds.some((t) => t.depts.includes(dept) && exp < t.end)) add("warning", "CERT_EXPIRES", MESSY_SHEET.inspectors, r, ic("有效期至"));
  }

  const listed = MESSY_EXPECTED.map((e) => `${e.severity} ${e.code} ${e.sheet}!${e.cell}`);
  const missing = listed.filter((x) => !found.includes(x));
  const extra = found.filter((x) => !listed.includes(x));
  assert(missing.length === 0 && extra.length === 0, `MESSY_EXPECTED vs scan:\n  listed, not found: ${missing.join("; ")}\n  found, not listed: ${extra.join("; ")}`);
  assert(new Set(listed).size === listed.length, "MESSY_EXPECTED has no duplicates");

  // The harmless mess is really there.
  const flat = sheets.flatMap((s) => s.rows.flat());
  assert(flat.some((v) => typeof v === "string" && /^[９]/.test(v)), "a full-width USCC");
  assert(flat.some((v) => typeof v === "string" && /^9115\d{4}[0-9a-z]*[a-z]/.test(v)), "a lower-case USCC");
  assert(flat.includes("３７户"), "full-width 37户");
  assert(flat.includes(46082), "serial date 46082");

  console.log("== messy book (messySheets)");
  for (const s of sheets) console.log(`  ${s.name}: ${s.rows.length} rows${s.merges ? `, merges ${s.merges.join(" ")}` : ""}`);
  console.log(`  targets ${targetRows} data rows (industries ${[...industries].join("、")}), officers ${officerRows.length}, tasks ${taskRows}, matters ${matterCodes.size}`);
  console.log(`  MESSY_EXPECTED (${MESSY_EXPECTED.length}: ${MESSY_EXPECTED.filter((e) => e.severity === "error").length} errors, ${MESSY_EXPECTED.filter((e) => e.severity === "warning").length} warnings):`);
  for (const e of MESSY_EXPECTED) console.log(`    ${e.severity.padEnd(8)}${e.code.padEnd(23)}${e.sheet}!${e.cell}`);
}

checkClean();
checkMessy();
console.log(`OK — ${checks} assertions passed.`);
