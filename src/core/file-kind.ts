/**
 * What a file is, from its first bytes: the hosts look before they hand a file to the .xlsx reader,
 * so that an .xls, an .ods, a CSV or an encrypted workbook is named as what it is — with the same
 * words on the command line and on the file page — instead of failing somewhere in an unzipper.
 */
export type FileKind = "xlsx" | "ods" | "ole" | "pdf" | "text" | "empty" | "other";

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0): boolean => bytes.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number): string => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

export function fileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OpenDocument file stores its "mimetype" first, uncompressed.
    return /^mimetype.*opendocument/s.test(ascii(bytes, 30, 120)) ? "ods" : "xlsx";
  }
  // The OLE2 compound file: .xls, WPS .et, and password-protected .xlsx alike.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  const head = bytes.subarray(0, 4096);
  let printable = 0;
  for (const c of head) if (c === 9 || c === 10 || c === 13 || c >= 0x20) printable += 1;
  return printable === head.length ? "text" : "other";
}

/** Why a file that is not an .xlsx workbook cannot be opened, and what to do; null for an .xlsx. */
export function notWorkbookMessage(kind: FileKind, name: string): string | null {
  const save = "请在 Excel 或 WPS 中打开它，“另存为” Excel 工作簿（.xlsx）后再试。";
  switch (kind) {
    case "xlsx":
      return null;
    case "ods":
      return `“${name}”是 OpenDocument 电子表格（.ods，LibreOffice 的格式），不是 .xlsx 工作簿。请在 LibreOffice 中“另存为” Excel 2007-365（.xlsx）后再试。`;
    case "ole":
      return `“${name}”是旧版 Excel（.xls）或 WPS（.et）格式，或是设置了打开密码的工作簿，无法直接读取。${save}（有密码的请先取消密码。）`;
    case "pdf":
      return `“${name}”是 PDF 文件，不是工作簿。请使用保存名录和计划的 Excel 工作簿（.xlsx）。`;
    case "text":
      return `“${name}”是文本文件（如 .csv），不是工作簿。${save}`;
    case "empty":
      return `“${name}”是空文件（0 字节）。`;
    case "other":
      return `“${name}”不是 Excel 工作簿（.xlsx）。${save}`;
  }
}

/** An .xlsx the reader still could not open: damaged, or not really one. */
export const unreadableWorkbookMessage = (name: string, detail: string): string =>
  `“${name}”无法作为 Excel 工作簿（.xlsx）读取${detail ? `（${detail}）` : ""}：文件可能已损坏或被截断。请在 Excel 或 WPS 中打开并重新保存后再试。`;

/**
 * Why an .xlsx package is refused on purpose (the reader's BookError says exactly this); the hosts
 * put the file's name before it. Strict Open XML uses other namespaces throughout, and sheets added
 * to it would have to be written in them too, which no test here can check against Excel itself.
 */
export const STRICT_WORKBOOK_REASON = "是“Strict Open XML 电子表格”格式的工作簿（Excel“另存为”中的一种格式），本工具不读取这种格式。请在 Excel 中打开它，“另存为”“Excel 工作簿 (*.xlsx)”后再试。";

/** The message for a refused package, or null when `reason` is not one of the refusals above. */
export const refusedWorkbookMessage = (name: string, reason: string): string | null => (reason === STRICT_WORKBOOK_REASON ? `“${name}”${reason}` : null);
