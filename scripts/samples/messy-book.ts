/**
 * A messy copy of the sample workbook, as real staff produce it, plus the machine-readable list of
 * the problems planted in it (MESSY_EXPECTED). Pure and deterministic.
 *
 * Derived from sampleData() (sample-book.ts): 62 of the 320 targets (12 非煤矿山, 20 危险化学品,
 * 22 工贸, 8 煤矿; 63 data rows with the planted duplicate), every inspector (plus one newcomer
 * with a duplicated 执法证号), matter, task, recusal and rule.
 *
 * Sheets (in this order) and where their header rows sit (1-based):
 *   2026计划  (tasks)       row 1 title (merged A1:U1), row 2 header (canonical names), data from row 3,
 *                            one blank row between the internal and the cross-department tasks
 *   企业台账  (targets)     rows 1–2 titles (merged A1:N1, A2:N2), row 3 header (aliases), data from row 4;
 *                            column F is an empty column (no header), two blank rows inside the data
 *   执法人员  (inspectors)  row 1 title (merged A1:H1), row 2 blank, row 3 group row (“基本信息” merged
 *                            B3:C3, “执法资格” merged D3:E3), row 4 header (aliases), data from row 5,
 *                            one blank row between bureau staff and partner-department staff
 *   事项      (matters)     row 1 title (merged A1:K1), row 2 header, data from row 3
 *   回避      (recusals)    row 1 header (aliases), data from row 2
 *   规则      (rules)       row 1 header 规则 | 值 | 备注, data from row 2
 *
 * Messiness that must produce NO issue: renamed sheets, title rows, alias headers, the group row,
 * blank columns/rows, ragged rows, full-width codes and numbers (“９１１５…”, “３７户”), lower-case
 * USCC, a USCC with a trailing space, numbers stored as text (“2”, “3”, “10”, 序号 “4”), numbers
 * stored as numbers (执法证号 15020021001, 抽查计划编号 2026001, phone 13…), 风险等级 written as
 * 低风险/一般风险/较高风险/高风险, 辖区 written 达茂旗/土右旗, full-width “：；％” in 分级比例 and
 * rules, 0.05 for 5% in the rules, 专业 separated by 、 , ，, dates as 2026/1/1, 2026.12.31,
 * 2026年4月, 2026年6月, Excel serial numbers (46082 = 2026-03-01) and 2026年3月1日.
 *
 * Planted problems: MESSY_EXPECTED is computed while planting (rows are tracked by identity and
 * resolved to A1 addresses at the end, so addresses cannot drift); self-check.ts re-finds every
 * entry with an independent scan. The list as it comes out (keep this comment in step):
 *   warning TASK_MATTER_UNKNOWN    2026计划!M4    T2 (2026002) 抽查事项 “M001、M002、M099” (kept as typed)
 *   warning TASK_INDUSTRY_UNKNOWN  2026计划!I5    T3 (2026003) 对象范围 “危险化学品、烟花爆竹” (drawn as 危险化学品)
 *   error   DATE_INVALID           2026计划!P7    T5 (2026005) 开始时间 “2026年13月1日”
 *   error   TASK_DEPT_UNKNOWN      2026计划!H9    T6 (包联2026001) 联合部门 “包头市自然资源局、执法四大队”
 *   warning RISK_UNGRADED          企业台账!E8    blank 风险等级 (carried over)
 *   warning TARGET_INACTIVE        企业台账!J15   吊销 (carried over)
 *   error   ERROR_VALUE            企业台账!D17   行业类别 “#N/A”
 *   warning FORMULA_TEXT           企业台账!M18   联系电话 “+86 152…”
 *   error   USCC_AS_NUMBER         企业台账!C19   911502210479520900 as a JS number
 *   warning TARGET_INACTIVE        企业台账!J21   注销 (carried over)
 *   warning RISK_UNGRADED          企业台账!E23   blank 风险等级 (carried over)
 *   warning USCC_CHECKSUM          企业台账!C38   last character mistyped
 *   error   VALUE_MISSING          企业台账!B39   企业名称 blank in a filled row
 *   warning RISK_UNGRADED          企业台账!E57   blank 风险等级 (carried over)
 *   warning TARGET_INACTIVE        企业台账!J59   注销 (carried over)
 *   warning ERROR_VALUE            企业台账!M60   联系电话 “#REF!”
 *   error   DUPLICATE_USCC         企业台账!C68   second occurrence (same code as row 25, company renamed)
 *   warning CERT_EXPIRES           执法人员!D15   2026-06-30, 执法二大队 takes part in a task ending 2026-11-30
 *   warning CERT_EXPIRES           执法人员!D33   2026.8.31, 工贸科 takes part in a task ending 2026-09-30
 *   error   DUPLICATE_CERT         执法人员!C39   second occurrence (same number as row 23)
 *   warning CERT_EXPIRY_MISSING    执法人员!D47   市场监督管理局 officer, no 有效期至 (experts are exempt)
 * Notes for the reader's authors:
 *   - USCC_AS_NUMBER: the cell holds a JS number (precision lost); only USCC_AS_NUMBER is expected
 *     there, not USCC_CHECKSUM as well.
 *   - ERROR_VALUE in 行业类别 (#N/A) is an error; #REF! in 联系电话 is a warning (never read by the draw).
 *   - DUPLICATE_USCC / DUPLICATE_CERT point at the second occurrence.
 *   - RISK_UNGRADED / TARGET_INACTIVE / CERT_EXPIRES / CERT_EXPIRY_MISSING carried over from the
 *     clean book are all listed.
 */
