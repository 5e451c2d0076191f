import { useState } from "react";
import { errorMessage, type VerifyReport } from "../../core";
import type { Running } from "../components/ProgressStatus";
import { sheetInput, type AppServices, type PaneHost } from "../services";

export type VerifyState =
  | { phase: "idle" }
  | { phase: "running"; progress: Running }
  | { phase: "done"; report: VerifyReport }
  | { phase: "failed"; message: string };

/** Share of the progress bar for reading the workbook; the rest is the engine's recomputation. */
const READ = 0.3;

/** 核验: read the workbook again and recompute every kept draw in it, cell by cell. */
export async function verifyBook(services: AppServices, host: PaneHost, progress: (running: Running) => void): Promise<VerifyReport> {
  progress({ fraction: 0, label: "reading" });
  const sheets = await sheetInput(host, (f) => progress({ fraction: READ * f, label: "reading" }));
  return services.engine.verify(sheets, (f) => progress({ fraction: READ + (1 - READ) * f, label: "verifying" }));
}

export function useVerify(services: AppServices, host: PaneHost) {
  const [state, setState] = useState<VerifyState>({ phase: "idle" });
  const run = async () => {
    try {
      const report = await verifyBook(services, host, (progress) => setState({ phase: "running", progress }));
      setState({ phase: "done", report });
    } catch (e) {
      setState({ phase: "failed", message: errorMessage(e) });
    }
  };
  return { state, run };
}
