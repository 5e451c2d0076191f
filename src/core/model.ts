import type { Fraction } from "./values/fraction";
import type { AlgorithmId } from "./draw/algorithm";
import type { Issue } from "./issue";
import type { ExtraDays } from "./calendar/workdays";

/** The kinds of input sheet ("一单两库" plus the plan). */
export type SheetKind = "targets" | "inspectors" | "matters" | "tasks" | "recusals" | "rules" | "aliases" | "holidays";
/**
 * Every kind; `aliases` (部门别名) is read from dr-2026.2 on; `holidays` (节假日安排) under every
 * version, for disclosure deadlines only — never part of the draw.
 */
export const SHEET_KINDS: readonly SheetKind[] = ["targets", "inspectors", "matters", "tasks", "recusals", "rules", "aliases", "holidays"];

export type RiskGrade = "A" | "B" | "C" | "D" | "未分级";
/** 停业 and 清算 are told apart from dr-2026.2 on (docs/draw-spec.md §7.4). */
export type TargetStatus = "正常" | "停产" | "停业" | "清算" | "注销" | "吊销" | "撤销" | "迁出" | "关闭";
export type InspectorStatus = "在岗" | "离岗" | "调离" | "休假";
export type MatterCategory = "重点检查事项" | "一般检查事项";
export type TaskType = "定向" | "不定向";
export type JointType = "部门内部" | "内部联合" | "跨部门联合";

/** Row numbers are the 1-based sheet rows the record came from. */
export interface Target {
  row: number;
  name: string;
  /** Upper-case, half-width, as typed otherwise (a failed check digit is kept). */
  uscc: string;
  industry: string;
  /** 企业类型 / 行业细分 (生产, 经营, 使用…) as listed; read under dr-2026.2 only, "" when not given. */
  subtype?: string;
  risk: RiskGrade;
  area: string;
  address: string;
  /** 是否重点; null when the column is absent or blank. */
  key: boolean | null;
  status: TargetStatus;
  legalRep: string;
  contact: string;
  phone: string;
  checksThisYear: number | null;
  lastCheckDate: string | null;
  /**
   * dr-2026.2: the name and address as typed, where they differ from the normalised form above
   * (full-width （）， kept): written sheets show these; the frame and matching use the others.
   */
  shown?: { name?: string; address?: string };
}

export interface Inspector {
  row: number;
  name: string;
  /** 执法证号; "" only for experts without one. */
  cert: string;
  /** `YYYY-MM-DD`, or null when blank (treated as valid, with a warning). */
  certExpiry: string | null;
  department: string;
  /** 执法领域: industries this officer may inspect; empty = any. */
  fields: string[];
  expert: boolean;
  status: InspectorStatus;
}

export interface Matter {
  row: number;
  /** 序号 as listed (dr-2026.2, for plan tables that refer to matters by it). */
  seq?: string;
  /** 事项编号, generated `M001…` (by row order) when the sheet has none. */
  code: string;
  rightsItem: string;
  name: string;
  content: string;
  target: string;
  category: MatterCategory | null;
  method: string;
  ratioFrequency: string;
  level: string;
  basis: string;
}

/** 抽查比例或数量, parsed. */
export type Quantity =
  | { kind: "ratio"; ratio: Fraction; text: string }
  | { kind: "count"; count: number; text: string }
  | { kind: "byGrade"; text: string };

export type GradeRatios = Partial<Record<RiskGrade, Fraction>>;

export interface TaskScope {
  /** 行业领域 the task covers; empty = every industry. */
  industries: string[];
  /**
   * dr-2026.2: industry → the 企业类型 the task is limited to (`危险化学品生产、经营企业`); an
   * industry not listed is drawn whole. Only sub-types the roster lists are kept here.
   */
  subtypes?: Record<string, string[]>;
  /** dr-2026.2: sub-types the plan names but the roster cannot tell (no 企业类型 given): drawn whole, said in the 抽取公告. */
  subtypesNotApplied?: string[];
  /** 所属区域 filter; empty = every area. */
  areas: string[];
  /** 重点 only, 一般 only, or both (null). */
  key: boolean | null;
  text: string;
}

/** The shape of the plan table a task was read from (dr-2026.2); it is written back in the same shape. */
export type TaskTableShape = "flat" | "internal" | "joint" | "work-plan";

