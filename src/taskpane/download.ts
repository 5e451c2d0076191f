/** Saving the in-memory workbook as a download: a Blob and an object URL, nothing leaves the machine. */
import type { PaneHost } from "./services";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * `包头2026.xlsx` drawn on 2026-03-01 → `包头2026-抽取结果-2026-03-01.xlsx` (as the CLI names it). The
 * extension comes from the package, not from the file's name: a workbook with macros stays .xlsm
 * (its macros are kept, and Excel opens them only as .xlsm), a template's result is a workbook.
 */
export function resultFileName(host: PaneHost, title: string, date: string, label: string): string {
  const stem = title.replace(/\.(xlsx|xlsm|xltx|xltm|xls)$/i, "").trim() || "工作簿";
  return `${stem}-${label}-${date}.${host.kind === "file" && host.macroEnabled ? "xlsm" : "xlsx"}`;
}

/** Offers `bytes` to the user as a file called `name`. */
export function saveBytes(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Long enough for the browser to start the download; the URL is then released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