import type { Cell, SheetData } from "../../src/core/grid/cell";
import {
  DEPARTMENTS,
  INACTIVE_STATUSES,
  SEP,
  type OfficerRec,
  type SampleData,
  type TargetRec,
  type TaskRec,
  latestTaskEnd,
  sampleData,
} from "./sample-book";
import { Prng, a1, cnDate, colLetter, dotDate, excelSerial, slashDate, toFullWidth } from "./util";

export interface PlantedIssue {
  severity: "error" | "warning";
  code: string;
  sheet: string;
  cell: string;
}

export const MESSY_SHEET = {
  tasks: "2026计划",
  targets: "企业台账",
  inspectors: "执法人员",
  matters: "事项",
  recusals: "回避",
  rules: "规则",
} as const;

/** A planted problem, addressed by row object (resolved to A1 once the sheet is final). */
interface Plant {
  severity: "error" | "warning";
  code: string;
  sheet: string;
  row: Cell[];
  col: number;
}

class Planter {
  readonly plants: Plant[] = [];
  add(severity: "error" | "warning", code: string, sheet: string, row: Cell[], col: number): void {
    this.plants.push({ severity, code, sheet, row, col });
  }
  resolve(sheets: SheetData[]): PlantedIssue[] {
    const order = sheets.map((s) => s.name);
    const out = this.plants.map((p) => {
      const sheet = sheets.find((s) => s.name === p.sheet);
      if (!sheet) throw new Error(`no sheet ${p.sheet}`);
      const r = sheet.rows.indexOf(p.row);
      if (r < 0) throw new Error(`planted row not in ${p.sheet}`);
      return { severity: p.severity, code: p.code, sheet: p.sheet, cell: a1(r, p.col), r, c: p.col };
    });
    out.sort((x, y) => order.indexOf(x.sheet) - order.indexOf(y.sheet) || x.r - y.r || x.c - y.c);
    return out.map(({ severity, code, sheet, cell }) => ({ severity, code, sheet, cell }));
  }
}

const GRADE_WORDS: Record<string, string> = { A: "低风险", B: "一般风险", C: "较高风险", D: "高风险" };
const SHORT_AREA: Record<string, string> = { 达尔罕茂明安联合旗: "达茂旗", 土默特右旗: "土右旗" };

function nulls(n: number): Cell[] {
  return new Array<Cell>(n).fill(null);
}

