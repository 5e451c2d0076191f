import type { Cell } from "../grid/cell";
import type { SheetKind } from "../model";
import { RULE_DEFS } from "../read/rule-defs";
import { SCHEMAS, TASKS_2026_1 } from "../read/schema";
import type { ColumnSpec, SheetSpec } from "./sheet-spec";
import { formatPercent } from "../values/fraction";
import { DEFAULT_RULES } from "../read/rule-defs";
import { builtinDays } from "../calendar/workdays";

const YES_NO = ["是", "否"];

/** Per kind: column key → dropdown / format / width, and the example row (by key). */
interface TemplateSheet {
  columns: Record<string, Partial<ColumnSpec>>;
  example: Record<string, Cell>;
}

type ExampleKind = Exclude<SheetKind, "rules" | "holidays">;

const SHEETS: Record<ExampleKind, TemplateSheet> = {
  targets: {
    columns: {
      name: { width: 30 },
      uscc: { width: 22, format: "text" },
      industry: { width: 12 },
      risk: { width: 12, list: ["A", "B", "C", "D"] },
      area: { width: 12 },
      address: { width: 30 },
      key: { width: 9, list: YES_NO },
      status: { width: 9, list: ["正常", "停产", "停业", "清算", "注销", "吊销", "撤销", "迁出", "关闭"] },
      phone: { width: 15, format: "text" },
      checksThisYear: { width: 10, format: "integer" },
      lastCheckDate: { width: 14, format: "date" },
    },
    example: {
      name: "包头市示例化工有限公司",
      uscc: "91150203MA0N00000G",
      industry: "危险化学品",
      risk: "B",
      area: "昆都仑区",
      address: "包头市昆都仑区示例路1号",
      key: "否",
      status: "正常",
      legalRep: "张三",
      contact: "李四",
      phone: "0472-5100000",
      checksThisYear: 0,
      lastCheckDate: null,
    },
  },
  inspectors: {
    columns: {
      name: { width: 10 },
      cert: { width: 16, format: "text" },
      certExpiry: { width: 14, format: "date" },
      department: { width: 24 },
      fields: { width: 24 },
      expert: { width: 9, list: YES_NO },
      status: { width: 9, list: ["在岗", "离岗", "调离", "休假"] },
    },
    example: {
      name: "王五",
      cert: "15020019001",
      certExpiry: "2028-12-31",
      department: "执法一大队",
      fields: "危险化学品、工贸",
      expert: "否",
      status: "在岗",
    },
  },
  matters: {
    columns: {
      code: { width: 9, format: "text" },
      rightsItem: { width: 22 },
      name: { width: 30 },
      content: { width: 40 },
      target: { width: 18 },
      category: { width: 14, list: ["重点检查事项", "一般检查事项"] },
      method: { width: 14 },
      ratioFrequency: { width: 18 },
      level: { width: 10 },
      basis: { width: 40 },
    },
    example: {
      code: "M001",
      rightsItem: "对危险化学品企业的监督检查",
      name: "对危险化学品企业安全生产情况的行政检查",
      content: "安全生产许可、主要负责人履职、事故隐患排查治理情况",
      target: "危险化学品企业",
      category: "重点检查事项",
      method: "现场检查",
      ratioFrequency: "全年抽查比例不低于3%",
      level: "市级",
      basis: "《中华人民共和国安全生产法》第六十五条",
    },
  },
  tasks: {
    columns: {
      planCode: { width: 12, format: "text" },
      planName: { width: 24 },
      code: { width: 12, format: "text" },
      name: { width: 26 },
      type: { width: 9, list: ["定向", "不定向"] },
      jointType: { width: 12, list: ["部门内部", "内部联合", "跨部门联合"] },
      initiator: { width: 16 },
      partners: { width: 18 },
      scope: { width: 20 },
      quantity: { width: 12 },
      gradeRatios: { width: 20 },
      minPerIndustry: { width: 10, format: "integer" },
      matters: { width: 14 },
      method: { width: 10 },
      level: { width: 8 },
      start: { width: 14, format: "date" },
      end: { width: 14, format: "date" },
      teamSize: { width: 8, format: "integer" },
      needExpert: { width: 9, list: YES_NO },
      focus: { width: 30 },
      note: { width: 16 },
    },
    example: {
      planCode: "2026001",
      planName: "2026年危险化学品随机抽查计划",
      code: "2026001",
      name: "危险化学品企业内部随机抽查",
      type: "定向",
      jointType: "部门内部",
      initiator: "执法一大队",
      partners: null,
      scope: "危险化学品",
      quantity: "3%",
      gradeRatios: null,
      minPerIndustry: null,
      matters: "M001",
      method: "实地检查",
      level: "市级",
      start: "2026-03-01",
      end: "2026-11-30",
      teamSize: 2,
      needExpert: "否",
      focus: "重大事故隐患排查整治情况",
      note: null,
    },
  },
  recusals: {
    columns: {
      cert: { width: 16, format: "text" },
      inspectorName: { width: 10 },
      uscc: { width: 22, format: "text" },
      targetName: { width: 30 },
      reason: { width: 30 },
    },
    example: {
      cert: "15020019001",
      inspectorName: "王五",
      uscc: "91150203MA0N00000G",
      targetName: "包头市示例化工有限公司",
      reason: "近亲属在该单位任职",
    },
  },
  aliases: {
    columns: { alias: { width: 24 }, department: { width: 30 } },
    example: { alias: "一大队", department: "执法一大队" },
  },
};

