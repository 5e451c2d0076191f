import type { SheetKind } from "../core/model";

export type Language = "zh" | "en";

/** Why a check could not produce a reading; each has its own message. */
export type CheckErrorCode = "sample-missing" | "sample-failed" | "unsupported-format" | "read-failed";

/** Every piece of UI text. One table per language: strings.zh.ts (default), strings.en.ts. */
export interface Strings {
  /** BCP 47 tag for `<html lang>`. */
  htmlLang: string;
  appTitle: string;
  appSubtitle: string;
  stepCheck: string;
  intro: string;
  openWorkbook: string;
  dropHint: string;
  dropActive: string;
  sample: string;
  sampleDescription: string;
  sampleName: string;
  statusIdle: string;
  statusReading: (source: string) => string;
  statusDone: (source: string, errors: number, warnings: number) => string;
  statusFailed: (source: string) => string;
  checkErrors: Record<CheckErrorCode, (detail: string) => string>;
  mappingTitle: string;
  mappingColumns: { kind: string; sheet: string; headerRow: string; rows: string; records: string };
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
  excelTitle: string;
  excelBody: string;
  excelOpenHere: string;
}

/**
 * Chooses the UI language from a BCP 47 tag (Office.context.displayLanguage or navigator.language).
 * Chinese is the default: anything not English gets Chinese.
 */
export function pickLanguage(tag: string | null | undefined): Language {
  const t = (tag ?? "").trim().toLowerCase();
  return t === "en" || t.startsWith("en-") ? "en" : "zh";
}
