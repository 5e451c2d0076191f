import type { IssueList } from "../issue";
import type { Target } from "../model";
import { parseDate } from "../values/date";
import { parseInteger } from "../values/number";
import type { Recognised } from "./recognize";
import { dataRows, type DataRow } from "./rows";
import type { SheetSchema } from "./schema";
import { isUsccShape, isValidUscc, normalizeUscc, usccCheckChar } from "../values/uscc";
import { INACTIVE_STATUSES, parseRiskGrade, parseTargetStatus, parseYesNo } from "../values/vocabulary";
import { integerError, requireText } from "./required";

/** Reads 检查对象名录库 rows into targets; duplicates are checked by the caller. */
export function readTargets(rec: Recognised, schema: SheetSchema, issues: IssueList, v2: boolean): Target[] {
  const out: Target[] = [];
  let c: TargetSlots | null = null;
  for (const row of dataRows(rec, schema, issues)) {
    c ??= targetSlots(row);
    const name = requireText(row, "name", "单位名称", c.name);
    const uscc = readUscc(row, c.uscc);
    const industry = requireText(row, "industry", "行业领域", c.industry);

    let risk = parseRiskGrade(row.valueAt(c.risk));
    if (risk === null) {
      row.error("VALUE_INVALID", "risk", `信用风险等级“${row.textAt(c.risk)}”无法识别；可填 A/B/C/D、低/一般/较高/高风险，或留空（未分级）。`);
      risk = "未分级";
    } else if (risk === "未分级" && c.risk >= 0) {
      row.warning("RISK_UNGRADED", "risk", "信用风险等级为空（未分级），将计入“信用分类抽查占比”的未分级部分。");
    }

    let status = row.textAt(c.status) === "" ? "正常" : parseTargetStatus(row.valueAt(c.status), v2);
    if (status === null) {
      const words = v2 ? "正常（存续、在营、开业、在册）、停产、停业、清算、注销、吊销、撤销、迁出、关闭" : "正常、停产、注销、吊销、撤销、迁出、关闭";
      row.error("VALUE_INVALID", "status", `状态“${row.textAt(c.status)}”无法识别；可填 ${words}。`);
      status = "正常";
    } else if (INACTIVE_STATUSES.includes(status)) {
      row.warning("TARGET_INACTIVE", "status", `状态为“${status}”，该单位不参加抽取。`);
    }

    let key: boolean | null = null;
    if (row.textAt(c.key) !== "") {
      key = parseYesNo(row.valueAt(c.key));
      if (key === null) row.error("VALUE_INVALID", "key", `是否重点“${row.textAt(c.key)}”无法识别，请填“是”或“否”。`);
    }

    let checks: number | null = null;
    if (row.textAt(c.checksThisYear) !== "") {
      checks = parseInteger(row.valueAt(c.checksThisYear));
      if (checks === null) integerError(row, "checksThisYear", "本年已检查次数", { min: 0, below: "不能为负数", units: /次$/u, unreadable: "不是非负整数" }, c.checksThisYear);
    }

    let lastCheck: string | null = null;
    if (row.textAt(c.lastCheckDate) !== "") {
      lastCheck = parseDate(row.valueAt(c.lastCheckDate));
      if (lastCheck === null) row.error("DATE_INVALID", "lastCheckDate", `上次检查日期“${row.textAt(c.lastCheckDate)}”无法识别。`);
    }

    const target: Target = {
      row: row.row,
      name,
      uscc,
      industry,
      risk,
      area: row.textAt(c.area),
      address: row.textAt(c.address),
      key,
      status,
      legalRep: row.textAt(c.legalRep),
      contact: row.textAt(c.contact),
      phone: row.textAt(c.phone),
      checksThisYear: checks,
      lastCheckDate: lastCheck,
    };
    if (v2) {
      target.subtype = row.textAt(c.subtype);
      const rawName = row.valueAt(c.name);
      const rawAddress = row.valueAt(c.address);
      if (typeof rawName === "string" && rawName.trim() !== name) (target.shown ??= {}).name = rawName.trim();
      if (typeof rawAddress === "string" && rawAddress.trim() !== target.address) (target.shown ??= {}).address = rawAddress.trim();
    }
    out.push(target);
  }
  return out;
}

/** The slots of the columns a target row reads: resolved once per sheet (see DataRow.slot). */
function targetSlots(row: DataRow) {
  return {
    name: row.slot("name"),
    uscc: row.slot("uscc"),
    industry: row.slot("industry"),
    subtype: row.slot("subtype"),
    risk: row.slot("risk"),
    status: row.slot("status"),
    key: row.slot("key"),
    checksThisYear: row.slot("checksThisYear"),
    lastCheckDate: row.slot("lastCheckDate"),
    area: row.slot("area"),
    address: row.slot("address"),
    legalRep: row.slot("legalRep"),
    contact: row.slot("contact"),
    phone: row.slot("phone"),
  };
}

type TargetSlots = ReturnType<typeof targetSlots>;

function readUscc(row: DataRow, slot: number): string {
  const raw = row.valueAt(slot);
  if (typeof raw === "number") {
    if (!Number.isSafeInteger(raw)) {
      row.error(
        "USCC_AS_NUMBER",
        "uscc",
        "统一社会信用代码被存成了数字，末几位已丢失；请把该列设为“文本”格式后重新录入（或从原始台账复制）。",
      );
      return "";
    }
  }
  const text = requireText(row, "uscc", "统一社会信用代码", slot);
  if (text === "") return "";
  const code = normalizeUscc(text);
  if (isValidUscc(code)) return code;
  const shape = isUsccShape(code);
  if (!shape && !(code.length === 18 && usccCheckChar(code.slice(0, 17)) !== null)) {
    row.warning("USCC_FORMAT", "uscc", `“${code}”不是 18 位统一社会信用代码（按原样使用，请核对）。`);
  } else if (!(shape && usccCheckChar(code.slice(0, 17)) === code[17])) {
    row.warning("USCC_CHECKSUM", "uscc", `统一社会信用代码“${code}”校验位不符（按 GB 32100-2015 应为“${usccCheckChar(code.slice(0, 17))}”），按原样保留，请核对。`);
  }
  return code;
}
