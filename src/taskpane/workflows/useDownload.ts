import { useState } from "react";
import { errorMessage } from "../../core";
import { saveBytes } from "../download";
import type { PaneHost } from "../services";

/** 下载结果 on the file page: saving, and why the last save failed. Null in Excel (the clerk saves the workbook there). */
export function useDownload(host: PaneHost, fileName: string) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (host.kind !== "file") return null;
  const download = async () => {
    setError(null);
    setSaving(true);
    try {
      saveBytes(await host.toBuffer(), fileName);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, download };
}
