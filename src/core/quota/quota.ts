import { quotaContext, type QuotaContext, type QuotaInput } from "./context";
import type { QuotaRow } from "./row";
import { coverage } from "./rules/coverage";
import { creditShare } from "./rules/credit-share";
import { disclosureComplete, disclosureOnTime } from "./rules/disclosure";
import { internalJointPerQuarter } from "./rules/internal-joint-per-quarter";
import { jointPerIndustry } from "./rules/joint-per-industry";
import { jointShare } from "./rules/joint-share";
import { teamSize } from "./rules/team-size";
import { yearlyCap } from "./rules/yearly-cap";

/** Rules whose rows depend on the day 配额核验 is made and on staff's entries in 结果公示. */
export const DAY_DEPENDENT_RULES: readonly string[] = ["结果公示完整", "结果公示及时"];

/** The rows of 配额核验, in the order they are printed. */
export const QUOTA_RULES: readonly ((ctx: QuotaContext) => QuotaRow)[] = [
  coverage,
  creditShare,
  jointShare,
  jointPerIndustry,
  internalJointPerQuarter,
  teamSize,
  yearlyCap,
  disclosureComplete,
  disclosureOnTime,
];

/**
 * The quota report (配额核验): every rule of 抽查规则 (docs/workbook.md) against the plan (before the
 * draw: the planned counts) and the draw (after: what was drawn). Integer and fraction arithmetic only.
 */
export function checkQuotas(input: QuotaInput): QuotaRow[] {
  const ctx = quotaContext(input);
  return QUOTA_RULES.map((rule) => rule(ctx));
}
