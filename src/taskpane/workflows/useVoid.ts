import { useState } from "react";
import { errorMessage, type Attempt } from "../../core";
import { leftWorkbookChanged } from "../../host/workbook-host";
import type { Running } from "../components/ProgressStatus";
import { sheetInput, type AppServices, type PaneHost } from "../services";

/** 作废 of 第 `attempt` 次抽取, as the form has it. */
export interface VoidRequest {
  host: PaneHost;
  attempt: number;
  reason: string;
  operator: string;
}

/** Why a 作废 did not happen; only a write's failure touched the workbook, and the host rolled it back. */
export type VoidFailure =
  /** The core said no (no such attempt, already 作废, no reason, no record): its message, nothing written. */
  | { kind: "refused"; message: string }
  | { kind: "read"; message: string }
  /** `changed`: the host could not take back all it wrote (the message says what is left). */
  | { kind: "write"; message: string; changed?: boolean }
  | { kind: "engine"; message: string };

export type VoidResult = { ok: true; attempt: Attempt; written: string[] } | { ok: false; failure: VoidFailure };

/** The form's reason counts only if something is left once normalised as the core normalises it. */
export const reasonGiven = (reason: string): boolean => reason.normalize("NFKC").trim() !== "";

/** Shares of the progress bar: reading the workbook, the engine's 作废, writing the two sheets. */
const READ = 0.3;
const VOID = 0.3;

/**
 * 作废 from the pane (as `double-random void` does it): read the workbook as it is now, have the
 * engine run `voidAttempt` with the pane's clock, and write the specs it returns through the host
 * exactly as a draw writes its own — a new 抽取作废记录 and `_抽取记录数据` replaced, all or nothing.
 */
export async function voidAndWrite(services: AppServices, request: VoidRequest, progress: (running: Running) => void): Promise<VoidResult> {
  const { host, attempt } = request;
  progress({ fraction: 0, label: "reading" });
  let sheets;
  try {
    sheets = await sheetInput(host, (f) => progress({ fraction: READ * f, label: "reading" }));
  } catch (e) {
    return { ok: false, failure: { kind: "read", message: errorMessage(e) } };
  }
  let outcome;
  try {
    const meta = { time: services.now(), operator: request.operator.normalize("NFKC").trim(), reason: request.reason };
    outcome = await services.engine.voidAttempt(sheets, attempt, meta, (f) => progress({ fraction: READ + VOID * f, label: "voiding" }));
  } catch (e) {
    return { ok: false, failure: { kind: "engine", message: errorMessage(e) } };
  }
  if (!outcome.ok) return { ok: false, failure: { kind: "refused", message: outcome.message } };
  const writeFrom = READ + VOID;
  progress({ fraction: writeFrom, label: "writing" });
  try {
    const written = await host.writeSheets(outcome.specs, (f) => progress({ fraction: writeFrom + (1 - writeFrom) * f, label: "writing" }));
    return { ok: true, attempt: outcome.attempt, written };
  } catch (e) {
    return { ok: false, failure: { kind: "write", message: errorMessage(e), ...(leftWorkbookChanged(e) && { changed: true }) } };
  }
}

/** The 作废 form of one attempt: open while the clerk fills it in, with its progress and why the last try failed. */
export interface VoidForm {
  attempt: number;
  reason: string;
  operator: string;
  running: Running | null;
  failure: VoidFailure | null;
}

export type VoidState =
  | { phase: "idle" }
  | { phase: "form"; form: VoidForm }
  /** Written: the attempt as it now reads, and the sheets written (抽取作废记录, `_抽取记录数据`). */
  | { phase: "done"; attempt: Attempt; written: string[] };

/**
 * 作废… next to an attempt: one form at a time; 操作人 starts as `operator` (the draw's, where the
 * pane knows it); confirm only with a reason. After a write, `onVoided` runs (re-verify, re-read).
 */
export function useVoid(services: AppServices, host: PaneHost, operator: string, onVoided: () => Promise<unknown>) {
  const [state, setState] = useState<VoidState>({ phase: "idle" });
  const form = state.phase === "form" ? state.form : null;
  const busy = form?.running != null;

  const open = (attempt: number) => setState({ phase: "form", form: { attempt, reason: "", operator, running: null, failure: null } });
  const cancel = () => {
    if (!busy) setState({ phase: "idle" });
  };
  const edit = (change: Partial<Pick<VoidForm, "reason" | "operator">>) => {
    if (form && !busy) setState({ phase: "form", form: { ...form, ...change } });
  };

  const confirm = async () => {
    if (!form || busy || !reasonGiven(form.reason)) return;
    const start = { ...form, failure: null };
    const result = await voidAndWrite(services, { host, attempt: form.attempt, reason: form.reason, operator: form.operator }, (running) =>
      setState({ phase: "form", form: { ...start, running } }),
    );
    if (!result.ok) {
      setState({ phase: "form", form: { ...start, running: null, failure: result.failure } });
      return;
    }
    setState({ phase: "done", attempt: result.attempt, written: result.written });
    await onVoided();
  };

  return { state, form, busy, canConfirm: form !== null && !busy && reasonGiven(form.reason), open, cancel, edit, confirm };
}

export type VoidControl = ReturnType<typeof useVoid>;
