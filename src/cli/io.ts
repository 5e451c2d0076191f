import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { FileWorkbook } from "../host/file/workbook-file";
import { UsageError } from "./args";

/** Where the CLI prints: JSON documents to stdout, human text to stdout, messages to stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
};

export class UnreadableWorkbook extends Error {}

export async function openBook(path: string): Promise<FileWorkbook> {
  if (!existsSync(path)) throw new UsageError(`找不到文件：${path}`);
  try {
    return await FileWorkbook.open(readFileSync(path));
  } catch (e) {
    throw new UnreadableWorkbook(`无法作为 .xlsx 工作簿打开：${path}（${(e as Error).message}）。如果是 .xls 或 .et 文件，请先另存为 .xlsx。`);
  }
}

/** Writes a new file; an existing file is never overwritten unless `force`. */
export async function saveBook(book: FileWorkbook, path: string, force: boolean): Promise<void> {
  if (existsSync(path) && !force) throw new UsageError(`文件已存在：${path}（不会覆盖；换一个文件名，或加 --force）`);
  writeFileSync(path, await book.toBuffer());
}

/** Now as ISO 8601 with the local offset ("2026-03-01T10:15:00+08:00"). */
export function localIsoTime(now = new Date()): string {
  const p = (n: number): string => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const off = -now.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}:${p(now.getSeconds())}${sign}${p(off / 60)}:${p(off % 60)}`;
}

/** Today's date in local time, `YYYY-MM-DD`: the CLI, not the core, reads the clock. */
export function localToday(now = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
