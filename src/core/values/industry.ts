import { compactKey } from "./text";

/** Short names staff use for an industry → the names a roster may use. */
export const INDUSTRY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  危化: ["危险化学品"],
  危化品: ["危险化学品"],
  矿山: ["非煤矿山", "煤矿"],
  冶金: ["金属冶炼"],
  评价机构: ["安全评价机构"],
  检测机构: ["检测检验机构"],
};

/** Does an officer's 执法领域 list cover `industry`? An empty list or an unknown industry covers all. */
export function fieldsCover(fields: readonly string[], industry: string): boolean {
  if (fields.length === 0 || industry === "") return true;
  const want = compactKey(industry);
  return fields.some((f) => {
    const k = compactKey(f);
    return k === want || (INDUSTRY_SYNONYMS[k] ?? []).some((s) => compactKey(s) === want);
  });
}
