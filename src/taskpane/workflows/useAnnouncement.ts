import { useState } from "react";
import { errorMessage } from "../../core";
import { leftWorkbookChanged } from "../../host/workbook-host";
import { resultFileName, saveBytes } from "../download";
import type { AppServices } from "../services";
import { engineOptions, type Loaded } from "./useWorkbook";

export type Announce =
  | { phase: "idle" }
  | { phase: "writing" }
  | { phase: "written"; names: string[]; digest: string }
  | { phase: "failed"; message: string; changed?: boolean };

/** Writes the plan tables, the 抽取公告 and the quota preview into the workbook; returns the sheet names. */
export async function writeAnnouncement(services: AppServices, loaded: Loaded, tasks: string[] | undefined): Promise<string[]> {
  const specs = await services.engine.announce(loaded.sheets, engineOptions(loaded, tasks), services.now());
  return loaded.host.writeSheets(specs);
}

/**
 * Step 2's 写出抽取公告: write, then have the workbook read again (`onWritten`); on the file page
 * the workbook with the announcement can be downloaded. `written` holds only while the digest it
 * was written for is still the one shown.
 */
export function useAnnouncement(services: AppServices, loaded: Loaded, fileLabel: string, onWritten: () => Promise<unknown>) {
  const [state, setState] = useState<Announce>({ phase: "idle" });

  const write = async (frameDigest: string, tasks: string[] | undefined) => {
    setState({ phase: "writing" });
    try {
      const names = await writeAnnouncement(services, loaded, tasks);
      setState({ phase: "written", names, digest: frameDigest });
      await onWritten();
    } catch (e) {
      setState({ phase: "failed", message: errorMessage(e), ...(leftWorkbookChanged(e) && { changed: true }) });
    }
  };

  const host = loaded.host;
  const download =
    host.kind === "file" ? async () => saveBytes(await host.toBuffer(), resultFileName(host, loaded.source, loaded.today, fileLabel)) : null;

  return { state, write, download };
}
