import { useCallback, useEffect, useRef, useState } from "react";
import { errorMessage, fileKind, notWorkbookMessage, type SheetKind } from "../../core";
import type { EngineOptions, PrepareView, SheetInput } from "../engine/protocol";
import type { SampleId } from "../samples";
import { CheckError, sheetInput, type AppServices, type PaneHost } from "../services";

export type Assign = Partial<Record<SheetKind, string | null>>;

/** A workbook read and checked (every task): what step 1 shows and the later steps start from. */
export interface Loaded {
  source: string;
  host: PaneHost;
  /** The sheets as read (Excel), or the engine's reference to the workbook it holds (file mode). */
  sheets: SheetInput;
  assign: Assign;
  today: string;
  view: PrepareView;
}

export type WorkbookState =
  | { phase: "idle" }
  | { phase: "reading"; source: string }
  | { phase: "failed"; source: string; error: CheckError }
  | { phase: "ready"; loaded: Loaded; checking: boolean };

async function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** The options every prepare of this workbook uses (tasks added by step 2). */
export function engineOptions(loaded: Loaded, tasks?: string[]): EngineOptions {
  return { assign: loaded.assign, today: loaded.today, ...(tasks ? { tasks } : {}) };
}

/**
 * Opens and checks a workbook (file, sample or the one open in Excel), re-checks it with another
 * sheet assignment, and reads it again after the pane wrote to it. Only the latest request wins.
 */
export function useWorkbook(services: AppServices, names: { samples: Record<SampleId, string>; excel: string }) {
  const [state, setState] = useState<WorkbookState>({ phase: "idle" });
  const latest = useRef(0);
  const current = useRef<Loaded | null>(null);
  /** The workbook opened last; the one before it is closed (the engine frees it). */
  const opened = useRef<PaneHost | null>(null);
  useEffect(() => {
    current.current = state.phase === "ready" ? state.loaded : null;
  }, [state]);

  const check = useCallback(
    async (source: string, host: PaneHost, assign: Assign): Promise<Loaded> => {
      let sheets: SheetInput;
      try {
        sheets = await sheetInput(host);
      } catch (e) {
        throw e instanceof CheckError ? e : new CheckError(host.kind === "excel" ? "excel-failed" : "read-failed", errorMessage(e));
      }
      const today = services.today();
      try {
        const view = await services.engine.prepare(sheets, { assign, today });
        return { source, host, sheets, assign, today, view };
      } catch (e) {
        throw new CheckError("engine-failed", errorMessage(e));
      }
    },
    [services],
  );

  const run = useCallback(
    async (source: string, open: () => Promise<PaneHost>) => {
      const request = ++latest.current;
      setState({ phase: "reading", source });
      try {
        const host = await open();
        const previous = opened.current;
        if (previous?.kind === "file" && previous !== host) void previous.close().catch(() => undefined);
        opened.current = host;
        const loaded = await check(source, host, {});
        if (request === latest.current) setState({ phase: "ready", loaded, checking: false });
      } catch (e) {
        const error = e instanceof CheckError ? e : new CheckError("read-failed", errorMessage(e));
        if (request === latest.current) setState({ phase: "failed", source, error });
      }
    },
    [check],
  );

  const openFile = useCallback(
    (file: File) => {
      return run(file.name, async () => {
        const bytes = await fileBytes(file);
        // Named by what the bytes are, not by the extension: an .xls renamed .xlsx is still refused.
        const refused = notWorkbookMessage(fileKind(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 4096))), file.name);
        if (refused) throw new CheckError("not-workbook", refused);
        return services.openFile(bytes, file.name);
      });
    },
    [run, services],
  );

  const openSample = useCallback(
    (id: SampleId) => run(names.samples[id], async () => services.openFile(await services.fetchSample(id), names.samples[id])),
    [run, services, names.samples],
  );

  const openExcel = useCallback(
    () =>
      run(names.excel, async () => {
        try {
          return await services.openExcel();
        } catch (e) {
          throw new CheckError("excel-failed", errorMessage(e));
        }
      }),
    [run, services, names.excel],
  );

  /** Reads the same host again (Excel: after the user fixed cells), keeping the sheet assignment. */
  const reread = useCallback(() => {
    const loaded = current.current;
    if (!loaded) return Promise.resolve();
    return run(loaded.source, async () => loaded.host).then(() => undefined);
  }, [run]);

  /** Re-checks with another sheet for a kind (options.assign); the sheets are not read again. */
  const setAssign = useCallback(
    async (assign: Assign) => {
      const loaded = current.current;
      if (!loaded) return;
      const request = ++latest.current;
      setState({ phase: "ready", loaded, checking: true });
      try {
        const view = await services.engine.prepare(loaded.sheets, { assign, today: loaded.today });
        if (request === latest.current) setState({ phase: "ready", loaded: { ...loaded, assign, view }, checking: false });
      } catch (e) {
        const error = new CheckError("engine-failed", errorMessage(e));
        if (request === latest.current) setState({ phase: "failed", source: loaded.source, error });
      }
    },
    [services],
  );

  /** After the pane wrote sheets: read the host again so later steps see (and name around) them. */
  const refresh = useCallback(async (): Promise<Loaded | null> => {
    const loaded = current.current;
    if (!loaded) return null;
    const request = ++latest.current;
    const next = await check(loaded.source, loaded.host, loaded.assign);
    if (request === latest.current) {
      current.current = next;
      setState({ phase: "ready", loaded: next, checking: false });
    }
    return next;
  }, [check]);

  return { state, openFile, openSample, openExcel, reread, setAssign, refresh };
}
