import type { SheetData } from "../grid/cell";
import type { ReadOptions, WorkbookReading } from "../model";
import type { SeedSource } from "./seed";
import { uniqueSheetName } from "../grid/sheet-name";
import type { SheetSpec } from "../sheets/sheet-spec";
import { recordDataSheet, recordSheet } from "../sheets/record-sheet";
import { resultSheet } from "../sheets/result-sheet";
import { announcementSheet } from "../sheets/announcement-sheet";
import { disclosureSheet } from "../sheets/disclosure-sheet";
import { planTables } from "../sheets/plan-tables";
import { quotaSheet } from "../sheets/quota-sheet";
import { checkDisclosure, type DisclosureCheck } from "../quota/disclosure";
import { checkQuotas, DAY_DEPENDENT_RULES } from "../quota/quota";
import type { QuotaRow } from "../quota/row";
import { datedName } from "../sheets/titles";
import { VERSIONS } from "../version";
import { readWorkbook } from "../read/workbook";
import { planDraw, type DrawPlan } from "./plan";
import { appendAttempt, emptyRecordBook, lineDigest, makeRecord, priorSelections, recordBookFromRows, RECORD_DATA_SHEET, type DrawRecord, type LogLine, type RecordBook } from "./record";
import { ZERO_DIGEST } from "../hash/digest";
import { runDraw } from "./run";
import { attemptsOf, countedDraws, type Attempt } from "./attempts";
import { voidSheet } from "../sheets/void-sheet";
import type { DrawFailure } from "./run";

/** A workbook read for a draw: the inputs, the record book already in it, and the plan. */
export interface Prepared {
  reading: WorkbookReading;
  book: RecordBook;
  plan: DrawPlan;
  sheetNames: string[];
  /** 结果公示 rows staff have filled in (earlier draws of this workbook), judged as of `today`. */
  disclosure: DisclosureCheck | null;
}

export interface PrepareOptions extends ReadOptions {
  tasks?: readonly string[];
  /** Called as each stage starts ("eligibility", "frame"): for a progress bar or a benchmark. */
  mark?: (stage: string) => void;
}

/** Steps 1–2 of docs/draw-spec.md §1: read, validate, plan, frame digest — no seed yet. */
export function prepareDraw(sheets: readonly SheetData[], options: PrepareOptions = {}): Prepared {
  const reading = readWorkbook(sheets, options);
  const data = sheets.find((s) => s.name === RECORD_DATA_SHEET);
  const read = data ? recordBookFromRows(data.rows) : null;
  const book = read?.ok ? read.book : emptyRecordBook();
  const plan = planDraw(reading, { tasks: options.tasks, prior: priorSelections(countedDraws(book)), mark: options.mark });
  if (read && !read.ok) {
    plan.issues.push({ severity: "error", code: "RECORD_UNREADABLE", sheet: RECORD_DATA_SHEET, cell: "A3", message: read.message });
    plan.ok = false;
  }
  const disclosure = checkDisclosure(sheets, reading.rules, options.today ?? null, reading.calendar);
  return { reading, book, plan, sheetNames: sheets.map((s) => s.name), disclosure };
}

/** The quota report of the workbook: before a draw (plan only) or with every kept draw. */
export function quotaReport(prepared: Prepared, extra: readonly DrawRecord[] = []): QuotaRow[] {
  return checkQuotas({ reading: prepared.reading, plan: prepared.plan, draws: [...countedDraws(prepared.book), ...extra], disclosure: prepared.disclosure });
}

function namer(taken: string[], time: string | null): (table: string) => string {
  return (table) => {
    const name = uniqueSheetName(time ? datedName(table, time) : table, taken);
    taken.push(name);
    return name;
  };
}

/** `plan`: the three plan tables, the 抽取公告 and the quota preview — no seed, no draw. */
export function planSheets(prepared: Prepared, time: string | null): SheetSpec[] {
  const { reading, plan } = prepared;
  const name = namer([...prepared.sheetNames], time);
  return [
    ...planTables(reading, name),
    announcementSheet(plan, reading, name("抽取公告")),
    quotaSheet(quotaReport(prepared), reading, plan, countedDraws(prepared.book), prepared.disclosure, name("配额核验")),
  ];
}

/** A fresh quota report of a workbook after results were filled in (`quota --out`). */
export function quotaSheets(prepared: Prepared, time: string): SheetSpec[] {
  const name = namer([...prepared.sheetNames], time);
  return [quotaSheet(quotaReport(prepared), prepared.reading, prepared.plan, countedDraws(prepared.book), prepared.disclosure, name("配额核验"))];
}

export interface DrawMeta {
  seed: string;
  seedSource: SeedSource;
  time: string;
  operator: string;
}

