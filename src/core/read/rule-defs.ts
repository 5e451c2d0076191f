import type { Cell } from "../grid/cell";
import { fraction } from "../values/fraction";
import type { Rules } from "../model";
import { parseInteger } from "../values/number";
import { integerProblem, integerSays, ratioProblem } from "../values/range";
import { parseRatio } from "../values/ratio";
import { cellText, compactKey } from "../values/text";
import { parseYesNo } from "../values/vocabulary";

/** Defaults from the seed plans (docs/workbook.md §3.6). */
export const DEFAULT_RULES: Rules = {
  coverageMin: fraction(5, 100),
  creditShareMin: fraction(90, 100),
  jointShareMin: fraction(20, 100),
  jointPerIndustryMin: 3,
  internalJointPerQuarterMin: 2,
  teamMin: 2,
  yearlyCapPerTarget: 2,
  disclosureDays: 20,
  disclosureUnit: "工作日",
  inspectorLoadCap: null,
  authority: "",
  rounding: "ceil",
};

type RuleKey = keyof Rules;

interface RuleDef {
  key: RuleKey;
  label: string;
  aliases: string[];
  /** Parses the value cell; returns the fields to set or an error message. */
  parse: (v: Cell) => Partial<Rules> | string;
}

const ratio = (key: "coverageMin" | "creditShareMin" | "jointShareMin") => (v: Cell) => {
  const f = parseRatio(v);
  if (f) return { [key]: f };
  const range = ratioProblem(v, true);
  return `“${cellText(v)}”${range ? range.says : "不是比例（例如 5%）"}`;
};
const COUNT_UNIT = /(家|户|次|人|个)$/u;
/** A whole number ≥ `min`; `below` says what the rule allows when a value is under it. */
const count = (key: "jointPerIndustryMin" | "internalJointPerQuarterMin" | "teamMin" | "yearlyCapPerTarget", min = 0, below = `应为不小于 ${min} 的整数`) => (v: Cell) => {
  const n = parseInteger(typeof v === "string" ? v.replace(COUNT_UNIT, "") : v);
  if (n !== null && n >= min) return { [key]: n };
  const problem = n !== null ? { kind: "below" as const, value: n } : integerProblem(v, min, COUNT_UNIT);
  return `“${cellText(v)}”${problem ? integerSays(problem, below).says : `不是不小于 ${min} 的整数`}`;
};

export const RULE_DEFS: readonly RuleDef[] = [
  { key: "authority", label: "检查机关", aliases: ["机关名称", "本机关名称"], parse: (v) => ({ authority: cellText(v) }) },
  { key: "coverageMin", label: "年度抽查覆盖率下限", aliases: ["抽查覆盖率下限", "年度抽查比例下限", "覆盖率下限"], parse: ratio("coverageMin") },
  { key: "creditShareMin", label: "信用分类抽查占比下限", aliases: ["信用分类抽查占比"], parse: ratio("creditShareMin") },
  { key: "jointShareMin", label: "跨部门联合抽查占比下限", aliases: ["联合抽查占比下限", "跨部门联合抽查占比"], parse: ratio("jointShareMin") },
  { key: "jointPerIndustryMin", label: "联合抽查每行业最少家数", aliases: ["每行业最少家数"], parse: count("jointPerIndustryMin") },
  { key: "internalJointPerQuarterMin", label: "每季度内部联合抽查最少次数", aliases: ["内部联合抽查每季度最少次数"], parse: count("internalJointPerQuarterMin") },
  { key: "teamMin", label: "每组执法人员最少人数", aliases: ["每组最少人数", "执法人员最少人数"], parse: count("teamMin", 2, "每组至少 2 人（行政处罚法第四十二条）") },
  { key: "yearlyCapPerTarget", label: "同一对象年度抽查上限", aliases: ["年度抽查上限", "同一企业年度检查上限"], parse: count("yearlyCapPerTarget", 1) },
  {
    key: "disclosureDays",
    label: "结果公示期限",
    aliases: ["公示期限"],
    parse: (v) => {
      const t = cellText(v).replace(/\s+/g, "");
      const m = /^(\d+)(个)?(工作日|日|天)?(内)?$/u.exec(t);
      if (!m || Number(m[1]) < 1) {
        const problem = integerProblem(t, 1, /(个)?(工作日|日|天)?(内)?$/u);
        return `“${t}”${problem ? integerSays(problem, "至少 1 个工作日或 1 日").says : "应写成 20工作日 或 10日"}`;
      }
      return { disclosureDays: Number(m[1]), disclosureUnit: m[3] === "日" || m[3] === "天" ? "日" : "工作日" };
    },
  },
  {
    key: "inspectorLoadCap",
    label: "每名执法人员抽取上限",
    aliases: ["执法人员抽取上限", "每人抽取上限"],
    parse: (v) => {
      const t = cellText(v).replace(/\s+/g, "");
      if (["不限", "无", "不设上限"].includes(t)) return { inspectorLoadCap: null };
      const n = parseInteger(t.replace(/(家|户|次|个)$/u, ""));
      if (n !== null && n >= 1) return { inspectorLoadCap: n };
      const problem = n !== null ? { kind: "below" as const, value: n } : integerProblem(t, 1, /(家|户|次|个)$/u);
      if (problem?.kind === "below") return `“${t}”超出范围：应为正整数（至少 1），或“不限”`;
      return `“${t}”${problem?.kind === "fraction" ? "应为整数，或“不限”" : "应为正整数或“不限”"}`;
    },
  },
  {
    key: "mattersBound",
    label: "抽查事项须在清单中",
    aliases: ["抽查事项以清单为准", "事项须在清单内"],
    parse: (v) => {
      const yes = parseYesNo(v);
      return yes === null ? `“${cellText(v)}”应为“是”或“否”` : { mattersBound: yes };
    },
  },
  {
    key: "rounding",
    label: "取整方式",
    aliases: ["取整规则"],
    parse: (v) => {
      const t = compactKey(cellText(v));
      if (["向上取整", "ceil", "进一法"].includes(t)) return { rounding: "ceil" };
      if (["四舍五入", "round-half-up", "round"].includes(t)) return { rounding: "round-half-up" };
      return `“${cellText(v)}”应为“向上取整”或“四舍五入”`;
    },
  },
];

export function findRule(label: string): RuleDef | null {
  const k = compactKey(label);
  return RULE_DEFS.find((d) => [d.label, ...d.aliases].some((a) => compactKey(a) === k)) ?? null;
}