// ---------------------------------------------------------------------------------------------
// Target selection
// ---------------------------------------------------------------------------------------------

const KEEP: Record<string, number> = { 非煤矿山: 12, 危险化学品: 20, 工贸: 22, 煤矿: 8 };

function selectTargets(data: SampleData): TargetRec[] {
  const recusalCodes = new Set(data.recusals.map((r) => r.uscc));
  const keep = new Set<TargetRec>();
  for (const [industry, n] of Object.entries(KEEP)) {
    const rows = data.targets.filter((t) => t.industry === industry);
    // Must-keep: inactive rows, recusal targets, up to two 停产, and one ungraded row per industry.
    const must = [
      ...rows.filter((t) => INACTIVE_STATUSES.includes(t.status) || recusalCodes.has(t.uscc)),
      ...rows.filter((t) => t.status === "停产").slice(0, industry === "工贸" || industry === "煤矿" ? 1 : 0),
      ...rows.filter((t) => t.risk === "").slice(0, industry === "煤矿" ? 0 : 1),
      // an all-digit code for the USCC-as-number plant
      ...rows.filter((t) => /^\d{18}$/.test(t.uscc) && t.status === "正常" && t.risk !== "").slice(0, industry === "工贸" ? 1 : 0),
    ];
    for (const t of must) keep.add(t);
    for (const t of rows) {
      if (rows.filter((x) => keep.has(x)).length >= n) break;
      keep.add(t);
    }
  }
  return data.targets.filter((t) => keep.has(t));
}

// ---------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------

const T_COLS = 14; // A..N, F empty
const TC = { seq: 0, name: 1, uscc: 2, industry: 3, risk: 4, blank: 5, area: 6, address: 7, key: 8, status: 9, legal: 10, contact: 11, phone: 12, checks: 13 };

