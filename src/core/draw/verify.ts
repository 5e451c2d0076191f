import { cellAddress } from "../grid/address";
import type { SheetData } from "../grid/cell";
import { ZERO_DIGEST } from "../hash/digest";
import { specLayout } from "../sheets/sheet-spec";
import { recordSheet } from "../sheets/record-sheet";
import { resultSheet } from "../sheets/result-sheet";
import { compareSheet, type Difference } from "./compare-sheet";
import { checkAnnouncements, comparePublished } from "./verify-published";
import type { WorkbookReading } from "../model";
import { readWorkbook } from "../read/workbook";
import { ALGORITHMS, capsWithinRun, isAlgorithm } from "./algorithm";
import { frameIndexV1Of } from "./frame";
import { changedRows, FRAME_INDEX_VERSION } from "./frame-index";
import { planDraw, type DrawPlan } from "./plan";
import { attemptsOf, countedDraws, isVoidLine, lineOfDraw, type Attempt } from "./attempts";
import { voidSheet } from "../sheets/void-sheet";
import { lineDigest, makeRecord, priorSelections, recordBookFromRows, RECORD_DATA_SHEET, type DrawRecord, type RecordBook } from "./record";
import { runDraw } from "./run";

export type { Difference } from "./compare-sheet";

export interface VerifyReport {
  ok: boolean;
  /** Every attempt of the log (第 N 次抽取), with its 作废 if any. */
  attempts: Attempt[];
  /** The frame digest recomputed from the input sheets for the latest kept draw (null when there is none). */
  frameDigest: string | null;
  differences: Difference[];
}

function checkLog(book: RecordBook, out: Difference[]): void {
  book.log.forEach((line, i) => {
    const prev = i === 0 ? ZERO_DIGEST : lineDigest(book.log[i - 1]);
    if (line.prev !== prev) out.push({ sheet: RECORD_DATA_SHEET, cell: `log[${i}].prev`, expected: prev, found: line.prev });
  });
  // A 作废 line names a kept attempt before it, once, with that attempt's digests.
  const seen = new Set<number>();
  book.log.forEach((line, i) => {
    if (!isVoidLine(line)) return;
    const target = attemptsOf(book.log.slice(0, i))[line.voids - 1];
    const fine = target && target.kept && !seen.has(line.voids) && target.seed === line.seed && target.resultDigest === line.resultDigest && target.frameDigest === line.frameDigest;
    if (!fine) out.push({ sheet: RECORD_DATA_SHEET, cell: `log[${i}]`, expected: "作废此前一次保留的抽取（同一随机种子和摘要）", found: `作废第 ${line.voids} 次抽取的记录与该次抽取不符` });
    seen.add(line.voids);
  });
  for (const d of book.draws) {
    if (!book.log.some((l) => l.kept && l.seed === d.seed && l.resultDigest === d.resultDigest && l.frameDigest === d.frameDigest)) {
      out.push({ sheet: RECORD_DATA_SHEET, cell: `draw ${d.time}`, expected: "尝试日志中有这次保留的抽取", found: "日志中找不到" });
    }
  }
}

