import type { Attempt, SeedSource, SheetKind, Verdict } from "../core";
import type { ProgressLabel } from "./engine/protocol";
import type { SampleId } from "./samples";

export type Language = "zh" | "en";

/** Why a workbook could not be read; each has its own message. */
export type CheckErrorCode = "sample-missing" | "sample-failed" | "not-workbook" | "read-failed" | "excel-failed" | "engine-failed";

/** The four steps, in order. */
export type StepKey = "check" | "prepare" | "draw" | "result";

/** Every piece of UI text. One table per language: strings.zh.ts (default), strings.en.ts. */
export interface Strings {
  /** BCP 47 tag for `<html lang>`. */
  htmlLang: string;
  appTitle: string;
  appSubtitle: string;

  // Step navigation
  stepsLabel: string;
  stepNames: Record<StepKey, string>;
  /** The heading of a step: "第 1 步：数据检查". */
  stepHeading: (n: number, name: string) => string;
  stepDone: string;
  stepCurrent: string;
  next: string;
  back: string;
  restart: string;
  /** The pane itself failed (a bug): what happened and what to do. */
  crashTitle: string;
  crashBody: (detail: string) => string;
  crashReload: string;
  /**
   * The pane was opened by Office but cannot reach it (office.js did not load, or Office.onReady
   * did not answer): what happened and what to do; never the file page in its place.
   */
  officeUnavailable: {
    title: string;
    notLoaded: string;
    noAnswer: (seconds: number) => string;
    /** The office.js addresses tried, the CDN first. */
    tried: (addresses: string) => string;
    whatToDo: string;
    reopen: string;
    network: string;
    filePage: string;
    reload: string;
  };

  // Step 1: 数据检查
  intro: string;
  excelIntro: string;
  openWorkbook: string;
  dropHint: string;
  dropActive: string;
  sample: string;
  sampleDescription: string;
  sampleName: string;
  /** Each sample workbook's name, as the choice beside 示例 and the workbook's title show it. */
  sampleNames: Record<SampleId, string>;
  sampleChoice: string;
  /** Under the sheet table: the further task sheets read (dr-2026.2 reads every plan table). */
  moreTaskSheets: (sheets: { sheet: string; rows: number }[]) => string;
  reread: string;
  currentWorkbook: string;
  statusIdle: string;
  statusReading: (source: string) => string;
  statusChecking: string;
  statusDone: (source: string, errors: number, warnings: number) => string;
  statusFailed: (source: string) => string;
  checkErrors: Record<CheckErrorCode, (detail: string) => string>;
  mappingTitle: string;
  mappingHint: string;
  mappingColumns: { kind: string; sheet: string; headerRow: string; rows: string; records: string };
  /** Accessible name of the per-kind sheet dropdown. */
  sheetFor: (kind: string) => string;
  noSheet: string;
  resetAssign: string;
  kinds: Record<SheetKind, string>;
  optional: string;
  notFound: string;
  notApplicable: string;
  issuesTitle: (errors: number, warnings: number) => string;
  onlyErrors: string;
  severity: { error: string; warning: string };
  noIssues: string;
  noErrors: string;
  showMore: (shown: number, total: number) => string;
  /** Excel mode: the issue is a button that selects its cell. */
  locate: (address: string) => string;
  blockedFile: string;
  blockedExcel: string;
  planBlockedTitle: string;
  planBlockedBody: string;
  mayNotDrawTitle: string;
  mayNotDrawBody: string;
  recordFoundTitle: string;
  recordFoundBody: string;

