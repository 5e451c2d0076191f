/*
 * The messages between the task pane and the draw engine (a Web Worker, or the same code in-thread
 * where workers are unavailable). Plain, structured-clone friendly data only: sheets go in, small
 * views and sheet specs come out; the core's big intermediate objects never cross the boundary.
 */
import type { Attempt, DrawMeta, Issue, QuotaRow, SeedSource, SheetData, SheetKind, SheetMatch, SheetSpec, StratumShortfall, TeamFailure, VerifyReport } from "../../core";

/**
 * A workbook the engine holds: in file mode the .xlsx is opened inside the worker and its cells
 * never cross to the page (reading, writing and saving a big workbook then cannot freeze it).
 */
export interface BookRef {
  book: number;
}

/** The sheets to work on: as the page read them (Excel mode), or a workbook the engine holds. */
export type SheetInput = SheetData[] | BookRef;

/** What `prepareDraw` is asked for: which tasks, which sheet is which kind, today's date. */
export interface EngineOptions {
  /** Task codes; undefined = every task of the workbook. */
  tasks?: string[];
  assign?: Partial<Record<SheetKind, string | null>>;
  today?: string;
}

export interface StratumView {
  key: string;
  size: number;
  take: number;
  note: string;
}

export interface TaskView {
  code: string;
  name: string;
  eligible: number;
  excluded: number;
  take: number;
  strata: StratumView[];
}

/** A prepared workbook as the pane shows it (steps 1 and 2). */
export interface PrepareView {
  algorithm: string;
  /** Which sheet was recognised as which kind. */
  sheets: Record<SheetKind, SheetMatch | null>;
  /** Every sheet read as a task table (dr-2026.2 reads several; `sheets.tasks` is the first). */
  taskSheets: SheetMatch[];
  /** Records read per kind (null where counting makes no sense: rules). */
  records: Record<SheetKind, number | null>;
  /** Every sheet of the workbook, in order (the hidden record data left out). */
  sheetNames: string[];
  /** The workbook carries a draw record (`_抽取记录数据`): it can be verified as it is. */
  hasRecord: boolean;
  /** Problems of the data itself (step 1). */
  readingIssues: Issue[];
  /** Problems that make the selected tasks infeasible (step 2). */
  planIssues: Issue[];
  /** No error anywhere: the draw can go ahead. */
  ok: boolean;
  frameDigest: string;
  /** Every task of the workbook, for the picker. */
  allTasks: { code: string; name: string }[];
  /** The selected tasks, planned. */
  tasks: TaskView[];
  /** The quota preview (by planned counts). */
  quotas: QuotaRow[];
}

export interface DrawInput {
  sheets: SheetInput;
  options: EngineOptions;
  meta: DrawMeta;
  /** The frame digest the user was shown (and may have published): the draw refuses another. */
  frameDigest: string;
  /**
   * File mode: write the sheets to the workbook the engine holds, and send back their names rather
   * than the sheets (at 100,000 targets they are megabytes to copy to the page and back).
   */
  write?: boolean;
}

export interface DrawSummary {
  algorithm: string;
  seed: string;
  seedSource: SeedSource;
  time: string;
  operator: string;
  frameDigest: string;
  resultDigest: string;
  tasks: { code: string; name: string; eligible: number; take: number; drawn: number }[];
}

export type DrawOutcome =
  /** `specs` to write, or (`write` asked for) empty and `written`: the sheets the engine wrote, and which are hidden. */
  | { kind: "done"; summary: DrawSummary; specs: SheetSpec[]; quotas: QuotaRow[]; written?: { names: string[]; hidden: boolean[] } }
  /** The engine could not write the sheets (`write`): the workbook is as it was. */
  | { kind: "write"; message: string }
  /** A team could not be formed for a drawn target: nothing is written. */
  | { kind: "team"; task: string; failure: TeamFailure }
  /** A stratum ran short because earlier tasks of the run took its members to the yearly cap: nothing is written. */
  | { kind: "short"; task: string; shortfall: StratumShortfall }
  /** The workbook no longer gives the frame digest the user was shown. */
  | { kind: "changed"; expected: string; found: string }
  /** The workbook (now) has errors. */
  | { kind: "infeasible"; issues: Issue[] };

/** What marking an attempt 作废 records: the time (the pane's clock), who, and why. */
export interface VoidMeta {
  time: string;
  operator: string;
  reason: string;
}

export type VoidOutcome =
  /** The attempt as it now reads (已作废), and the specs to write: 抽取作废记录 and the replaced `_抽取记录数据`. */
  | { ok: true; attempt: Attempt; specs: SheetSpec[] }
  /** No such attempt, not kept, already 作废, no reason, no record: nothing to write. */
  | { ok: false; message: string };

/** Stage names the pane translates for its status line. */
export type ProgressLabel = "reading" | "planning" | "drawing" | "writing" | "verifying" | "voiding" | "saving";

export type EngineRequest =
  | { id: number; type: "prepare"; sheets: SheetInput; options: EngineOptions }
  | { id: number; type: "announce"; sheets: SheetInput; options: EngineOptions; time: string }
  | { id: number; type: "draw"; input: DrawInput }
  | { id: number; type: "verify"; sheets: SheetInput }
  /** Marks kept attempt `attempt` (第 N 次抽取) 作废 (`voidAttempt`); the pane writes the specs. */
  | { id: number; type: "void"; sheets: SheetInput; attempt: number; meta: VoidMeta }
  /** Opens .xlsx bytes as a workbook the engine holds. */
  | { id: number; type: "open"; data: ArrayBuffer; title: string }
  | { id: number; type: "sheets"; book: number }
  | { id: number; type: "write"; book: number; specs: SheetSpec[] }
  | { id: number; type: "save"; book: number }
  | { id: number; type: "close"; book: number }
  /**
   * Loads the .xlsx code ahead of the first file, while the clerk is still choosing it; with the
   * (same-origin) address of a sample workbook, also runs open, check, draw, write and save on it once.
   */
  | { id: number; type: "warm"; rehearseOn?: string };

export type EngineReply =
  | { id: number; type: "progress"; fraction: number; label: ProgressLabel }
  | { id: number; type: "prepared"; view: PrepareView }
  | { id: number; type: "announced"; specs: SheetSpec[] }
  | { id: number; type: "drawn"; outcome: DrawOutcome }
  | { id: number; type: "verified"; report: VerifyReport }
  | { id: number; type: "voided"; outcome: VoidOutcome }
  | { id: number; type: "opened"; book: number; sheetNames: string[]; macroEnabled: boolean }
  | { id: number; type: "sheetData"; sheets: SheetData[] }
  | { id: number; type: "written"; names: string[] }
  /** The workbook as .xlsx bytes (transferred to the page). */
  | { id: number; type: "saved"; bytes: Uint8Array }
  | { id: number; type: "closed" }
  | { id: number; type: "warmed" }
  | { id: number; type: "failed"; message: string };

export type ProgressCallback = (fraction: number, label: ProgressLabel) => void;