function buildTargetSheet(data: SampleData, planter: Planter): SheetData {
  const sheet = MESSY_SHEET.targets;
  const rng = new Prng(7301);
  const kept = selectTargets(data);
  const recusalCodes = new Set(data.recusals.map((r) => r.uscc));
  const plain = (t: TargetRec): boolean => t.status === "正常" && t.risk !== "" && !recusalCodes.has(t.uscc);

  const header: Cell[] = ["序号", "企业名称", "社会信用代码", "行业类别", "风险等级", null, "辖区", "注册地址", "重点单位", "经营状态", "法定代表人", "联系人", "联系电话", "本年已检查次数"];
  const dataRows: Cell[][] = kept.map((t, i) => {
    const row = nulls(T_COLS);
    row[TC.seq] = i + 1;
    row[TC.name] = t.name;
    row[TC.uscc] = t.uscc;
    row[TC.industry] = t.industry;
    row[TC.risk] = t.risk === "" ? null : t.risk;
    row[TC.area] = SHORT_AREA[t.area] ?? t.area;
    row[TC.address] = t.address.replace(/^内蒙古自治区/, rng.chance(0.5) ? "" : "内蒙古自治区");
    row[TC.key] = t.key;
    row[TC.status] = t.status === "正常" && rng.chance(0.25) ? null : t.status;
    row[TC.legal] = t.legalRep;
    row[TC.contact] = t.contact;
    row[TC.phone] = t.phone;
    row[TC.checks] = t.checks;
    return row;
  });

  // Carried-over warnings.
  kept.forEach((t, i) => {
    if (t.risk === "") planter.add("warning", "RISK_UNGRADED", sheet, dataRows[i], TC.risk);
    if (INACTIVE_STATUSES.includes(t.status)) planter.add("warning", "TARGET_INACTIVE", sheet, dataRows[i], TC.status);
  });

  // Harmless mess: a pasted block with grade words, numbers as text, mobile numbers as numbers.
  for (let i = 24; i < 38 && i < dataRows.length; i++) {
    const g = dataRows[i][TC.risk];
    if (typeof g === "string") dataRows[i][TC.risk] = GRADE_WORDS[g];
  }
  dataRows.forEach((row, i) => {
    if (i % 7 === 3) row[TC.seq] = String(row[TC.seq]);
    if (i % 5 === 2) row[TC.checks] = String(row[TC.checks]);
    if (i % 9 === 4 && typeof row[TC.phone] === "string" && /^1\d{10}$/.test(row[TC.phone] as string)) row[TC.phone] = Number(row[TC.phone]);
  });

  // Pick distinct plain rows for the plants.
  const used = new Set<number>();
  const pickRow = (pred: (t: TargetRec, i: number) => boolean): number => {
    const i = kept.findIndex((t, j) => !used.has(j) && plain(t) && pred(t, j));
    if (i < 0) throw new Error("no row for a plant");
    used.add(i);
    return i;
  };
  const codeCell = (i: number): string => kept[i].uscc;

  // No issue: full-width, lower-case, trailing space.
  const fw = pickRow((t) => t.industry === "危险化学品");
  dataRows[fw][TC.uscc] = toFullWidth(codeCell(fw));
  const lc = pickRow((t) => t.industry === "工贸" && /[A-Z]/.test(t.uscc));
  dataRows[lc][TC.uscc] = codeCell(lc).toLowerCase();
  const sp = pickRow((t) => t.industry === "非煤矿山");
  dataRows[sp][TC.uscc] = `${codeCell(sp)} `;

  // error USCC_AS_NUMBER: an all-digit code typed into a General cell.
  const num = pickRow((t) => /^\d{18}$/.test(t.uscc));
  dataRows[num][TC.uscc] = Number(codeCell(num));
  planter.add("error", "USCC_AS_NUMBER", sheet, dataRows[num], TC.uscc);

  // warning USCC_CHECKSUM: last character mistyped.
  const bad = pickRow((t) => t.industry === "工贸");
  {
    const code = codeCell(bad);
    const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    const wrong = charset[(charset.indexOf(code[17]) + 7) % 31];
    dataRows[bad][TC.uscc] = code.slice(0, 17) + wrong;
    planter.add("warning", "USCC_CHECKSUM", sheet, dataRows[bad], TC.uscc);
  }

  // error VALUE_MISSING: 单位名称 left blank in a filled row.
  const noName = pickRow((t) => t.industry === "工贸");
  dataRows[noName][TC.name] = null;
  planter.add("error", "VALUE_MISSING", sheet, dataRows[noName], TC.name);

  // error ERROR_VALUE: a VLOOKUP that failed in 行业类别.
  const na = pickRow((t) => t.industry === "危险化学品");
  dataRows[na][TC.industry] = "#N/A";
  planter.add("error", "ERROR_VALUE", sheet, dataRows[na], TC.industry);

  // warning ERROR_VALUE: #REF! in 联系电话 (not read by the draw).
  const ref = pickRow((t) => t.industry === "煤矿");
  dataRows[ref][TC.phone] = "#REF!";
  planter.add("warning", "ERROR_VALUE", sheet, dataRows[ref], TC.phone);

  // warning FORMULA_TEXT: a phone typed with a leading “+”.
  const plus = pickRow((t) => t.industry === "危险化学品" && /^1\d{10}$/.test(t.phone));
  dataRows[plus][TC.phone] = `+86 ${kept[plus].phone}`;
  planter.add("warning", "FORMULA_TEXT", sheet, dataRows[plus], TC.phone);

  // error DUPLICATE_USCC: the same company entered again under its new name, further down.
  const dupOf = pickRow((t) => t.industry === "危险化学品" && t.name.startsWith("包头市"));
  const dup = [...dataRows[dupOf]];
  dup[TC.name] = kept[dupOf].name.replace(/^包头市/, "内蒙古");
  dup[TC.seq] = kept.length + 1;
  dup[TC.checks] = 0;
  planter.add("error", "DUPLICATE_USCC", sheet, dup, TC.uscc);

  // Assemble: blank rows inside the data, the duplicate as the last row, ragged rows.
  const body: Cell[][] = [];
  dataRows.forEach((row, i) => {
    body.push(row);
    if (i === 17) body.push([]);
    if (i === 39) body.push(nulls(T_COLS));
  });
  body.push(dup);
  // Rows come over ragged (trailing blanks dropped) except every fourth, which keeps its full width.
  const rows: Cell[][] = [
    ["包头市应急管理局安全生产检查对象名录库"],
    ["（2026年度　填报单位：包头市应急管理局综合行政执法支队　更新日期：2026年1月15日）"],
    header,
    ...body.map((r, i) => (i % 4 === 1 ? r : trimInPlace(r))),
  ];
  return { name: sheet, rows, merges: [`A1:${colLetter(T_COLS - 1)}1`, `A2:${colLetter(T_COLS - 1)}2`] };
}