  // Step 2: 抽取准备
  tasksTitle: string;
  tasksHint: string;
  taskLine: (eligible: number, take: number) => string;
  noTaskSelected: string;
  planning: string;
  planFailed: (detail: string) => string;
  digestTitle: string;
  digestHint: string;
  copy: string;
  copyLabel: (what: string) => string;
  copied: string;
  copyFailed: string;
  strataTitle: string;
  strataColumns: { key: string; size: string; take: string; note: string };
  taskTotal: (eligible: number, excluded: number, take: number) => string;
  quotaTitle: string;
  quotaReportTitle: string;
  quotaPreviewHint: string;
  quotaColumns: { required: string; actual: string; verdict: string };
  verdicts: Record<Verdict, string>;
  writeAnnouncement: string;
  announcementHint: string;
  announcementWritten: (names: readonly string[]) => string;
  announcementFileNote: string;
  downloadAnnouncement: string;
  /** The middle part of a downloaded file's name: `包头2026-抽取结果-2026-03-01.xlsx`. */
  fileLabels: { result: string; announcement: string; void: string };
  /** `changed`: the write could not take back everything it added; `detail` then says what is left. */
  writeFailed: (detail: string, changed?: boolean) => string;
  infeasibleTitle: string;
  infeasibleBody: string;
  blockedPlan: string;

  // Step 3: 抽取
  drawSummary: (tasks: number, take: number) => string;
  publishedDigest: string;
  seedLabel: string;
  seedHint: string;
  seedOk: (length: number) => string;
  seedGenerated: string;
  generate: string;
  generateHint: string;
  generateFailed: string;
  operatorLabel: string;
  operatorHint: string;
  start: string;
  progress: Record<ProgressLabel, string>;
  progressLabel: string;
  drawIdle: string;
  teamFailedTitle: (task: string) => string;
  shortTitle: (task: string) => string;
  shortBody: (stratum: string, take: number, size: number, capped: number) => string;
  teamFailedBody: (target: string, seat: string) => string;
  teamFailedAdvice: string;
  /** One officer and why they could not take the seat. */
  teamFailedReason: (inspector: string, reason: string) => string;
  changedTitle: string;
  changedBody: (expected: string, found: string) => string;
  drawInfeasible: string;
  engineFailed: (detail: string) => string;
  readFailed: (detail: string) => string;

  // Step 4: 结果
  resultTitle: string;
  resultBody: (sheets: number) => string;
  writtenTitle: string;
  hiddenSheet: string;
  resultTasksTitle: string;
  resultColumns: { task: string; eligible: string; take: string; drawn: string };
  quotaSummary: (met: number, unmet: number, unknown: number) => string;
  recordTitle: string;
  seedSources: Record<SeedSource, string>;
  fields: { seed: string; frameDigest: string; resultDigest: string; time: string; operator: string; algorithm: string };
  noOperator: string;
  download: string;
  downloadHint: string;
  downloadFailed: (detail: string) => string;
  excelSaveHint: string;
  verify: string;
  verifyHint: string;
  verifyOk: string;
  verifyOkBody: (frameDigest: string) => string;
  verifyFailed: string;
  verifyFailedBody: (count: number) => string;
  difference: (where: string, expected: string, found: string) => string;

  // 作废 (after 核验: every attempt, and 作废… next to each kept one)
  attemptsTitle: (count: number) => string;
  /** One attempt in words (zh: as the core's attemptText writes it in 抽取结果 and verify's report). */
  attempt: (a: Attempt) => string;
  voidAttempt: string;
  /** The accessible name of 作废… beside attempt n (starts with the visible text). */
  voidAttemptLabel: (n: number) => string;
  voidTitle: (n: number) => string;
  voidWarning: string;
  voidReasonLabel: string;
  voidReasonHint: string;
  voidReasonMissing: string;
  voidOperatorHint: string;
  voidConfirm: string;
  voidCancel: string;
  voidRefusedTitle: string;
  voidEngineFailed: (detail: string) => string;
  voidDoneTitle: (n: number) => string;
  voidDoneBody: (sheet: string) => string;
  voidExcelSaveHint: string;
  voidDownload: string;
}

/**
 * Chooses the UI language from a BCP 47 tag (Office.context.displayLanguage or navigator.language).
 * Chinese is the default: anything not English gets Chinese.
 */
export function pickLanguage(tag: string | null | undefined): Language {
  const t = (tag ?? "").trim().toLowerCase();
  return t === "en" || t.startsWith("en-") ? "en" : "zh";
}
