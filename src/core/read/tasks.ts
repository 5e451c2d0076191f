import { hasRules, type AlgorithmId } from "../draw/algorithm";
import type { Cell } from "../grid/cell";
import type { IssueList } from "../issue";
import type { JointType, Quantity, Task, TaskSource, TaskTableShape, TaskType } from "../model";
import { parseDate } from "../values/date";
import { parseInteger } from "../values/number";
import { parsePeriod } from "../values/period";
import { parsePlanQuantity, planQuantityProblem } from "../values/plan-quantity";
import { gradeRatiosProblem, quantityProblem, type ValueProblem } from "../values/range";
import { parseGradeRatios, parseQuantity } from "../values/ratio";
import { compactKey, splitList } from "../values/text";
import { parseJointType, parseTaskType, parseYesNo } from "../values/vocabulary";
import type { Recognised } from "./recognize";
import { integerError, requireText } from "./required";
import { checkLength, dataRows, tableFrame, type DataRow } from "./rows";
import type { SheetSchema } from "./schema";

/** A task as read, before its departments, scope and matters are resolved against the other sheets. */
export interface TaskRow {
  task: Task;
  /** The sheet the row is on. */
  sheet: string;
  scopeTokens: string[];
  matterTokens: string[];
  /** Column key → cell address, for messages. */
  at: (key: string) => string;
  /** 每组人数 was blank: the rules' minimum applies. */
  teamSizeDefault: boolean;
  /** The column the code comes from: 抽查任务编号, or 序号 in tables without one. */
  codeKey: "code" | "seq";
}

/** What one task table says about all its rows (dr-2026.2). */
interface TableFacts {
  shape: TaskTableShape;
  /** `内部` or `联合`: the prefix of codes made from 序号 (docs/draw-spec.md §7.3). */
  kind: "内部" | "联合";
  title: string;
  /** Every line above the header: the plan's year for dates that leave it out is looked for there first. */
  above: string[];
  notes: string[];
  /** 联合类型 implied by the partners column's header (联合科室 → 内部联合, 联合部门 → 跨部门联合). */
  impliedJoint: JointType | null;
}