/** Drop trailing blanks in place (keeps the array identity the planter holds). */
function trimInPlace(row: Cell[]): Cell[] {
  while (row.length > 0 && (row[row.length - 1] === null || row[row.length - 1] === "")) row.pop();
  return row;
}

// ---------------------------------------------------------------------------------------------

const I_COLS = 8;
const IC = { seq: 0, name: 1, cert: 2, expiry: 3, fields: 4, dept: 5, expert: 6, status: 7 };

function expiryCell(iso: string, i: number): Cell {
  switch (i % 5) {
    case 0:
      return iso;
    case 1:
      return excelSerial(iso);
    case 2:
      return slashDate(iso);
    case 3:
      return dotDate(iso);
    default:
      return cnDate(iso);
  }
}

function buildInspectorSheet(data: SampleData, planter: Planter): SheetData {
  const sheet = MESSY_SHEET.inspectors;
  const seps = [SEP, ",", "，"];
  const row = (o: OfficerRec, seq: number, i: number): Cell[] => {
    const r = nulls(I_COLS);
    r[IC.seq] = seq;
    r[IC.name] = o.name;
    r[IC.cert] = o.cert === "" ? null : i % 6 === 1 ? Number(o.cert) : i === 9 ? toFullWidth(o.cert) : o.cert;
    r[IC.expiry] = o.expiry === "" ? null : expiryCell(o.expiry, i);
    r[IC.fields] = o.fields.join(seps[i % 3]);
    r[IC.dept] = o.dept;
    r[IC.expert] = o.expert ? "是" : i % 4 === 0 ? null : "否";
    r[IC.status] = o.status === "在岗" && i % 3 === 0 ? null : o.status;
    return r;
  };
  const bureau = data.officers.filter((o) => o.dept !== DEPARTMENTS.natres && o.dept !== DEPARTMENTS.samr && !o.expert);
  const others = data.officers.filter((o) => !bureau.includes(o));
  const rowsOf = new Map<OfficerRec, Cell[]>();
  let seq = 0;
  const bureauRows = bureau.map((o, i) => {
    const r = row(o, ++seq, i);
    rowsOf.set(o, r);
    return r;
  });
  // error DUPLICATE_CERT: a newly added 执法三大队 officer whose number was copied from a 危化科 colleague.
  const source = data.officers.find((o) => o.dept === DEPARTMENTS.hazchem)!;
  const newcomer: OfficerRec = {
    seq: 0, name: "高志远", cert: source.cert, expiry: "2030-12-31", dept: DEPARTMENTS.team3,
    fields: ["工贸"], expert: false, status: "在岗",
  };
  if (data.officers.some((o) => o.name === newcomer.name)) throw new Error("newcomer name clash");
  const newcomerRow = row(newcomer, ++seq, 4);
  newcomerRow[IC.cert] = source.cert;
  planter.add("error", "DUPLICATE_CERT", sheet, newcomerRow, IC.cert);
  const otherRows = others.map((o, i) => {
    const r = row(o, ++seq, i + bureau.length);
    rowsOf.set(o, r);
    return r;
  });

  // Carried-over certificate warnings.
  for (const o of data.officers) {
    if (o.expert) continue;
    const r = rowsOf.get(o)!;
    if (o.expiry === "") planter.add("warning", "CERT_EXPIRY_MISSING", sheet, r, IC.expiry);
    else {
      const end = latestTaskEnd(data.tasks, o.dept);
      if (end !== null && o.expiry < end) planter.add("warning", "CERT_EXPIRES", sheet, r, IC.expiry);
    }
  }

  const rows: Cell[][] = [
    ["包头市应急管理局执法检查人员名录库（2026年）"],
    [],
    [null, "基本信息", null, "执法资格"],
    ["序号", "执法人员", "执法证件号", "有效期至", "专业", "科室", "专家", "状态"],
    ...bureauRows,
    newcomerRow,
    nulls(I_COLS),
    ...otherRows.map(trimInPlace),
  ];
  return { name: sheet, rows, merges: [`A1:${colLetter(I_COLS - 1)}1`, "B3:C3", "D3:E3"] };
}

