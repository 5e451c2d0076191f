import { hasRules, type AlgorithmId } from "../draw/algorithm";
import type { SheetKind } from "../model";

/** One column of an input sheet: the canonical header and the aliases staff use for it. */
export interface ColumnDef {
  key: string;
  label: string;
  aliases: readonly string[];
  required?: boolean;
  /** The draw reads this column: an error value here blocks the draw. */
  drawReads?: boolean;
  /**
   * No output sheet copies this column's text, so a cell past Excel's 32,767 characters is only a
   * warning here (rows.ts); everywhere else it is an error, as the draw could not write it.
   */
  unwritten?: boolean;
}

export interface SheetSchema {
  kind: SheetKind;
  /** The name a clerk knows the sheet by. */
  title: string;
  columns: readonly ColumnDef[];
}

const col = (key: string, label: string, aliases: string[], flags: Partial<ColumnDef> = {}): ColumnDef => ({
  key,
  label,
  aliases,
  ...flags,
});
const REQ = { required: true, drawReads: true };
const READ = { drawReads: true };
/** Kept or matched only: never copied into a sheet this tool writes. */
const UNWRITTEN = { unwritten: true };

/** 检查对象名录库 as dr-2026.1 reads it. */
export const TARGETS_2026_1: SheetSchema = {
  kind: "targets",
  title: "检查对象名录库",
  columns: [
    col("name", "单位名称", ["企业名称", "检查对象名称", "市场主体名称", "生产经营单位名称", "名称"], REQ),
    col("uscc", "统一社会信用代码", ["社会信用代码", "信用代码", "统一代码", "USCC", "注册号", "统一社会信用代码(注册号)"], REQ),
    col("industry", "行业领域", ["行业", "行业类别", "监管行业", "所属行业", "行业分类"], REQ),
    col("risk", "信用风险等级", ["风险等级", "信用等级", "信用风险分类", "风险分类"], READ),
    col("area", "所属区域", ["区域", "辖区", "属地", "所在地区"], READ),
    col("address", "地址", ["注册地址", "经营地址", "住所"]),
    col("key", "是否重点", ["重点", "重点单位"], READ),
    col("status", "状态", ["经营状态", "登记状态"], READ),
    col("legalRep", "法定代表人", ["法人", "法人代表"], UNWRITTEN),
    col("contact", "联系人", ["联络人"], UNWRITTEN),
    col("phone", "联系电话", ["电话", "联系方式"], UNWRITTEN),
    col("checksThisYear", "本年已检查次数", ["本年检查次数", "已检查次数", "年度已检查次数"], READ),
    col("lastCheckDate", "上次检查日期", ["上次检查时间", "最近检查日期"], READ),
  ],
};

/** `schema` with `column` inserted after the column keyed `after` (first when null). */
function withColumn(schema: SheetSchema, after: string | null, column: ColumnDef): SheetSchema {
  const at = after === null ? 0 : schema.columns.findIndex((c) => c.key === after) + 1;
  return { ...schema, columns: [...schema.columns.slice(0, at), column, ...schema.columns.slice(at)] };
}

/** 检查对象名录库 as dr-2026.2 reads it: also 企业类型 (生产 / 经营 / 使用…), for scopes that name sub-types. */
export const TARGETS: SheetSchema = withColumn(
  TARGETS_2026_1,
  "industry",
  col("subtype", "企业类型", ["行业细分", "经营类型", "单位类型", "企业类别", "生产经营类型"], { ...READ, ...UNWRITTEN }),
);

export const INSPECTORS: SheetSchema = {
  kind: "inspectors",
  title: "执法检查人员名录库",
  columns: [
    col("name", "姓名", ["执法人员", "检查人员", "人员姓名", "执法人员姓名"], REQ),
    col("cert", "执法证号", ["执法证件号", "证件号", "执法证编号", "执法证件编号"], REQ),
    col("certExpiry", "证件有效期至", ["有效期", "有效期至", "执法证有效期"], READ),
    col("department", "所属部门", ["部门", "科室", "单位", "所属科室", "所属大队", "所在单位", "工作单位"], { ...REQ, ...UNWRITTEN }),
    col("fields", "执法领域", ["检查领域", "专业", "执法类别", "执法事项"], { ...READ, ...UNWRITTEN }),
    col("expert", "是否专家", ["专家"], READ),
    col("status", "状态", ["在岗状态", "人员状态"], READ),
  ],
};

/** 抽查事项清单 as dr-2026.1 reads it. */
export const MATTERS_2026_1: SheetSchema = {
  kind: "matters",
  title: "抽查事项清单",
  columns: [
    col("code", "事项编号", ["抽查事项编号"], READ),
    col("rightsItem", "权责清单事项", ["权责事项", "抽查类别"]),
    col("name", "抽查事项", ["抽查事项名称", "检查事项"], REQ),
    col("content", "抽查内容", ["检查内容"], UNWRITTEN),
    col("target", "检查对象", ["抽查对象"], UNWRITTEN),
    col("category", "事项类别", [], UNWRITTEN),
    col("method", "检查方式", ["抽查方式"], UNWRITTEN),
    col("ratioFrequency", "抽查比例及频次", ["抽查比例和频次", "检查频次"], UNWRITTEN),
    col("level", "实施层级", ["检查部门及实施层级", "检查主体", "抽查主体"], UNWRITTEN),
    col("basis", "检查依据", ["抽查依据", "法律依据", "依据"], UNWRITTEN),
  ],
};

