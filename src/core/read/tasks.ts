import { parseDate } from "../values/date";
import type { IssueList } from "../issue";
import type { JointType, Task, TaskType } from "../model";
import { parseInteger } from "../values/number";
import { parseGradeRatios, parseQuantity } from "../values/ratio";
import type { Recognised } from "./recognize";
import { dataRows, type DataRow } from "./rows";
import { TASKS } from "./schema";
import { splitList } from "../values/text";
import { parseJointType, parseTaskType, parseYesNo } from "../values/vocabulary";
import { requireText } from "./required";

/** A task as read, before its departments, scope and matters are resolved against the other sheets. */
export interface TaskRow {
  task: Task;
  scopeTokens: string[];
  matterTokens: string[];
  /** Column key → cell address, for messages. */
  at: (key: string) => string;
  /** 每组人数 was blank: the rules' minimum applies. */
  teamSizeDefault: boolean;
}

/** Reads 抽查任务 (one row per task). */
export function readTasks(rec: Recognised, issues: IssueList): TaskRow[] {
  const out: TaskRow[] = [];
  for (const row of dataRows(rec, TASKS, issues)) {
    const code = requireText(row, "code", "抽查任务编号");
    const name = requireText(row, "name", "抽查任务名称");
    const initiator = requireText(row, "initiator", "发起部门");
    const partners = splitList(row.text("partners"));
    const scopeText = row.text("scope");

    const quantityText = requireText(row, "quantity", "抽查比例或数量");
    const quantity = quantityText === "" ? null : parseQuantity(row.value("quantity"));
    if (quantityText !== "" && quantity === null) {
      row.error(
        "QUANTITY_INVALID",
        "quantity",
        `抽查比例或数量“${quantityText}”无法识别；可写 3%、3.5%、千分之五、37户、10家，或写“按风险等级”并在“分级比例”列填写 A:3%;B:5%;C:10%;D:30%。`,
      );
    }
    let gradeRatios = null;
    if (row.text("gradeRatios") !== "") {
      gradeRatios = parseGradeRatios(row.value("gradeRatios"));
      if (gradeRatios === null) {
        row.error("GRADE_RATIOS_INVALID", "gradeRatios", `分级比例“${row.text("gradeRatios")}”无法识别，应写成 A:3%;B:5%;C:10%;D:30%（等级也可写 低/一般/较高/高风险，可加 未分级:5%）。`);
      }
    }
    if (quantity?.kind === "byGrade" && gradeRatios === null && !row.isError("gradeRatios") && row.text("gradeRatios") === "") {
      row.error("GRADE_RATIOS_MISSING", "gradeRatios", "抽查比例为“按风险等级”，但“分级比例”为空。");
    }
    if (quantity?.kind === "count" && gradeRatios !== null) {
      row.error("QUANTITY_CONFLICT", "gradeRatios", `抽查数量是固定的“${quantityText}”，同时又填写了分级比例；请只保留一种。`);
    }

    const start = readDate(row, "start", "开始时间");
    const end = readDate(row, "end", "结束时间");
    if (start && end && start > end) row.error("TASK_DATES_ORDER", "end", `结束时间 ${end} 早于开始时间 ${start}。`);

    let type: TaskType | null = scopeText === "" ? "不定向" : "定向";
    if (row.text("type") !== "") {
      type = parseTaskType(row.value("type"));
      if (type === null) row.error("VALUE_INVALID", "type", `抽查类型“${row.text("type")}”无法识别，请填“定向”或“不定向”。`);
    }

    let jointType: JointType | null = partners.length === 0 ? "部门内部" : null;
    if (row.text("jointType") !== "") {
      jointType = parseJointType(row.value("jointType"));
      if (jointType === null) row.error("VALUE_INVALID", "jointType", `联合类型“${row.text("jointType")}”无法识别；可填 部门内部、内部联合、跨部门联合。`);
    } else if (partners.length > 0 && !row.isError("jointType")) {
      row.error("JOINT_TYPE_MISSING", row.has("jointType") ? "jointType" : "partners", "填写了联合部门，请在“联合类型”中注明“内部联合”或“跨部门联合”。");
    }
    if (jointType === "部门内部" && partners.length > 0 && row.text("jointType") !== "") {
      row.error("JOINT_TYPE_CONFLICT", "partners", "联合类型为“部门内部”，却填写了联合部门。");
    }
    if ((jointType === "内部联合" || jointType === "跨部门联合") && partners.length === 0) {
      row.error("PARTNERS_MISSING", row.has("partners") ? "partners" : "jointType", `联合类型为“${jointType}”，请填写联合部门。`);
    }

    let teamSize = 2;
    const teamSizeDefault = row.text("teamSize") === "";
    if (!teamSizeDefault) {
      const n = parseInteger(row.value("teamSize"));
      if (n === null) row.error("NUMBER_INVALID", "teamSize", `每组人数“${row.text("teamSize")}”不是整数。`);
      else teamSize = n;
    }

    let minPerIndustry: number | null = null;
    if (row.text("minPerIndustry") !== "") {
      minPerIndustry = parseInteger(row.value("minPerIndustry")) ?? parseInteger(row.text("minPerIndustry").replace(/(家|户|个)$/u, ""));
      if (minPerIndustry === null) row.error("NUMBER_INVALID", "minPerIndustry", `每行业最少“${row.text("minPerIndustry")}”不是整数。`);
    }

    let needExpert = false;
    if (row.text("needExpert") !== "") {
      const v = parseYesNo(row.value("needExpert"));
      if (v === null) row.error("VALUE_INVALID", "needExpert", `需要专家“${row.text("needExpert")}”无法识别，请填“是”或“否”。`);
      needExpert = v === true;
    }

    const matterTokens = splitList(row.text("matters"));
    out.push({
      task: {
        row: row.row,
        planCode: row.text("planCode"),
        planName: row.text("planName"),
        code,
        name,
        type: type ?? "定向",
        jointType: jointType ?? "部门内部",
        initiator,
        partners,
        scope: { industries: [], areas: [], key: null, text: scopeText },
        quantity: quantity ?? { kind: "count", count: 0, text: quantityText },
        gradeRatios,
        minPerIndustry,
        matters: matterTokens,
        method: row.text("method"),
        level: row.text("level"),
        start: start ?? "",
        end: end ?? "",
        teamSize,
        needExpert,
        focus: row.text("focus"),
        note: row.text("note"),
      },
      scopeTokens: splitList(scopeText),
      matterTokens,
      at: (key) => row.address(key),
      teamSizeDefault,
    });
  }
  return out;
}

function readDate(row: DataRow, key: "start" | "end", label: string): string | null {
  const text = requireText(row, key, label);
  if (text === "") return null;
  const iso = parseDate(row.value(key), key);
  if (iso === null) {
    row.error("DATE_INVALID", key, `${label}“${text}”不是可识别的日期；可写 2026-03-01、2026/3/1、2026.3.1、2026年3月1日 或 2026年3月。`);
  }
  return iso;
}