// ---------------------------------------------------------------------------------------------

const K = { planCode: 0, planName: 1, code: 2, name: 3, type: 4, joint: 5, initiator: 6, partners: 7, scope: 8, quantity: 9, grades: 10, minPer: 11, matters: 12, method: 13, level: 14, start: 15, end: 16, team: 17, expert: 18, focus: 19, note: 20 };
const TASK_HEADERS_MESSY = [
  "抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "联合类型", "发起部门",
  "联合部门", "对象范围", "抽查比例或数量", "分级比例", "每行业最少", "抽查事项", "检查方式",
  "实施层级", "开始时间", "结束时间", "每组人数", "需要专家", "检查重点", "备注",
];

function baseTaskRow(t: TaskRec): Cell[] {
  return [
    t.planCode, t.planName, t.code, t.name, t.type, t.jointType, t.initiator, t.partners.join(SEP),
    t.industries.join(SEP), t.quantity, t.gradeRatios || null, t.minPerIndustry === "" ? null : t.minPerIndustry,
    t.matters.join(SEP), t.method, t.level, t.start, t.end, t.teamSize, t.needExpert ? "是" : "否", t.focus, t.note || null,
  ];
}

function buildTaskSheet(data: SampleData, planter: Planter): SheetData {
  const sheet = MESSY_SHEET.tasks;
  const byCode = (code: string): TaskRec => data.tasks.find((t) => t.code === code)!;
  const rows = data.tasks.map(baseTaskRow);
  const [r1, r2, r3, r4, r5, r6, r7] = rows;
  const t = data.tasks;

  // T1 综合: full-width count, plan code as a number, slash/dot dates.
  r1[K.planCode] = 2026001;
  r1[K.quantity] = toFullWidth("37") + "户";
  r1[K.start] = slashDate(t[0].start);
  r1[K.end] = dotDate(t[0].end);

  // T2 非煤 Q2: serial start, month end, team size as text, unknown matter.
  r2[K.start] = excelSerial(byCode("2026002").start);
  r2[K.end] = "2026年6月";
  r2[K.team] = "2";
  r2[K.matters] = "M001、M002、M099";
  planter.add("warning", "TASK_MATTER_UNKNOWN", sheet, r2, K.matters);

  // T3 危化 Q2: month start, full-width punctuation in 分级比例, an industry nobody has.
  r3[K.start] = "2026年4月";
  r3[K.grades] = "A：3%；B：5%；C：10%；D：30%";
  r3[K.scope] = "危险化学品、烟花爆竹";
  planter.add("warning", "TASK_INDUSTRY_UNKNOWN", sheet, r3, K.scope);

  // T4 工贸 Q3: dot start, serial end, spaced ratios.
  r4[K.start] = dotDate(byCode("2026004").start);
  r4[K.end] = excelSerial(byCode("2026004").end);
  r4[K.grades] = "A:1%; B:3%; C:10%; D:30%";

  // T5 煤矿 Q3: a month that does not exist.
  r5[K.start] = "2026年13月1日";
  r5[K.end] = cnDate(byCode("2026005").end);
  planter.add("error", "DATE_INVALID", sheet, r5, K.start);

  // T6 矿山联合: serial start, slash end, 每行业最少 as text, a unit of the bureau the roster does not have.
  r6[K.start] = excelSerial(byCode("包联2026001").start);
  r6[K.end] = slashDate(byCode("包联2026001").end);
  r6[K.minPer] = "3";
  r6[K.partners] = `${DEPARTMENTS.natres}、执法四大队`;
  planter.add("error", "TASK_DEPT_UNKNOWN", sheet, r6, K.partners);

  // T7 危化联合: Chinese dates, count as text.
  r7[K.start] = cnDate(byCode("包联2026002").start);
  r7[K.end] = cnDate(byCode("包联2026002").end);
  r7[K.quantity] = "10";

  const all: Cell[][] = [
    ["包头市应急管理局2026年度“双随机、一公开”抽查计划表"],
    TASK_HEADERS_MESSY,
    r1, r2, r3, r4, r5,
    [],
    r6, r7,
  ];
  return { name: sheet, rows: all.map((r) => (r.length > 2 ? trimInPlace(r) : r)), merges: [`A1:${colLetter(TASK_HEADERS_MESSY.length - 1)}1`] };
}