/** Reads the task rows of one task sheet, as the rules of `algorithm` read them. */
export function readTasks(rec: Recognised, schema: SheetSchema, issues: IssueList, algorithm: AlgorithmId): TaskRow[] {
  const v2 = hasRules(algorithm, "dr-2026.2");
  const facts = v2 ? tableFacts(rec, issues) : null;
  const out: TaskRow[] = [];
  for (const row of dataRows(rec, schema, issues)) {
    if (facts && out.length > 0 && continues(row, out[out.length - 1], rec)) {
      const above = out[out.length - 1].task;
      issues.warning(
        "TASK_ROW_CONTINUED",
        rec.sheet.name,
        `${row.row}:${row.row}`,
        `第 ${row.row} 行没有序号、编号、部门、比例或时间，读作上一行任务 ${above.code} 的续行（其文字接在该任务的同一列之后）；如果它是另一项任务，请填写它的序号等各列。`,
      );
      continue;
    }
    const code = facts ? readCode(row, facts) : requireText(row, "code", "抽查任务编号");
    const name = facts ? readName(row) : requireText(row, "name", "抽查任务名称");
    const initiator = requireText(row, "initiator", "发起部门");
    const partners = splitList(row.text("partners"));
    const scopeText = row.text("scope");

    const quantityText = requireText(row, "quantity", "抽查比例或数量");
    const quantity = quantityText === "" ? null : facts ? readPlanQuantity(row, quantityText, row.text("gradeRatios") !== "") : readQuantity(row, quantityText);
    const gradeRatios = readGradeRatios(row);
    if (quantity?.kind === "byGrade" && gradeRatios === null && !row.isError("gradeRatios") && row.text("gradeRatios") === "") {
      row.error("GRADE_RATIOS_MISSING", facts && !row.has("gradeRatios") ? "quantity" : "gradeRatios", "抽查比例为“按风险等级”，但“分级比例”为空。");
    }
    if (quantity?.kind === "count" && gradeRatios !== null) {
      row.error("QUANTITY_CONFLICT", "gradeRatios", `抽查数量是固定的“${quantityText}”，同时又填写了分级比例；请只保留一种。`);
    }

    const dates = facts && !row.has("start") && !row.has("end") ? readPeriod(row, facts) : { start: readDate(row, "start", "开始时间"), end: readDate(row, "end", "结束时间") };
    const { start, end } = dates;
    if (start && end && start > end) row.error("TASK_DATES_ORDER", row.has("end") ? "end" : "period", `结束时间 ${end} 早于开始时间 ${start}。`);

    let type: TaskType | null = scopeText === "" ? "不定向" : "定向";
    if (row.text("type") !== "") {
      type = parseTaskType(row.value("type"));
      if (type === null) row.error("VALUE_INVALID", "type", `抽查类型“${row.text("type")}”无法识别，请填“定向”或“不定向”。`);
    }

    const jointType = readJointType(row, partners, facts?.impliedJoint ?? null, v2);

    let teamSize = 2;
    const teamSizeDefault = row.text("teamSize") === "";
    if (!teamSizeDefault) {
      const n = parseInteger(row.value("teamSize"));
      // 0 and 1 read, and are TEAM_TOO_SMALL against the rule (check/tasks.ts).
      if (n === null) integerError(row, "teamSize", "每组人数", { min: 2, below: "每组至少 2 人", units: /人$/u });
      else teamSize = n;
    }

    let minPerIndustry: number | null = null;
    if (row.text("minPerIndustry") !== "") {
      minPerIndustry = parseInteger(row.value("minPerIndustry")) ?? parseInteger(row.text("minPerIndustry").replace(/(家|户|个)$/u, ""));
      if (minPerIndustry === null) integerError(row, "minPerIndustry", "每行业最少", { min: 0, below: "应为 0 或正整数（家数）", units: /(家|户|个)$/u });
    }

    let needExpert = false;
    if (row.text("needExpert") !== "") {
      const v = parseYesNo(row.value("needExpert"));
      if (v === null) row.error("VALUE_INVALID", "needExpert", `需要专家“${row.text("needExpert")}”无法识别，请填“是”或“否”。`);
      needExpert = v === true;
    }

    const matterTokens = splitList(row.text("matters"));
    const task: Task = {
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
    };
    if (facts) task.source = source(rec, row, facts);
    const codeKey = facts && !row.has("code") ? "seq" : "code";
    out.push({ task, sheet: rec.sheet.name, scopeTokens: splitList(scopeText), matterTokens, at: (key) => row.address(key), teamSizeDefault, codeKey });
  }
  return out;
}

/** The cells that make a row a task of its own. */
const IDENTIFYING = ["seq", "code", "name", "initiator", "quantity", "start", "end", "period", "planCode"];

/**
 * dr-2026.2: a row holding nothing that makes a task, only text, continues the row above it (a
 * cell too long for one Excel row is written on the rows below it): its texts are appended to
 * the cells above, as typed.
 */
function continues(row: DataRow, above: TaskRow, rec: Recognised): boolean {
  if (IDENTIFYING.some((k) => row.text(k) !== "")) return false;
  const source = above.task.source!;
  for (const key of rec.header.columns.keys()) {
    const v = row.value(key);
    if (typeof v !== "string" || v.trim() === "") continue;
    source.typed[key] = (source.typed[key] ?? "") + v.trim();
    const text = row.text(key);
    if (key === "focus") above.task.focus += text;
    else if (key === "note") above.task.note += text;
    else if (key === "scope") {
      above.task.scope.text += text;
      above.scopeTokens = splitList(above.task.scope.text);
    }
  }
  return true;
}

