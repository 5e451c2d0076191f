import type { Cell } from "../grid/cell";
import type { Rules } from "../model";
import type { DrawRecord, LogLine, RecordBook } from "../draw/record";
import { recordBookToRows, RECORD_DATA_SHEET } from "../draw/record";
import { isVoidLine } from "../draw/attempts";
import type { SheetSpec } from "./sheet-spec";
import { tableTitle } from "./titles";

const RULE_NAMES: Record<string, string> = { ceil: "向上取整", "round-half-up": "四舍五入", "largest-remainder": "最大余数法" };

/** Labels of the record rows that verification points at. */
export const RECORD_LABELS = {
  algorithm: "算法",
  packageVersion: "程序版本",
  pureRandVersion: "pure-rand 版本",
  time: "抽取时间",
  operator: "操作人",
  seed: "随机种子",
  seedSource: "种子来源",
  frameDigest: "框架摘要（抽取前公布）",
  resultDigest: "结果摘要",
} as const;

/**
 * The note under 抽取记录, by the version that drew the record: verify reproduces each record's
 * sheet as it was written. Version 0.1.0 cited the design brief the specification started from;
 * later versions cite the specification as the project publishes it.
 */
function recordNote(record: DrawRecord): string {
  const where = record.packageVersion === "0.1.0" ? "DRAW-SPEC" : "双随机抽查助手的 docs/draw-spec.md";
  return `注：抽取记录同时以机器可读形式保存在隐藏工作表“${RECORD_DATA_SHEET}”中。算法见 ${where}（${record.algorithm}）：任何人可凭本工作簿和随机种子重算并核对。`;
}

function logText(l: LogLine, i: number): Cell[] {
  return [`第 ${i + 1} 次抽取`, `${l.time}\u3000${l.operator || "（未填写操作人）"}\u3000${l.kept ? "保留" : "放弃"}；随机种子 ${l.seed}；框架摘要 ${l.frameDigest}；结果摘要 ${l.resultDigest}；前一行摘要 ${l.prev}`];
}

/** 抽取记录: the draw record as a readable two-column table, then the whole attempt log. */
export function recordSheet(record: DrawRecord, book: RecordBook, rules: Rules, name: string): SheetSpec {
  const body: Cell[][] = [
    [RECORD_LABELS.algorithm, record.algorithm],
    [RECORD_LABELS.packageVersion, record.packageVersion],
    [RECORD_LABELS.pureRandVersion, record.pureRandVersion],
    [RECORD_LABELS.time, record.time],
    [RECORD_LABELS.operator, record.operator || "（未填写）"],
    [RECORD_LABELS.seed, record.seed],
    [RECORD_LABELS.seedSource, record.seedSource === "generated" ? "程序生成（加密随机数）" : "现场输入"],
    [RECORD_LABELS.frameDigest, record.frameDigest],
    [RECORD_LABELS.resultDigest, record.resultDigest],
  ];
  for (const t of record.tasks) {
    body.push([`任务 ${t.code}`, `${t.name}：符合条件 ${t.eligible} 家，抽取 ${t.selected.length} 家，范围内排除 ${t.excluded.length} 家`]);
    for (const s of t.strata) {
      const rule = s.note.includes(RULE_NAMES[s.rule]) ? "" : `${RULE_NAMES[s.rule]}；`;
      body.push([`\u3000分层 ${s.key}`, `总数 ${s.size}，应抽 ${s.take}（${rule}${s.note}）`]);
    }
    for (const e of t.excluded) body.push([`\u3000排除 ${e.id}`, e.reason]);
  }
  let attempt = 0;
  for (const l of book.log) {
    if (isVoidLine(l)) body.push([`作废第 ${l.voids} 次抽取`, `${l.time}\u3000${l.operator || "（未填写操作人）"}；原因：${l.reason ?? ""}；前一行摘要 ${l.prev}`]);
    else body.push(logText(l, attempt++));
  }
  return {
    name,
    title: tableTitle(rules, record.tasks[0]?.year ?? "", "“双随机、一公开”抽取记录"),
    header: [["项目", "内容"]],
    columns: [{ width: 24, format: "text" }, { width: 100, format: "text" }],
    body,
    notes: [recordNote(record)],
    protect: true,
  };
}

/** The hidden machine-readable record sheet. */
export function recordDataSheet(book: RecordBook): SheetSpec {
  const rows = recordBookToRows(book);
  return {
    name: RECORD_DATA_SHEET,
    header: [rows[0].map(String)],
    columns: [{ width: 120, format: "text", wrap: false }],
    body: rows.slice(1),
    freeze: false,
    state: "hidden",
    protect: true,
  };
}
