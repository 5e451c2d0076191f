import { errorMessage, RECORD_DATA_SHEET } from "../../core";

/**
 * What the clerk reads when Excel refuses: per Office error code, what happened and what to do,
 * with the code at the end for whoever supports them — never a raw code alone. The codes and what
 * they mean: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
const CODE_TEXT: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格，不能同时写入或读取：请按 Enter 或 Esc 结束单元格编辑，写入完成前不要再点进单元格，然后再试一次",
  RequestPayloadSizeLimitExceeded: "一次要交给 Excel 的数据超过了 Excel 网页版 5 MB 的上限：请改用 Excel 桌面版（Windows 或 Mac）打开此工作簿再试，或把这段文字发给维护人员",
  ResponsePayloadSizeLimitExceeded: "Excel 一次要送回的数据超过了 Excel 网页版 5 MB 的上限：请改用 Excel 桌面版（Windows 或 Mac）打开此工作簿再试，或把这段文字发给维护人员",
  InactiveWorkbook: "写入或读取时另一个工作簿到了前台，Excel 拒绝继续：请切回此工作簿，完成前不要切换窗口，然后再试一次",
  InvalidSelection: "Excel 拒绝了这次操作，常见原因是完成前另一个工作簿到了前台：请切回此工作簿，完成前不要切换窗口，然后再试一次",
  GeneralException: "Excel 处理时出现内部错误：请保存工作簿，关闭后重新打开再试；仍然失败时请改用文件页面（在浏览器中打开此 .xlsx）",
  AccessDenied: "Excel 不允许修改此工作簿：工作簿结构可能受保护，或工作簿是只读的；请在“审阅 > 保护工作簿”中取消保护，或另存一份可编辑的副本后再试",
  ItemAlreadyExists: "要新建的工作表名称已被占用（可能有人同时在编辑此工作簿）：请再试一次",
  ItemNotFound: "要用到的工作表已不存在（可能有人同时在编辑此工作簿）：请重新读取工作簿后再试",
  ActivityLimitReached: "Excel 正忙：请稍等片刻再试一次",
  RequestAborted: "请求被中断（可能网络断开或 Excel 正在关闭）：请确认网络和 Excel 正常后再试一次",
};

/** The structure-protection refusal, checked before anything is written. */
export const STRUCTURE_PROTECTED = "工作簿结构受保护，不能新增工作表：请在“审阅 > 保护工作簿”中取消保护后再试（保护工作簿结构时 Excel 不允许新增、删除或重命名工作表）";

/**
 * Codes with which Excel refuses a whole batch, nothing of it applied: cell-edit mode ("the batch
 * automatically fails", Excel.RunOptions.delayForCellEdit) and a request over the payload limit.
 */
export const WHOLE_BATCH_REFUSALS = new Set(["InvalidOperationInCellEditMode", "RequestPayloadSizeLimitExceeded"]);

/** The code of an Office error (OfficeExtension.Error.code, or debugInfo.code), or null for anything else. */
export function officeCode(e: unknown): string | null {
  if (typeof e !== "object" || e === null) return null;
  const o = e as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof o.code === "string" && o.code) return o.code;
  if (typeof o.debugInfo?.code === "string" && o.debugInfo.code) return o.debugInfo.code;
  return null;
}

/** What happened and what to do, for any error thrown while talking to Excel. */
export function officeErrorText(e: unknown): string {
  const code = officeCode(e);
  if (!code) return errorMessage(e);
  const known = CODE_TEXT[code];
  const text = known ?? "Excel 拒绝了这次操作：请再试一次；仍然失败时请保存并重新打开工作簿，或改用文件页面（在浏览器中打开此 .xlsx）";
  // Excel's own message (English or localised, not meant for end users) only where the code alone says little.
  const message = typeof (e as { message?: unknown }).message === "string" ? (e as { message: string }).message : "";
  const detail = (!known || code === "GeneralException") && message && message !== code ? `：${message}` : "";
  return `${text}（Excel 错误代码 ${code}${detail}）`;
}

