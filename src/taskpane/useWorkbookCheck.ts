import { useCallback, useRef, useState } from "react";
import type { WorkbookReading } from "../core/model";
import { CheckError, type CheckServices } from "./services";

export type CheckState =
  | { phase: "idle" }
  | { phase: "reading"; source: string }
  | { phase: "done"; source: string; reading: WorkbookReading }
  | { phase: "failed"; source: string; error: CheckError };

/** Formats ExcelJS cannot read; the user is told to save as .xlsx instead. */
const UNSUPPORTED = /\.(xls|et|ett|xlsb|ods|csv|wps|numbers)$/i;

async function fileBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

function asCheckError(e: unknown): CheckError {
  if (e instanceof CheckError) return e;
  return new CheckError("read-failed", e instanceof Error ? e.message : String(e));
}

/** Runs step 1 (数据检查) on a file or on the sample; only the latest request updates the state. */
export function useWorkbookCheck(services: CheckServices, sampleName: string) {
  const [state, setState] = useState<CheckState>({ phase: "idle" });
  const latest = useRef(0);

  const run = useCallback(
    async (source: string, load: () => Promise<ArrayBuffer>) => {
      const request = ++latest.current;
      setState({ phase: "reading", source });
      try {
        const data = await load();
        const sheets = await services.readSheets(data);
        const reading = await services.readWorkbook(sheets, { today: services.today() });
        if (request === latest.current) setState({ phase: "done", source, reading });
      } catch (e) {
        if (request === latest.current) setState({ phase: "failed", source, error: asCheckError(e) });
      }
    },
    [services],
  );

  const openFile = useCallback(
    (file: File) => {
      const match = UNSUPPORTED.exec(file.name);
      if (match) {
        latest.current += 1;
        setState({ phase: "failed", source: file.name, error: new CheckError("unsupported-format", match[0]) });
        return Promise.resolve();
      }
      return run(file.name, () => fileBytes(file));
    },
    [run],
  );

  const openSample = useCallback(() => run(sampleName, () => services.fetchSample()), [run, services, sampleName]);

  return { state, openFile, openSample };
}
