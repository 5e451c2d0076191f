import type { SheetData } from "../cell";
import type { ReadOptions, WorkbookReading } from "../model";
import type { SeedSource } from "../seed";
import { uniqueSheetName } from "../sheet-name";
import type { SheetSpec } from "../sheet-spec";
import { recordDataSheet, recordSheet } from "../sheets/record-sheet";
import { resultSheet } from "../sheets/result-sheet";
import { datedName } from "../sheets/titles";
import { VERSIONS } from "../version";
import { readWorkbook } from "../workbook";
import { planDraw, type DrawPlan } from "./plan";
import { appendAttempt, emptyRecordBook, makeRecord, priorSelections, recordBookFromRows, RECORD_DATA_SHEET, type DrawRecord, type RecordBook } from "./record";
import { runDraw } from "./run";
import type { TeamFailure } from "./teams";

/** A workbook read for a draw: the inputs, the record book already in it, and the plan. */
export interface Prepared {
  reading: WorkbookReading;
  book: RecordBook;
  plan: DrawPlan;
  sheetNames: string[];
}

export interface PrepareOptions extends ReadOptions {
  tasks?: readonly string[];
}

/** Steps 1–2 of DRAW-SPEC.md §1: read, validate, plan, frame digest — no seed yet. */
export function prepareDraw(sheets: readonly SheetData[], options: PrepareOptions = {}): Prepared {
  const reading = readWorkbook(sheets, options);
  const data = sheets.find((s) => s.name === RECORD_DATA_SHEET);
  const read = data ? recordBookFromRows(data.rows) : null;
  const book = read?.ok ? read.book : emptyRecordBook();
  const plan = planDraw(reading, { tasks: options.tasks, prior: priorSelections(book.draws) });
  if (read && !read.ok) {
    plan.issues.push({ severity: "error", code: "RECORD_UNREADABLE", sheet: RECORD_DATA_SHEET, cell: "A3", message: read.message });
    plan.ok = false;
  }
  return { reading, book, plan, sheetNames: sheets.map((s) => s.name) };
}

export interface DrawMeta {
  seed: string;
  seedSource: SeedSource;
  time: string;
  operator: string;
}

export type DrawDone =
  | { ok: true; record: DrawRecord; book: RecordBook; specs: SheetSpec[] }
  | { ok: false; task: string; failure: TeamFailure };

/**
 * Steps 3–5: the seeded draw, its record, the attempt log line and the sheets to write
 * (抽取结果, 抽取记录, and the hidden record data that replaces the old one).
 */
export function completeDraw(prepared: Prepared, meta: DrawMeta): DrawDone {
  const { plan, reading, book, sheetNames } = prepared;
  const outcome = runDraw(plan, reading, meta.seed);
  if (!outcome.ok) return outcome;
  const taken = sheetNames.filter((n) => n !== RECORD_DATA_SHEET);
  const result = uniqueSheetName(datedName("抽取结果", meta.time), taken);
  const recordName = uniqueSheetName(datedName("抽取记录", meta.time), [...taken, result]);
  const record = makeRecord(plan, outcome.tasks, outcome.resultDigest, { ...VERSIONS, ...meta, sheets: { result, record: recordName } });
  const next = appendAttempt(book, { time: meta.time, operator: meta.operator, frameDigest: plan.frameDigest, seed: meta.seed, resultDigest: outcome.resultDigest, kept: true }, record);
  return {
    ok: true,
    record,
    book: next,
    specs: [resultSheet(record, reading, result), recordSheet(record, next, reading.rules, recordName), recordDataSheet(next)],
  };
}