/** Where things stand after a write stopped and its rollback did what it could. */
export interface WriteState {
  /** Sheet names seen at the end, or null when Excel did not answer. */
  present: readonly string[] | null;
  /** The sheets this write added (or may have), in order. */
  added: readonly string[];
  /** How many of `added` a sync Excel answered has created (the rest were queued only). */
  confirmed: number;
  /** The hidden sheet the new record data was written under before taking its name. */
  temp: string | null;
  /** The name the old record data was given in the swap, if it was. */
  backup: string | null;
  /** The workbook had record data before the write. */
  hadRecord: boolean;
}

const has = (names: readonly string[], name: string): boolean => names.some((n) => n.toLowerCase() === name.toLowerCase());
const quoted = (names: readonly string[]): string => names.map((n) => `“${n}”`).join("、");

/** True when the workbook is as it was before the write. */
export function intact(state: WriteState): boolean {
  const present = state.present;
  if (!present) return false;
  return state.added.every((n) => !has(present, n)) && (!state.backup || !has(present, state.backup)) && (!state.hadRecord || has(present, RECORD_DATA_SHEET));
}

/**
 * What the workbook holds after a write that stopped and could not take everything back, in
 * words the clerk can act on: each sheet left behind, and where the earlier record data is.
 */
export function leftoverText(state: WriteState): string {
  const parts: string[] = [];
  const present = state.present;
  if (!present) {
    const made = state.added.slice(0, state.confirmed);
    const maybe = state.added.slice(state.confirmed);
    const hidden = (names: readonly string[]) => (state.temp && names.includes(state.temp) ? `（其中“${state.temp}”是隐藏的）` : "");
    parts.push(`Excel 一直没有回应，撤回没有做成`);
    if (made.length > 0) parts.push(`本次写入的工作表${quoted(made)}${hidden(made)}还在，内容不完整，请删除`);
    if (maybe.length > 0) parts.push(`${made.length > 0 ? "也可能还有" : "本次写入可能留下了"}${quoted(maybe)}${hidden(maybe)}，若有请删除`);
    if (state.backup) parts.push(`原有的抽取记录可能名为“${state.backup}”（隐藏），若没有“${RECORD_DATA_SHEET}”，请把它改名为“${RECORD_DATA_SHEET}”`);
    else if (state.hadRecord) parts.push(`原有的抽取记录（“${RECORD_DATA_SHEET}”）没有改动`);
    return `${parts.join("；")}。请结束单元格编辑、切回此工作簿后检查，处理后再重新操作。`;
  }
  const visible = state.added.filter((n) => has(present, n) && n !== state.temp);
  if (visible.length > 0) parts.push(`本次写入的工作表${quoted(visible)}还在，内容不完整，请删除`);
  if (state.temp && has(present, state.temp)) parts.push(`隐藏的工作表“${state.temp}”（本次未写完的抽取记录）还在，请在任一工作表标签上右键“取消隐藏”后删除它`);
  if (state.hadRecord && !has(present, RECORD_DATA_SHEET) && state.backup && has(present, state.backup)) {
    parts.push(`原有的抽取记录现名为“${state.backup}”（隐藏）：请右键工作表标签“取消隐藏”，把它改名为“${RECORD_DATA_SHEET}”后再隐藏，否则下次抽取看不到以前的抽取（年度上限会算错）`);
  } else if (state.hadRecord && state.backup && has(present, state.backup)) {
    parts.push(`旧的抽取记录“${state.backup}”（隐藏）还在，可以删除`);
  } else if (state.hadRecord) {
    parts.push(`原有的抽取记录（“${RECORD_DATA_SHEET}”）没有改动`);
  }
  return `撤回没有全部完成，工作簿现在的情况：${parts.join("；")}。处理后再重新操作。`;
}