/** 抽查事项清单 as dr-2026.2 reads it: also 序号, which plan tables may refer to. */
export const MATTERS: SheetSchema = withColumn(MATTERS_2026_1, null, col("seq", "序号", []));

/** 抽查任务 as dr-2026.1 reads it: one flat table, one row per task, every task coded and dated. */
export const TASKS_2026_1: SheetSchema = {
  kind: "tasks",
  title: "抽查任务",
  columns: [
    col("planCode", "抽查计划编号", ["计划编号"]),
    col("planName", "抽查计划名称", ["计划名称"]),
    col("code", "抽查任务编号", ["任务编号"], REQ),
    col("name", "抽查任务名称", ["任务名称", "联合抽查任务名称"], REQ),
    col("type", "抽查类型", [], READ),
    col("jointType", "联合类型", ["抽查形式"], READ),
    col("initiator", "发起部门", ["发起科室", "牵头部门", "发起单位", "组织落实科室(局)", "牵头科室"], REQ),
    col("partners", "联合部门", ["联合科室", "参与部门", "配合部门", "联合科室/联合部门", "联合大队", "联合科室/联合大队/联合部门"], READ),
    col("scope", "对象范围", ["抽查对象范围", "检查对象范围", "检查对象"], READ),
    col("quantity", "抽查比例或数量", ["抽查比例", "抽查数量", "抽查比例及数量", "抽取数量"], REQ),
    col("gradeRatios", "分级比例", ["风险分级比例", "分级抽查比例"], READ),
    col("minPerIndustry", "每行业最少", ["每行业最少家数", "每行业不少于"], READ),
    col("matters", "抽查事项", ["事项编号", "抽查事项编号"], READ),
    col("method", "检查方式", []),
    col("level", "实施层级", []),
    col("start", "开始时间", ["开始日期", "起始时间", "起始日期"], REQ),
    col("end", "结束时间", ["结束日期", "截止时间", "截止日期"], REQ),
    col("teamSize", "每组人数", ["每组执法人员人数", "检查组人数", "每组执法人员数"], READ),
    col("needExpert", "需要专家", ["是否需要专家"], READ),
    col("focus", "检查重点", []),
    col("note", "备注", []),
  ],
};

/**
 * 抽查任务 as dr-2026.2 reads it: besides the flat table, the plan tables bureaus publish — the
 * Baotou internal and joint tables (序号 instead of a code; 抽查项目 over 抽查类别 | 抽查事项;
 * 联合抽查事项 over 发起部门抽查事项 | 参与部门抽查事项), the Qinhuangdao work plans (发起科室,
 * 联合科室 / 联合部门, one 抽查时间 cell) and the Linzi tables (部门, 配合部门, 检查时间).
 * Which of code / 序号, name / 抽查类别, 开始·结束 / 抽查时间 a table needs is checked per table.
 */
export const TASKS: SheetSchema = {
  kind: "tasks",
  title: "抽查任务",
  columns: [
    col("seq", "序号", []),
    col("planCode", "抽查计划编号", ["计划编号"]),
    col("planName", "抽查计划名称", ["计划名称"]),
    col("code", "抽查任务编号", ["任务编号"], READ),
    col("name", "抽查任务名称", ["任务名称", "联合抽查任务名称"], READ),
    col("category", "抽查类别", ["抽查领域"]),
    col("type", "抽查类型", [], READ),
    col("jointType", "联合类型", ["抽查形式"], READ),
    col("initiator", "发起部门", ["发起科室", "牵头部门", "发起单位", "组织落实科室(局)", "组织落实科室", "牵头科室", "部门"], REQ),
    col("drawingUnit", "检查对象抽取单位", ["抽取单位", "对象抽取单位"], READ),
    col("partners", "联合部门", ["联合科室", "参与部门", "配合部门", "联合科室/联合部门", "联合大队", "联合科室/联合大队/联合部门"], READ),
    col("scope", "对象范围", ["抽查对象范围", "检查对象范围", "检查对象", "抽查对象"], READ),
    col("quantity", "抽查比例或数量", ["抽查比例", "抽查数量", "抽查比例及数量", "抽取数量", "抽查比例及频次"], REQ),
    col("gradeRatios", "分级比例", ["风险分级比例", "分级抽查比例"], READ),
    col("minPerIndustry", "每行业最少", ["每行业最少家数", "每行业不少于"], READ),
    col("matters", "抽查事项", ["事项编号", "抽查事项编号", "发起部门抽查事项", "联合抽查事项"], READ),
    col("partnerMatters", "参与部门抽查事项", ["联合部门抽查事项", "配合部门抽查事项"]),
    col("method", "检查方式", []),
    col("level", "实施层级", []),
    col("start", "开始时间", ["开始日期", "起始时间", "起始日期"], READ),
    col("end", "结束时间", ["结束日期", "截止时间", "截止日期"], READ),
    col("period", "抽查时间", ["检查时间", "实施时间", "抽查时限", "完成时限"], READ),
    col("teamSize", "每组人数", ["每组执法人员人数", "检查组人数", "每组执法人员数"], READ),
    col("needExpert", "需要专家", ["是否需要专家"], READ),
    col("focus", "检查重点", []),
    col("note", "备注", []),
  ],
};