export type DrawDone =
  | { ok: true; record: DrawRecord; book: RecordBook; specs: SheetSpec[]; quotas: QuotaRow[] }
  | ({ ok: false } & DrawFailure);

/**
 * Steps 3–5: the seeded draw, its record, the attempt log line and the sheets to write
 * (抽取结果, 抽取记录, and the hidden record data that replaces the old one).
 */
export function completeDraw(prepared: Prepared, meta: DrawMeta, mark?: (stage: string) => void): DrawDone {
  const { plan, reading, book, sheetNames } = prepared;
  const outcome = runDraw(plan, reading, meta.seed, mark);
  if (!outcome.ok) return outcome;
  mark?.("sheets");
  const name = namer(sheetNames.filter((n) => n !== RECORD_DATA_SHEET), meta.time);
  const plans = planTables(reading, name);
  const result = name("抽取结果");
  const quotaName = name("配额核验");
  const disclosureName = name("结果公示");
  const recordName = name("抽取记录");
  const sheets = { result, record: recordName, plans: plans.map((p) => p.name), quota: quotaName, disclosure: disclosureName };
  const earlier = attemptsOf(book.log);
  const drawn = makeRecord(plan, outcome.tasks, outcome.resultDigest, { ...VERSIONS, ...meta, sheets });
  const quotas = quotaReport(prepared, [drawn]);
  const quota = quotaSheet(quotas, reading, plan, [...countedDraws(book), drawn], prepared.disclosure, quotaName);
  // What verify cannot recompute (it depends on the day and on staff's entries) is kept as written.
  const byRow = quota.sections?.[1]?.body ?? null;
  const record: DrawRecord = { ...drawn, attempt: earlier.length + 1, quotaAsWritten: { rows: quotas.filter((q) => DAY_DEPENDENT_RULES.includes(q.rule)), byRow } };
  const next = appendAttempt(book, { time: meta.time, operator: meta.operator, frameDigest: plan.frameDigest, seed: meta.seed, resultDigest: outcome.resultDigest, kept: true }, record);
  return {
    ok: true,
    record,
    book: next,
    quotas,
    specs: [
      ...plans,
      resultSheet(record, reading, result, earlier),
      quota,
      disclosureSheet(record, reading, disclosureName),
      recordSheet(record, next, reading.rules, recordName),
      recordDataSheet(next),
    ],
  };
}

export type VoidDone = { ok: true; attempt: Attempt; book: RecordBook; specs: SheetSpec[] } | { ok: false; message: string };

/**
 * Marks kept attempt `number` 作废: a line appended to the log (the log is append-only, nothing of
 * the attempt is removed), a 作废记录 sheet, and the record data that replaces the old one. From
 * then on its selections no longer count against the yearly cap or in 配额核验.
 */
export function voidAttempt(sheets: readonly SheetData[], number: number, meta: { time: string; operator: string; reason: string }): VoidDone {
  const data = sheets.find((s) => s.name === RECORD_DATA_SHEET);
  const read = data ? recordBookFromRows(data.rows) : null;
  if (!read) return { ok: false, message: "工作簿中没有抽取记录，没有可作废的抽取。" };
  if (!read.ok) return { ok: false, message: read.message };
  const book = read.book;
  const all = attemptsOf(book.log);
  const target = all[number - 1];
  if (!target) return { ok: false, message: `没有第 ${number} 次抽取：工作簿中共有 ${all.length} 次抽取。` };
  if (!target.kept) return { ok: false, message: `第 ${number} 次抽取没有保留（已放弃），无需作废。` };
  if (target.voided) return { ok: false, message: `第 ${number} 次抽取已于 ${target.voided.time} 作废。` };
  const reason = meta.reason.normalize("NFKC").trim();
  if (reason === "") return { ok: false, message: "请写明作废原因（例如：操作失误，在见证人到场前试抽）。" };
  const reading = readWorkbook(sheets);
  const name = namer(sheets.map((s) => s.name).filter((n) => n !== RECORD_DATA_SHEET), meta.time)("抽取作废记录");
  const last = book.log[book.log.length - 1];
  const line: LogLine = {
    time: meta.time,
    operator: meta.operator,
    frameDigest: target.frameDigest,
    seed: target.seed,
    resultDigest: target.resultDigest,
    kept: false,
    prev: last ? lineDigest(last) : ZERO_DIGEST,
    voids: number,
    reason,
    sheet: name,
  };
  const next: RecordBook = { ...book, log: [...book.log, line] };
  const attempt = attemptsOf(next.log)[number - 1];
  return { ok: true, attempt, book: next, specs: [voidSheet(attempt, reading.rules, name), recordDataSheet(next)] };
}
