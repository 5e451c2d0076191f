/**
 * The plan tables of published plan documents (test/fixtures/plans/*.txt), typed into sheets as
 * they are printed: the title row above, the header as printed (two rows where the print groups
 * columns, merged the way the print draws them), the rows, the note rows below. Node only (reads
 * the text files); used by the tests and by the sample workbooks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell, SheetData } from "../../src/core/grid/cell";
import { columnLetter } from "../../src/core/grid/address";
import { isoToSerial } from "../../src/core/values/date";

const PLANS = join(__dirname, "..", "..", "test", "fixtures", "plans");

/** Lines `from`–`to` (1-based, inclusive) of a plan text. */
function lines(file: string, from: number, to: number): string[] {
  return readFileSync(join(PLANS, file), "utf8").split(/\r?\n/).slice(from - 1, to);
}

const cells = (line: string): Cell[] => line.split("\t").map((c) => (c.trim() === "" ? null : c.trim()));
const heading = (line: string): string => line.replace(/^#+\s*/, "").trim();

export interface TableText {
  file: string;
  title: number;
  /** The header's lines: one, or two where the print groups columns. */
  header: [number] | [number, number];
  rows: [number, number];
  /** Note lines below the table (one cell each; consecutive lines of one note are joined). */
  notes?: [number, number];
}

/** One table as a sheet named `name`. */
export function tableSheet(name: string, t: TableText): SheetData {
  const [title] = lines(t.file, t.title, t.title).map(heading);
  const header = t.header.map((n) => cells(lines(t.file, n, n)[0]));
  const body = lines(t.file, t.rows[0], t.rows[1]).filter((l) => l.includes("\t")).map(cells);
  const width = Math.max(...header.map((h) => h.length), ...body.map((b) => b.length));
  const note = t.notes ? lines(t.file, t.notes[0], t.notes[1]).map((l) => l.trim()).filter(Boolean).join("\n") : null;
  const rows: Cell[][] = [[title], [], ...header, ...body, ...(note ? [[], [note]] : [])];
  const last = columnLetter(width - 1);
  const merges = [`A1:${last}1`, ...headerMerges(header, 3)];
  if (note) merges.push(`A${rows.length}:${last}${rows.length}`);
  return { name, rows, merges };
}

/** A two-row header: a label with nothing below spans both rows; a label with blanks after it groups the columns below. */
function headerMerges(header: Cell[][], firstRow: number): string[] {
  if (header.length < 2) return [];
  const [top, bottom] = header;
  const merges: string[] = [];
  const width = Math.max(top.length, bottom.length);
  for (let c = 0; c < width; c++) {
    if (top[c] === null || top[c] === undefined) continue;
    if (bottom[c] === null || bottom[c] === undefined) {
      merges.push(`${columnLetter(c)}${firstRow}:${columnLetter(c)}${firstRow + 1}`);
      continue;
    }
    let end = c;
    while (end + 1 < width && (top[end + 1] ?? null) === null && (bottom[end + 1] ?? null) !== null) end += 1;
    if (end > c) merges.push(`${columnLetter(c)}${firstRow}:${columnLetter(end)}${firstRow}`);
  }
  return merges;
}

/** 包头市应急管理局 2026: the internal table and the joint table, each on its own sheet. */
export function baotouPlanSheets(): SheetData[] {
  return [
    tableSheet("部门内部抽查计划表", { file: "baotou-2026.txt", title: 3, header: [5, 6], rows: [7, 7] }),
    tableSheet("部门联合抽查计划表", { file: "baotou-2026.txt", title: 9, header: [11, 12], rows: [13, 14], notes: [16, 16] }),
  ];
}

/** 秦皇岛市应急管理局 2026: 附件 1 (内部联合) and 附件 2 (跨部门联合). */
export function qinhuangdaoPlanSheets(): SheetData[] {
  return [
    tableSheet("附件1", { file: "qinhuangdao-2026.txt", title: 55, header: [57], rows: [58, 63], notes: [65, 66] }),
    tableSheet("附件2", { file: "qinhuangdao-2026.txt", title: 70, header: [72], rows: [73, 75] }),
  ];
}

/**
 * What Excel (zh-CN) makes of text typed into General cells: whole numbers without a leading zero
 * become numbers, `3%` a fraction, `2026年3月1日` and `2026/3/1` a date serial. Tables are read both
 * as typed into Excel and as kept as text (WPS, text-formatted cells, pasted from a document).
 */
export function typedInExcel(sheet: SheetData): SheetData {
  const convert = (v: Cell): Cell => {
    if (typeof v !== "string") return v;
    const t = v.trim();
    if (/^[1-9]\d{0,14}$/.test(t)) return Number(t);
    if (/^\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
    const m = /^(\d{4})(?:年(\d{1,2})月(\d{1,2})日|\/(\d{1,2})\/(\d{1,2}))$/u.exec(t);
    if (m) return isoToSerial(`${m[1]}-${(m[2] ?? m[4]).padStart(2, "0")}-${(m[3] ?? m[5]).padStart(2, "0")}`);
    return v;
  };
  return { ...sheet, rows: sheet.rows.map((r) => r.map(convert)) };
}

/**
 * 秦皇岛 2023 附件 (`市应急管理局 2023 年度内部联合随机抽查工作计划`): the published text is broken
 * across PDF lines, so its five rows are typed here cell by cell as printed.
 */
export function qinhuangdao2023PlanSheet(): SheetData {
  const ratio = "按照信用风险等级1%-50%的抽查比例不低于 3%";
  const row = (n: number, ordinal: string, matters: string, scope: string, initiator: string, partners: string | null, period: string): Cell[] => [
    `202300${n}`, `2023 年秦皇岛市安全生产领域内部联合随机抽查 00${n}`, `00${n} 号`, `2023 年秦皇岛市应急管理局安全生产领域第${ordinal}次内部联合随机抽查`,
    "定向抽查", ratio, matters, scope, initiator, partners, period,
  ];
  return {
    name: "附件",
    rows: [
      ["市应急管理局 2023 年度内部联合随机抽查工作计划"],
      [],
      ["抽查计划编号", "抽查计划名称", "抽查任务编号", "抽查任务名称", "抽查类型", "抽查比例", "抽查事项", "抽查对象范围", "发起科室", "联合大队", "抽查时间"],
      row(1, "一", "危险化学品及相关企业、安全生产综合", "危险化学品及相关企业", "危险化学品安全监督管理科", "执法二大队", "2023 年 5 月至 7 月"),
      row(2, "二", "工贸、冶金、安全生产综合", "工贸、冶金相关企业", "工商贸行业安全生产监督管理科", "执法三大队", "2023 年 7 月至 9 月"),
      row(3, "三", "非煤矿山、安全生产综合", "非煤矿山相关企业", "非煤矿山安全监督管理科", "执法一大队", "2023 年 9 月至 11 月"),
      row(4, "四", "安全评价检测服务机构", "安全评价及检验检测机构", "办公室", null, "2023 年 9 月至 11 月"),
      row(5, "五", "煤矿", "煤矿相关企业", "煤炭安全管理科", null, "2023 年 9 月至 11 月"),
    ],
    merges: ["A1:K1"],
  };
}

/** 临淄 2023 附件3 (部门联合): 配合部门, 检查时间 `11月底前完成`, and no 抽查比例 column at all. */
export function linziJointPlanSheet(): SheetData {
  return {
    name: "附件3",
    rows: [
      ["附件3"],
      ["临淄区应急管理局"],
      ["2023年度部门联合双随机抽查工作计划"],
      ["序号", "抽查领域", "抽查事项", "检查对象", "事项类别", "发起部门", "配合部门", "检查主体", "检查时间"],
      [1, "易制毒化学品企业专项抽查", "对非药品类易制毒化学品经营的行政检查", "第三类非药品类易制毒化学品生产经营单位", "一般检查", "临淄区应急管理局", "公安部门", "临淄区应急管理局、淄博市公安局临淄分局", "11月底前完成"],
      [2, "非煤矿山企业专项抽查", "对金属、非金属地下矿山安全生产情况的行政检查", "金属、非金属地下矿山", "一般检查", "临淄区应急管理局", "自然资源部门", "临淄区应急管理局、临淄区自然资源局", "11月底前完成"],
    ],
  };
}
