import { errorMessage } from "../core";
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
    throw new UnreadableWorkbook(`无法作为 .xlsx 工作簿打开：${path}（${errorMessage(e)}）。如果是 .xls 或 .et 文件，请先另存为 .xlsx。`);
  }
}

/** Writes a new file; an existing file is never overwritten unless `force`. */
export async function saveBook(book: FileWorkbook, path: string, force: boolean): Promise<void> {
  if (existsSync(path) && !force) throw new UsageError(`文件已存在：${path}（不会覆盖；换一个文件名，或加 --force）`);
  writeFileSync(path, await book.toBuffer());
}