/** The departments one seat of a team is filled from (dr-2026.2). */
export interface DepartmentGroup {
  /** As the plan names it (`非煤矿山安全监管科/执法一大队`, `包头市应急管理局`). */
  label: string;
  /** Roster departments, sorted; a slash list or the bureau itself gives several. */
  departments: string[];
}

/** Where a task was read from and what its row said as typed (dr-2026.2): for writing the table back. */
export interface TaskSource {
  sheet: string;
  shape: TaskTableShape;
  /** Each mapped cell of the row as typed (trimmed, not normalised), by column key. */
  typed: Record<string, string>;
  /** The table's title above its header and its note rows below. */
  table: { title: string; notes: string[] };
}

export interface Task {
  row: number;
  planCode: string;
  planName: string;
  code: string;
  name: string;
  type: TaskType;
  jointType: JointType;
  initiator: string;
  partners: string[];
  scope: TaskScope;
  quantity: Quantity;
  gradeRatios: GradeRatios | null;
  minPerIndustry: number | null;
  /** Resolved 事项编号s (or the text as typed when there is no matter list). */
  matters: string[];
  method: string;
  level: string;
  start: string;
  end: string;
  teamSize: number;
  needExpert: boolean;
  focus: string;
  note: string;
  /** Read under dr-2026.2 only (never part of the frame). */
  source?: TaskSource;
  /**
   * dr-2026.2: the department seats, the initiator's first, then each partner with officers in the
   * roster (§7.2). Absent under dr-2026.1, where every department of the task is one seat.
   */
  seats?: DepartmentGroup[];
  /** dr-2026.2: partner agencies with no officers in the roster; they send their own (自行选派). */
  selfStaffed?: string[];
  /** dr-2026.2: set for a task another agency leads and the bureau only joins: listed, not drawn here. */
  notDrawn?: string;
  /** dr-2026.2: the partners' matters as typed (参与部门抽查事项, or their part of a list by department). */
  partnerMatters?: string[];
}

export interface Recusal {
  row: number;
  /** Resolved 执法证号 (or name, for an expert without one). */
  inspector: string;
  /** Resolved USCC. */
  target: string;
  reason: string;
}

export type RoundingRule = "ceil" | "round-half-up";

export interface Rules {
  coverageMin: Fraction;
  creditShareMin: Fraction;
  jointShareMin: Fraction;
  jointPerIndustryMin: number;
  internalJointPerQuarterMin: number;
  teamMin: number;
  yearlyCapPerTarget: number;
  disclosureDays: number;
  disclosureUnit: "工作日" | "日";
  /** 每名执法人员抽取上限: most targets one officer is assigned in one draw run; null = no cap. */
  inspectorLoadCap: number | null;
  /** 检查机关: the bureau's name, for table titles and the disclosure sheet ("" = not given). */
  authority: string;
  /** dr-2026.2: 抽查事项须在清单中 — a task's matter missing from the list is an error, not a warning. */
  mattersBound?: boolean;
  rounding: RoundingRule;
}

/** Where a kind of sheet was found. `headerRow` is the 1-based row of the (last) header row. */
export interface SheetMatch {
  sheet: string;
  headerRow: number;
  rows: number;
}

export interface WorkbookReading {
  /** The rules the workbook was read under (docs/draw-spec.md §7); the plan and the frame follow them. */
  algorithm: AlgorithmId;
  sheets: Record<SheetKind, SheetMatch | null>;
  /** Every sheet read as a task table (dr-2026.2 reads several; `sheets.tasks` is the first), each with its own row count. */
  taskSheets: SheetMatch[];
  targets: Target[];
  inspectors: Inspector[];
  matters: Matter[];
  tasks: Task[];
  recusals: Recusal[];
  rules: Rules;
  /** The years 节假日安排 adds to the built-in holiday calendar (disclosure deadlines; not in the frame). */
  calendar: ExtraDays;
  issues: Issue[];
}

export interface ReadOptions {
  /** Read as this version of the rules read (default: the current one). Verify passes a record's own. */
  algorithm?: AlgorithmId;
  /** Force a sheet for a kind (by name), or null to say "this workbook has none". */
  assign?: Partial<Record<SheetKind, string | null>>;
  /** Today's date `YYYY-MM-DD`, for certificate-expiry warnings. The core never reads the clock. */
  today?: string;
}