export const RECUSALS: SheetSchema = {
  kind: "recusals",
  title: "回避名单",
  columns: [
    col("cert", "执法证号", ["执法证件号", "证件号"], { ...READ, ...UNWRITTEN }),
    col("inspectorName", "姓名", ["执法人员", "人员姓名", "回避人员"], { ...READ, ...UNWRITTEN }),
    col("uscc", "统一社会信用代码", ["社会信用代码", "信用代码"], { ...READ, ...UNWRITTEN }),
    col("targetName", "单位名称", ["企业名称", "回避对象", "检查对象名称"], { ...READ, ...UNWRITTEN }),
    col("reason", "回避原因", ["原因", "回避事由", "回避理由"], UNWRITTEN),
  ],
};

export const RULES: SheetSchema = {
  kind: "rules",
  title: "抽查规则",
  columns: [
    col("rule", "规则", ["规则名称", "项目", "参数"], { ...REQ, ...UNWRITTEN }),
    col("value", "值", ["取值", "设定值", "数值", "参数值"], REQ),
  ],
};

/**
 * 部门别名 (dr-2026.2): the names a plan table uses for a roster department, where the built-in
 * rules (docs/workbook.md) do not find it: `一大队` → 执法一大队.
 */
export const ALIASES: SheetSchema = {
  kind: "aliases",
  title: "部门别名",
  columns: [
    col("alias", "别名", ["简称", "部门简称", "计划中的写法", "计划表中的名称"], { ...REQ, ...UNWRITTEN }),
    col("department", "名录库中的部门", ["对应部门", "部门全称", "所属部门", "部门"], { ...REQ, ...UNWRITTEN }),
  ],
};

/**
 * 节假日安排: the State Council's 放假 and 调休上班 days of the years the built-in calendar lacks,
 * for disclosure deadlines (docs/workbook.md §3.9). Not an input of the draw.
 */
export const HOLIDAYS: SheetSchema = {
  kind: "holidays",
  title: "节假日安排",
  columns: [
    col("date", "日期", ["公历日期", "具体日期"], { ...REQ, ...UNWRITTEN }),
    col("kind", "放假/上班", ["放假或上班", "放假上班", "放假/调休上班", "放假安排"], { ...REQ, ...UNWRITTEN }),
    col("basis", "依据", ["通知", "文件", "文号", "发文字号"], UNWRITTEN),
  ],
};

/** The input sheets as the current rules read them. */
export const SCHEMAS: Record<SheetKind, SheetSchema> = {
  targets: TARGETS,
  inspectors: INSPECTORS,
  matters: MATTERS,
  tasks: TASKS,
  recusals: RECUSALS,
  rules: RULES,
  aliases: ALIASES,
  holidays: HOLIDAYS,
};

/** The input sheets as the rules of an algorithm read them; a kind it does not know is absent. */
export type Schemas = Partial<Record<SheetKind, SheetSchema>>;

const SCHEMAS_2026_1: Schemas = { ...SCHEMAS, targets: TARGETS_2026_1, matters: MATTERS_2026_1, tasks: TASKS_2026_1, aliases: undefined };

/** The input sheets as the rules of `algorithm` read them (docs/draw-spec.md §7). */
export const schemasFor = (algorithm: AlgorithmId): Schemas => (hasRules(algorithm, "dr-2026.2") ? SCHEMAS : SCHEMAS_2026_1);

/** Sheets this tool writes; never read back as input. */
export const OUTPUT_SHEET_PREFIXES = [
  "抽取结果", "部门内部抽查计划", "部门联合抽查计划", "随机抽查工作计划", "配额核验",
  "抽取记录", "_抽取记录数据", "结果公示", "抽取公告", "抽取作废记录",
] as const;

/**
 * The plan tables this tool writes carry the date they were written (`部门内部抽查计划 2026-03-01`,
 * ` (2)` when taken). A bureau's own plan table may well be called 部门内部抽查计划表: dr-2026.2
 * leaves only the dated names out, and reads the others as the input they are.
 */
export const WRITTEN_PLAN_TABLE = /^(部门内部抽查计划|部门联合抽查计划|随机抽查工作计划) \d{4}-\d{2}-\d{2}( \(\d+\))?$/u;
