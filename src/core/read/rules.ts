import type { IssueList } from "../issue";
import type { Rules } from "../model";
import type { Recognised } from "./recognize";
import { dataRows } from "./rows";
import { DEFAULT_RULES, findRule, RULE_DEFS } from "./rule-defs";
import { RULES } from "./schema";

/** 抽查规则 (规则 | 值): each row overrides one default; unknown rules are reported. */
export function readRules(rec: Recognised | null, issues: IssueList): Rules {
  const rules: Rules = { ...DEFAULT_RULES };
  if (!rec) return rules;
  const seen = new Map<string, number>();
  for (const row of dataRows(rec, RULES, issues)) {
    const label = row.text("rule");
    if (label === "") continue;
    const def = findRule(label);
    if (!def) {
      row.warning("RULE_UNKNOWN", "rule", `不认识的规则“${label}”，已忽略。可用的规则：${RULE_DEFS.map((d) => d.label).join("、")}。`);
      continue;
    }
    if (seen.has(def.key)) {
      row.error("RULE_DUPLICATE", "rule", `规则“${def.label}”在第 ${seen.get(def.key)} 行已设置过。`);
      continue;
    }
    seen.set(def.key, row.row);
    if (row.text("value") === "") {
      if (!row.isError("value")) row.warning("RULE_BLANK", "value", `规则“${def.label}”未填值，使用默认值。`);
      continue;
    }
    const parsed = def.parse(row.value("value"));
    if (typeof parsed === "string") row.error("RULE_INVALID", "value", `规则“${def.label}”的值${parsed}。`);
    else Object.assign(rules, parsed);
  }
  return rules;
}
