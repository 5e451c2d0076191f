import type { Cell } from "../grid/cell";
import type { InspectorStatus, JointType, MatterCategory, RiskGrade, TargetStatus, TaskType } from "../model";
import { cellText, compactKey } from "./text";

/** Values the core understands, each with the spellings staff use. Lookup is on compactKey(). */
function table<T extends string>(entries: Partial<Record<T, string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, spellings] of Object.entries(entries) as [T, string[]][]) {
    for (const s of [value, ...spellings]) map.set(compactKey(s), value);
  }
  return map;
}

const RISK = table<RiskGrade>({
  A: ["a", "a类", "a级", "低", "低风险", "信用风险低", "风险低"],
  B: ["b", "b类", "b级", "一般", "一般风险", "信用风险一般", "中风险", "风险一般"],
  C: ["c", "c类", "c级", "较高", "较高风险", "信用风险较高", "中高风险", "风险较高"],
  D: ["d", "d类", "d级", "高", "高风险", "信用风险高", "风险高"],
  未分级: ["未分级", "未分类", "无", "暂无"],
});

const YES_NO = table<"是" | "否">({
  是: ["是", "y", "yes", "true", "√", "重点", "1"],
  否: ["否", "n", "no", "false", "×", "一般", "非重点", "0"],
});

/** 登记状态 as dr-2026.1 reads it (停业 counts as 停产; 清算 is not a status). */
const TARGET_STATUS_2026_1 = table<TargetStatus>({
  正常: ["正常", "存续", "在业", "开业", "在营", "营业", "生产"],
  停产: ["停产", "停业", "停工", "停产停业", "长期停产"],
  注销: ["注销", "已注销"],
  吊销: ["吊销", "已吊销", "被吊销"],
  撤销: ["撤销", "已撤销", "被撤销"],
  迁出: ["迁出", "已迁出"],
  关闭: ["关闭", "已关闭", "关停"],
});

/**
 * 登记状态 as dr-2026.2 reads it: also the words of the national enterprise credit system
 * (存续（在营、开业、在册）, 在营（开业）, 吊销未注销, 迁入…). 停业 (歇业: still registered, may
 * resume) is drawn as 停产 is; 清算 (winding up, ends in 注销) is not drawn.
 */
const TARGET_STATUS = table<TargetStatus>({
  正常: ["正常", "存续", "存续(在营、开业、在册)", "存续(在营,开业,在册)", "在营(开业)", "在营", "在业", "开业", "在册", "营业", "生产", "迁入", "已迁入"],
  停产: ["停产", "停工", "长期停产"],
  停业: ["停业", "歇业", "停产停业", "暂停营业"],
  清算: ["清算", "清算中", "正在清算", "正在组织清算"],
  注销: ["注销", "已注销"],
  吊销: ["吊销", "已吊销", "被吊销", "吊销未注销", "吊销,未注销", "吊销、未注销"],
  撤销: ["撤销", "已撤销", "被撤销"],
  迁出: ["迁出", "已迁出"],
  关闭: ["关闭", "已关闭", "关停"],
});

const INSPECTOR_STATUS = table<InspectorStatus>({
  在岗: ["在岗", "在职", "正常"],
  离岗: ["离岗", "离职", "退休"],
  调离: ["调离", "调出"],
  休假: ["休假", "病假", "产假", "借调"],
});

const MATTER_CATEGORY = table<MatterCategory>({
  重点检查事项: ["重点", "重点事项"],
  一般检查事项: ["一般", "一般事项"],
});

const TASK_TYPE = table<TaskType>({
  定向: ["定向抽查", "定向双随机", "定向“双随机”抽查"],
  不定向: ["不定向抽查", "非定向"],
});

const JOINT_TYPE = table<JointType>({
  部门内部: ["内部", "本部门", "部门内部抽查", "系统内部", "单部门"],
  内部联合: ["内部联合抽查", "部门内部联合", "科室联合"],
  跨部门联合: ["跨部门", "部门联合", "跨部门联合抽查", "部门联合抽查", "联合"],
});

function lookup<T>(map: Map<string, T>, value: Cell | string): T | null {
  const key = compactKey(typeof value === "string" ? value : cellText(value));
  return map.get(key) ?? null;
}

/** A–D, 低/一般/较高/高风险, blank → 未分级. Null = not a grade. */
export function parseRiskGrade(value: Cell | string): RiskGrade | null {
  return cellText(value) === "" ? "未分级" : lookup(RISK, value);
}

export function parseYesNo(value: Cell | string): boolean | null {
  if (typeof value === "boolean") return value;
  const v = lookup(YES_NO, value);
  return v === null ? null : v === "是";
}

/** `v2`: the words of dr-2026.2 (see TARGET_STATUS). */
export const parseTargetStatus = (v: Cell | string, v2 = true): TargetStatus | null => lookup(v2 ? TARGET_STATUS : TARGET_STATUS_2026_1, v);
export const parseInspectorStatus = (v: Cell | string): InspectorStatus | null => lookup(INSPECTOR_STATUS, v);
export const parseMatterCategory = (v: Cell | string): MatterCategory | null => lookup(MATTER_CATEGORY, v);
export const parseTaskType = (v: Cell | string): TaskType | null => lookup(TASK_TYPE, v);
export const parseJointType = (v: Cell | string): JointType | null => lookup(JOINT_TYPE, v);

/** Statuses whose targets are never drawn (清算 only occurs from dr-2026.2 on). */
export const INACTIVE_STATUSES: readonly TargetStatus[] = ["清算", "注销", "吊销", "撤销", "迁出", "关闭"];

/**
 * 检查结果 of a 结果公示 row: the result categories of the national enterprise credit disclosure
 * system (国家企业信用信息公示系统) for 双随机 checks, in 应急 wording (docs/workbook.md §4.8). The
 * order is the dropdown's.
 */
export const RESULT_VALUES = [
  "未发现问题", "发现问题已责令改正", "发现问题待后续处理", "未发现开展本次抽查涉及的经营活动", "已关闭停业或正在组织清算",
  "不配合检查情节严重", "通过登记的住所（经营场所）无法联系", "注销", "吊销", "撤销", "迁出",
] as const;
export type InspectionResult = (typeof RESULT_VALUES)[number];

const RESULT = table<InspectionResult>({
  "通过登记的住所（经营场所）无法联系": ["通过登记的住所无法联系", "通过登记的经营场所无法联系"],
  注销: ["已注销"],
  吊销: ["已吊销", "已吊销营业执照", "吊销营业执照"],
  撤销: ["已撤销", "已撤销登记", "撤销登记"],
  迁出: ["已迁出"],
});
for (const word of RESULT_VALUES) RESULT.set(compactKey(word), word);

/** 检查结果 as one of RESULT_VALUES (the spellings of docs/workbook.md §4.8); null when it is none of them. */
export const parseInspectionResult = (v: Cell | string): InspectionResult | null => lookup(RESULT, v);