// ---------------------------------------------------------------------------------------------

function buildMatterSheet(data: SampleData): SheetData {
  const header = ["序号", "事项编号", "权责清单事项", "抽查事项", "抽查内容", "检查对象", "事项类别", "检查方式", "抽查比例及频次", "实施层级", "检查依据"];
  const rows: Cell[][] = data.matters.map((m, i) => [
    i % 2 === 0 ? i + 1 : String(i + 1), m.code, m.rightsItem, m.name, m.content, m.target, m.category,
    m.method, m.ratioFrequency, m.level, m.basis,
  ]);
  return {
    name: MESSY_SHEET.matters,
    rows: [["包头市应急管理局2026年度“双随机、一公开”抽查事项清单"], header, ...rows],
    merges: [`A1:${colLetter(header.length - 1)}1`],
  };
}

function buildRecusalSheet(data: SampleData): SheetData {
  const rows: Cell[][] = data.recusals.map((r, i) => [
    i === 0 ? Number(r.cert) : i === 2 ? toFullWidth(r.cert) : r.cert,
    i === 1 ? r.uscc.toLowerCase() : r.uscc,
    r.reason,
  ]);
  return { name: MESSY_SHEET.recusals, rows: [["执法证件号", "社会信用代码", "回避原因"], ...rows] };
}

function buildRuleSheet(): SheetData {
  return {
    name: MESSY_SHEET.rules,
    rows: [
      ["规则", "值", "备注"],
      ["检查机关", "包头市应急管理局 "],
      ["年度抽查覆盖率下限", 0.05, "东胜区2025年计划：不低于辖区企业总数的5%"],
      ["信用分类抽查占比下限", "90%"],
      ["跨部门联合抽查占比下限", "20％"],
      ["联合抽查每行业最少家数", "3", "原则上各行业不少于3家"],
      ["每季度内部联合抽查最少次数", 2],
      ["每组执法人员最少人数", "2", "行政处罚法第四十二条"],
      ["同一对象年度抽查上限", 2],
      ["结果公示期限", "20工作日"],
      ["取整方式", "向上取整"],
    ],
  };
}

// ---------------------------------------------------------------------------------------------

function build(): { sheets: SheetData[]; expected: PlantedIssue[] } {
  const data = sampleData();
  const planter = new Planter();
  const sheets = [
    buildTaskSheet(data, planter),
    buildTargetSheet(data, planter),
    buildInspectorSheet(data, planter),
    buildMatterSheet(data),
    buildRecusalSheet(data),
    buildRuleSheet(),
  ];
  return { sheets, expected: planter.resolve(sheets) };
}

export function messySheets(): SheetData[] {
  return build().sheets;
}

/** Every issue planted in messySheets() with the codes listed in the header comment. */
export const MESSY_EXPECTED: readonly PlantedIssue[] = build().expected;