function tableFacts(rec: Recognised, issues: IssueList): TableFacts {
  const has = (k: string): boolean => rec.header.columns.has(k);
  const { title, above, notes, at } = tableFrame(rec);
  // Written back with the table (sheets/plan-tables.ts): past Excel's limit, they could not be.
  if (title !== "") checkLength(issues, rec.sheet.name, at.title, "计划表标题", title, title, true);
  notes.forEach((note, i) => checkLength(issues, rec.sheet.name, at.notes[i], "注释行", note, note, true));
  const partnersLabel = has("partners") ? compactKey(rec.header.labels[rec.header.columns.get("partners")!] ?? "") : "";
  const shape: TaskTableShape = has("drawingUnit") || (has("category") && !has("partners") && !has("code"))
    ? "internal"
    : has("partnerMatters") || (has("seq") && !has("code") && has("partners"))
      ? "joint"
      : has("period") && has("code")
        ? "work-plan"
        : "flat";
  const where = `${rec.header.lastRow + 1}:${rec.header.lastRow + 1}`;
  if (!has("code") && !has("seq")) issues.error("COLUMN_MISSING", rec.sheet.name, where, "抽查任务表缺少“抽查任务编号”列（没有编号的计划表可用“序号”列，按 内部-1、联合-1 编号）。");
  if (!has("name") && !has("category") && !has("scope")) issues.error("COLUMN_MISSING", rec.sheet.name, where, "抽查任务表缺少“抽查任务名称”列（或“抽查类别”“检查对象”列，用以组成任务名称）。");
  if (!has("period") && !(has("start") && has("end"))) {
    issues.error("COLUMN_MISSING", rec.sheet.name, where, "抽查任务表缺少“开始时间”“结束时间”列（也可用一列“抽查时间”，如 2026年2月至12月）。");
  }
  return {
    shape,
    kind: has("partners") || shape === "joint" ? "联合" : "内部",
    title,
    above,
    notes,
    impliedJoint: impliedJointType(partnersLabel),
  };
}

/** 联合科室 / 联合大队 → 内部联合; 联合部门 / 参与部门 / 配合部门 → 跨部门联合; both or neither → not implied. */
function impliedJointType(label: string): JointType | null {
  const internal = /科室|大队|支队/u.test(label);
  const external = /部门|参与|配合/u.test(label);
  return internal === external ? null : internal ? "内部联合" : "跨部门联合";
}

function source(rec: Recognised, row: DataRow, facts: TableFacts): TaskSource {
  // Text as typed; a number or date Excel made of what was typed is written back from its value.
  const typed: Record<string, string> = {};
  for (const key of rec.header.columns.keys()) {
    const v: Cell = row.value(key);
    if (typeof v === "string" && v.trim() !== "") typed[key] = v.trim();
  }
  return { sheet: rec.sheet.name, shape: facts.shape, typed, table: { title: facts.title, notes: facts.notes } };
}

/** 抽查任务编号, or for a table without one the table kind and the row's 序号: `内部-1`, `联合-2` (§7.3). */
function readCode(row: DataRow, facts: TableFacts): string {
  if (row.has("code")) return requireText(row, "code", "抽查任务编号");
  const seq = row.text("seq");
  if (seq === "") {
    if (row.has("seq") && !row.isError("seq")) row.error("VALUE_MISSING", "seq", "序号为空：没有“抽查任务编号”列的计划表按序号给任务编号，请填写序号。");
    return "";
  }
  return `${facts.kind}-${seq}`;
}

/** 抽查任务名称, or for a table without one its 抽查类别 and 检查对象 (`安全生产：矿山、危化品、工贸行业生产经营单位`). */
function readName(row: DataRow): string {
  if (row.has("name")) return requireText(row, "name", "抽查任务名称");
  const parts = [row.text("category"), row.text("scope").replace(/[。；;，,\s]+$/u, "")].filter((t) => t !== "");
  if (parts.length === 0) row.error("VALUE_MISSING", row.has("category") ? "category" : "scope", "任务没有名称：请填写“抽查类别”或“检查对象”，或增加“抽查任务名称”列。");
  return parts.join("：");
}

function readGradeRatios(row: DataRow) {
  if (row.text("gradeRatios") === "") return null;
  const ratios = parseGradeRatios(row.value("gradeRatios"));
  const range = ratios === null ? gradeRatiosProblem(row.value("gradeRatios")) : null;
  if (range) row.error("VALUE_OUT_OF_RANGE", "gradeRatios", `分级比例中“${range.entry}”${range.problem.says}。`);
  else if (ratios === null) {
    row.error("GRADE_RATIOS_INVALID", "gradeRatios", `分级比例“${row.text("gradeRatios")}”无法识别，应写成 A:3%;B:5%;C:10%;D:30%（等级也可写 低/一般/较高/高风险，可加 未分级:5%）。`);
  }
  return ratios;
}

const QUANTITY_HELP = "可写 3%、3.5%、千分之五、37户、10家，或写“按风险等级”并在“分级比例”列填写 A:3%;B:5%;C:10%;D:30%";

function readQuantity(row: DataRow, text: string): Quantity | null {
  const quantity = parseQuantity(row.value("quantity"));
  if (quantity === null) quantityError(row, text, quantityProblem(row.value("quantity")));
  return quantity;
}