function kindSheet(kind: ExampleKind): SheetSpec {
  // The task sheet of the template is the one-task-per-row table; a bureau's published plan tables
  // are typed in as printed instead, and their own columns (序号, 抽查类别, 抽查时间…) would make
  // this sheet read as one of them.
  const schema = kind === "tasks" ? { ...SCHEMAS.tasks, columns: TASKS_2026_1.columns } : SCHEMAS[kind];
  const t = SHEETS[kind];
  const named = schema.columns.find((c) => c.aliases.length >= 2) ?? schema.columns[0];
  const aliases = named.aliases.length ? `；表头也可用常见别名，如“${named.aliases.slice(0, 2).join("”“")}”` : "";
  return {
    name: schema.title,
    title: `${schema.title}（带 * 的列必填；第 3 行为示例，请替换或删除${aliases}）`,
    header: [schema.columns.map((c) => (c.required ? `${c.label}*` : c.label))],
    columns: schema.columns.map((c) => ({ width: 14, listRows: 1000, ...t.columns[c.key] })),
    body: [schema.columns.map((c) => t.example[c.key] ?? null)],
  };
}

function rulesSheet(): SheetSpec {
  const d = DEFAULT_RULES;
  const value: Record<string, string | number> = {
    coverageMin: formatPercent(d.coverageMin),
    creditShareMin: formatPercent(d.creditShareMin),
    jointShareMin: formatPercent(d.jointShareMin),
    jointPerIndustryMin: d.jointPerIndustryMin,
    internalJointPerQuarterMin: d.internalJointPerQuarterMin,
    teamMin: d.teamMin,
    yearlyCapPerTarget: d.yearlyCapPerTarget,
    disclosureDays: `${d.disclosureDays}${d.disclosureUnit}`,
    inspectorLoadCap: d.inspectorLoadCap ?? "不限",
    authority: "××市应急管理局",
    rounding: d.rounding === "ceil" ? "向上取整" : "四舍五入",
    mattersBound: "否",
  };
  return {
    name: SCHEMAS.rules.title,
    title: "抽查规则（以下为默认值，可按本地规定修改；删除某行即使用默认值）",
    header: [["规则*", "值*"]],
    columns: [{ width: 30 }, { width: 16 }],
    body: RULE_DEFS.map((r) => [r.label, value[r.key]]),
  };
}

/**
 * The year the template's 节假日安排 shows, with its notice. Built in already, so its rows change
 * nothing: they show how a later year's notice is typed in.
 */
const HOLIDAY_EXAMPLE = { year: 2026, notice: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）" };

function holidaysSheet(): SheetSpec {
  const schema = SCHEMAS.holidays;
  return {
    name: schema.title,
    title: `节假日安排（只用于计算结果公示的期限，不影响抽取。按国务院办公厅每年的节假日安排通知逐日填写放假日和调休上班日；某年填了任何一行，即认为该年已按通知填全。以下 ${HOLIDAY_EXAMPLE.year} 年各行与程序内置的数据相同，仅作示例）`,
    header: [schema.columns.map((c) => (c.required ? `${c.label}*` : c.label))],
    columns: [{ width: 14, format: "date" }, { width: 12, list: ["放假", "上班"], listRows: 1000 }, { width: 60 }],
    body: builtinDays(HOLIDAY_EXAMPLE.year).map((d) => [d.date, d.work ? "上班" : "放假", `${HOLIDAY_EXAMPLE.notice}：${d.holiday}`]),
  };
}

/** The blank 一单两库 + plan + rules sheets, each with headers, dropdowns and one example row; 节假日安排 with a year's days. */
export function templateSheets(): SheetSpec[] {
  return [
    kindSheet("targets"),
    kindSheet("inspectors"),
    kindSheet("matters"),
    kindSheet("tasks"),
    kindSheet("recusals"),
    rulesSheet(),
    kindSheet("aliases"),
    holidaysSheet(),
  ];
}
