import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, statSync, unlinkSync, writeFileSync, type BigIntStats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { errorMessage, fileKind, notWorkbookMessage, refusedWorkbookMessage, unreadableWorkbookMessage } from "../core";
import { FileWorkbook } from "../host/file/workbook-file";
import { CliFailure } from "./failure";

/** Where the CLI prints: JSON documents to stdout, human text to stdout, messages to stderr. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
};

const errno = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? "";

function stat(path: string): BigIntStats | null {
  try {
    return statSync(path, { bigint: true });
  } catch (e) {
    if (errno(e) === "ENOENT" || errno(e) === "ENOTDIR") return null;
    if (errno(e) === "EACCES" || errno(e) === "EPERM") throw new CliFailure("NO_PERMISSION", `没有访问“${path}”的权限。`);
    throw new CliFailure("READ_FAILED", `无法访问“${path}”（${errno(e) || String(e)}）。`);
  }
}

/** The file's bytes, or a failure that says in Chinese why not (missing, a folder, no permission). */
export function readInput(path: string): Uint8Array {
  const s = stat(path);
  if (!s) {
    const folder = dirname(resolve(path));
    if (!stat(folder)?.isDirectory()) throw new CliFailure("FILE_NOT_FOUND", `找不到文件“${path}”：文件夹“${folder}”不存在。`);
    throw new CliFailure("FILE_NOT_FOUND", `找不到文件“${path}”。请检查文件名和所在文件夹。`);
  }
  if (s.isDirectory()) throw new CliFailure("NOT_A_FILE", `“${path}”是一个文件夹，不是工作簿文件。`);
  try {
    return readFileSync(path);
  } catch (e) {
    if (errno(e) === "EACCES" || errno(e) === "EPERM") throw new CliFailure("NO_PERMISSION", `没有读取“${path}”的权限。`);
    throw new CliFailure("READ_FAILED", `无法读取“${path}”（${errno(e) || String(e)}）。`);
  }
}

/**
 * Opens an .xlsx; anything else (.xls/.et, .ods, a CSV, a damaged file) is refused with the same
 * words the file page uses.
 */
export async function openBook(path: string): Promise<FileWorkbook> {
  const bytes = readInput(path);
  const name = basename(path);
  const refused = notWorkbookMessage(fileKind(bytes), name);
  if (refused) throw new CliFailure("NOT_A_WORKBOOK", refused);
  let book: FileWorkbook;
  try {
    book = await FileWorkbook.open(bytes);
  } catch (e) {
    const refusal = refusedWorkbookMessage(name, errorMessage(e));
    if (refusal) throw new CliFailure("NOT_A_WORKBOOK", refusal);
    throw new CliFailure("WORKBOOK_DAMAGED", unreadableWorkbookMessage(name, ""));
  }
  if (book.sheetNames().length === 0) throw new CliFailure("NOT_A_WORKBOOK", notWorkbookMessage("other", name)!);
  return book;
}

/**
 * Checks, before any work is done, that `out` can be written: its folder exists, it is not a
 * folder, it is not the input itself under any name (symbolic or hard link, other letter case),
 * whatever the flags; and an existing file is replaced only with `force`.
 */
export function checkOutput(out: string, force: boolean, input?: string): void {
  const folder = dirname(resolve(out));
  const f = stat(folder);
  if (!f) throw new CliFailure("FOLDER_NOT_FOUND", `无法写出“${out}”：文件夹“${folder}”不存在。`);
  if (!f.isDirectory()) throw new CliFailure("FOLDER_NOT_FOUND", `无法写出“${out}”：“${folder}”不是文件夹。`);
  const o = stat(out);
  if (!o) return;
  if (o.isDirectory()) throw new CliFailure("NOT_A_FILE", `“${out}”是一个文件夹，不能作为输出文件。`);
  const i = input === undefined ? null : stat(input);
  if (i && i.dev === o.dev && i.ino === o.ino) {
    throw new CliFailure("OUTPUT_IS_INPUT", `输出文件“${out}”就是输入文件“${input}”：原工作簿从不被改写（--force 也不行）。请换一个输出文件名。`);
  }
  if (!force) throw new CliFailure("OUTPUT_EXISTS", `文件已存在：“${out}”（不会覆盖；换一个文件名，或加 --force）。`);
}

/**
 * Writes a new file: first to a temporary file in the same folder, then renamed over `out`, so a
 * failed write never leaves half a workbook (nor damages the file it would replace).
 */
export async function saveBook(book: FileWorkbook, out: string, force: boolean, input?: string): Promise<void> {
  checkOutput(out, force, input);
  // The result keeps the workbook's macros (vbaProject.bin as it came); Excel opens such a file only as .xlsm.
  if (book.macroEnabled && !/\.xlsm$/i.test(out)) {
    throw new CliFailure("MACRO_OUTPUT", `工作簿含宏（.xlsm）：结果原样保留宏，只能保存为 .xlsm 文件。请把输出文件名改为“${basename(out).replace(/\.[^.]*$/, "")}.xlsm”。`);
  }
  // A result is a workbook, never a template, and has macros exactly when its input had them.
  if (!book.macroEnabled && /\.(xlsm|xltx|xltm)$/i.test(out)) {
    throw new CliFailure("OUTPUT_TYPE", `结果是不含宏的工作簿，只能保存为 .xlsx 文件（Excel 不打开扩展名与内容不符的文件）。请把输出文件名改为“${basename(out).replace(/\.[^.]*$/, "")}.xlsx”。`);
  }
  const bytes = await book.toBuffer();
  const temp = join(dirname(resolve(out)), `.${basename(out)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: "wx" });
    renameSync(temp, out);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      /* the temporary file was never created */
    }
    const code = errno(e);
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      throw new CliFailure("NO_PERMISSION", `没有写入“${out}”的权限（文件夹只读，或文件正在 Excel/WPS 中打开）。`);
    }
    if (code === "EBUSY") throw new CliFailure("WRITE_FAILED", `“${out}”正被其他程序使用（可能在 Excel/WPS 中打开）：请关闭后再试。`);
    if (code === "ENOSPC") throw new CliFailure("WRITE_FAILED", `磁盘空间不足，无法写出“${out}”。`);
    throw new CliFailure("WRITE_FAILED", `无法写出“${out}”（${code || String(e)}）。`);
  }
}