/** A quantity that did not read: out of range or not whole, said so (values/range.ts); else unreadable. */
function quantityError(row: DataRow, text: string, problem: ValueProblem | null): void {
  if (problem) row.error(problem.outOfRange ? "VALUE_OUT_OF_RANGE" : "QUANTITY_INVALID", "quantity", `抽查比例或数量“${text}”${problem.says}。`);
  else row.error("QUANTITY_INVALID", "quantity", `抽查比例或数量“${text}”无法识别；${QUANTITY_HELP}。`);
}

/** dr-2026.2: the wordings of published plans too (values/plan-quantity.ts). */
function readPlanQuantity(row: DataRow, text: string, hasGradeRatios: boolean): Quantity | null {
  const read = parsePlanQuantity(row.value("quantity"));
  if (!read.ok) {
    if (read.reason === "no-number") {
      row.error("QUANTITY_NOT_GIVEN", "quantity", `“${text}”没有给出这次要抽取的比例或数量；请在此格写明，如 3%、37户（可保留原文在“备注”中）。`);
    } else quantityError(row, text, planQuantityProblem(row.value("quantity")));
    return null;
  }
  if (read.byGrade && read.quantity.kind === "ratio" && !hasGradeRatios) {
    row.warning("GRADE_RATIOS_NOT_GIVEN", "quantity", `“${text}”要求结合信用风险等级，但没有填写“分级比例”：按总体比例抽取，不分等级。如需分等级，请增加“分级比例”列，如 A:1%;B:3%;C:10%;D:30%。`);
  }
  return read.quantity;
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

/** dr-2026.2: one 抽查时间 cell for both ends (values/period.ts). */
function readPeriod(row: DataRow, facts: TableFacts): { start: string | null; end: string | null } {
  if (!row.has("period")) return { start: null, end: null };
  const text = requireText(row, "period", "抽查时间");
  if (text === "") return { start: null, end: null };
  const period = parsePeriod(text, planYear(facts.above.join(" "), row.text("planCode"), row.text("planName")));
  if (period.ok) return { start: period.start, end: period.end };
  row.error(
    "DATE_INVALID",
    "period",
    period.reason === "no-year"
      ? `抽查时间“${text}”没有写年份，表格标题和计划编号中也找不到年份；请写成如“2026年7-8月”。`
      : `抽查时间“${text}”无法识别；可写 2026年2月至12月、2026年7-8月、2026年3月1日至11月30日、第二季度 或 11月底前完成。`,
  );
  return { start: null, end: null };
}

/** The plan's year: `2026 年度…` in the table's title, else a plan code (`2026001`, `秦联 2026025`) or name. */
export function planYear(title: string, planCode: string, planName: string): string | null {
  const m = /(20\d{2})\s*年/u.exec(title) ?? /(20\d{2})\d{3}$/.exec(planCode.replace(/\s+/g, "")) ?? /(20\d{2})\s*年/u.exec(planName);
  return m ? m[1] : null;
}

function readJointType(row: DataRow, partners: string[], implied: JointType | null, v2: boolean): JointType | null {
  let jointType: JointType | null = partners.length === 0 ? "部门内部" : v2 ? implied : null;
  if (row.text("jointType") !== "") {
    jointType = parseJointType(row.value("jointType"));
    if (jointType === null) row.error("VALUE_INVALID", "jointType", `联合类型“${row.text("jointType")}”无法识别；可填 部门内部、内部联合、跨部门联合。`);
  } else if (partners.length > 0 && jointType === null && !row.isError("jointType")) {
    row.error("JOINT_TYPE_MISSING", row.has("jointType") ? "jointType" : "partners", "填写了联合部门，请在“联合类型”中注明“内部联合”或“跨部门联合”。");
  }
  if (jointType === "部门内部" && partners.length > 0 && row.text("jointType") !== "") {
    row.error("JOINT_TYPE_CONFLICT", "partners", "联合类型为“部门内部”，却填写了联合部门。");
  }
  if ((jointType === "内部联合" || jointType === "跨部门联合") && partners.length === 0) {
    row.error("PARTNERS_MISSING", row.has("partners") ? "partners" : "jointType", `联合类型为“${jointType}”，请填写联合部门。`);
  }
  return jointType;
}