/** Recomputes one kept draw from the input sheets and compares it with the record and the visible sheets. */
function verifyDraw(sheets: readonly SheetData[], book: RecordBook, index: number, out: Difference[]): string | null {
  const record = book.draws[index];
  if (!isAlgorithm(record.algorithm)) {
    out.push({ sheet: record.sheets.record, cell: "", expected: `本版本认识的算法（${ALGORITHMS.join("、")}）`, found: `算法 ${record.algorithm}：这次抽取由更新版本的助手完成，请用新版本核验` });
    return null;
  }
  // Read, planned and drawn again under the rules the draw was made under (docs/draw-spec.md §7).
  const reading = readWorkbook(sheets, { algorithm: record.algorithm });
  // What counted when the draw was made: kept draws before its log line, not marked 作废 before it.
  const line = lineOfDraw(book, record);
  const earlier = line < 0 ? book.draws.slice(0, index) : countedDraws(book, line);
  const plan = planDraw(reading, {
    tasks: record.tasks.map((t) => t.code),
    prior: priorSelections(earlier),
    capWithinRun: capsWithinRun(record.algorithm, record.packageVersion),
  });
  const byName = (n: string): SheetData | undefined => sheets.find((s) => s.name === n);
  // 节假日安排 is not part of the frame (§7): its errors matter to 配额核验's deadlines, not to the draw.
  const calendarSheet = reading.sheets.holidays?.sheet;
  const errors = plan.issues.filter((x) => x.severity === "error" && x.sheet !== calendarSheet);
  if (errors.length > 0) {
    for (const i of errors) out.push({ sheet: i.sheet, cell: i.cell, expected: "可以抽取", found: i.message });
    return plan.frameDigest;
  }
  const rerun = runDraw({ ...plan, ok: true }, reading, record.seed);
  if (!rerun.ok) {
    out.push({ sheet: record.sheets.result, cell: "", expected: "按记录的种子可以重新抽取", found: rerun.shortfall ? `任务 ${rerun.task} 的“${rerun.shortfall.stratum}”一层符合条件的单位不够` : `任务 ${rerun.task} 的检查组无法组成` });
    return plan.frameDigest;
  }
  const expected: DrawRecord = { ...makeRecord(plan, rerun.tasks, rerun.resultDigest, { ...record }), attempt: record.attempt };
  const logSoFar: RecordBook = { ...book, log: book.log.slice(0, line < 0 ? book.log.length : line + 1) };
  const before = attemptsOf(book.log.slice(0, Math.max(line, 0)));
  if (record.attempt !== undefined && line >= 0 && record.attempt !== before.length + 1) {
    out.push({ sheet: RECORD_DATA_SHEET, cell: `draw ${record.time}`, expected: `第 ${before.length + 1} 次抽取（按尝试日志）`, found: `记录为第 ${record.attempt} 次` });
  }
  const recordSpec = recordSheet(expected, logSoFar, reading.rules, record.sheets.record);
  const at = (label: string): string => {
    const i = recordSpec.body.findIndex((row) => row[0] === label);
    return cellAddress(specLayout(recordSpec).bodyFirst - 1 + i, 1);
  };
  if (expected.frameDigest !== record.frameDigest) {
    out.push({ sheet: record.sheets.record, cell: at("框架摘要（抽取前公布）"), expected: expected.frameDigest, found: record.frameDigest });
    const current = currentIndex(record, plan, reading);
    if (current === null) {
      const found = `记录中的框架索引为格式 ${record.frameIndexVersion}（由更新版本的助手写入），本版本无法据此指出改动了哪些行`;
      out.push({ sheet: RECORD_DATA_SHEET, cell: "frameIndexVersion", expected: `框架索引格式 1 或 ${FRAME_INDEX_VERSION}`, found });
    }
    for (const c of current === null ? [] : changedRows(record.frameIndex ?? {}, current, reading)) {
      out.push({ sheet: c.sheet, cell: c.cell, expected: `${c.what}：与抽取时一致`, found: `${c.what}：抽取后被改动` });
    }
  }
  if (expected.resultDigest !== record.resultDigest) {
    out.push({ sheet: record.sheets.record, cell: at("结果摘要"), expected: expected.resultDigest, found: record.resultDigest });
  }
  compareSheet(resultSheet(expected, reading, record.sheets.result, before), byName(record.sheets.result), out, { header: true });
  compareSheet(recordSpec, byName(record.sheets.record), out, { header: true });
  comparePublished(record, expected, earlier, reading, plan, sheets, out);
  return plan.frameDigest;
}

/** The frame index of the book as it is now, in the format the record holds (null: a format this version does not know). */
function currentIndex(record: DrawRecord, plan: DrawPlan, reading: WorkbookReading): Record<string, string> | null {
  const version = record.frameIndexVersion ?? 1;
  if (version === FRAME_INDEX_VERSION) return plan.frameIndex;
  if (version !== 1) return null;
  const { targets, inspectors, recusals, rules } = reading;
  return frameIndexV1Of({ algorithm: plan.algorithm, targets, inspectors, recusals, rules, tasks: plan.tasks.map((t) => t.task), prior: plan.prior });
}

/**
 * verify (docs/draw-spec.md §6): rebuild the frame from the input sheets, re-run every kept draw from
 * its recorded seed, compare with the record and with the visible result and record sheets, and
 * check the log chain. Every difference is reported by sheet and cell.
 */
export function verifyWorkbook(sheets: readonly SheetData[]): VerifyReport {
  const differences: Difference[] = [];
  const data = sheets.find((s) => s.name === RECORD_DATA_SHEET);
  if (!data) {
    return { ok: false, attempts: [], frameDigest: null, differences: [{ sheet: RECORD_DATA_SHEET, cell: "", expected: "抽取记录数据", found: "工作簿中没有抽取记录（不是抽取后写出的工作簿？）" }] };
  }
  const read = recordBookFromRows(data.rows);
  if (!read.ok) return { ok: false, attempts: [], frameDigest: null, differences: [{ sheet: RECORD_DATA_SHEET, cell: "A3", expected: "可读取的记录数据", found: read.message }] };
  const book = read.book;
  checkLog(book, differences);
  let frameDigest: string | null = null;
  book.draws.forEach((_, i) => {
    frameDigest = verifyDraw(sheets, book, i, differences);
  });
  checkAnnouncements(sheets, book.draws, differences);
  const attempts = attemptsOf(book.log);
  compareVoids(sheets, book, attempts, differences);
  if (book.draws.length === 0) differences.push({ sheet: RECORD_DATA_SHEET, cell: "", expected: "至少一次保留的抽取", found: "没有" });
  const seen = new Set<string>();
  const unique = differences.filter((d) => {
    const k = `${d.sheet}\u0000${d.cell}\u0000${d.expected}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { ok: unique.length === 0, attempts, frameDigest, differences: unique };
}

/** Each 作废记录 sheet, rebuilt from its log line and compared. */
function compareVoids(sheets: readonly SheetData[], book: RecordBook, attempts: readonly Attempt[], out: Difference[]): void {
  const voided = attempts.filter((a) => a.voided && book.log[a.voided.line].sheet);
  if (voided.length === 0) return;
  const { rules } = readWorkbook(sheets);
  for (const a of voided) {
    const name = book.log[a.voided!.line].sheet!;
    compareSheet(voidSheet(a, rules, name), sheets.find((s) => s.name === name), out, { header: true });
  }
}
