import { INDUSTRY_SYNONYMS } from "../values/industry";
import { compactKey } from "../values/text";

/**
 * 对象范围 as plan tables word it (dr-2026.2): `全市非煤矿山领域企业`, `全市危险化学品生产、经营企业`,
 * `矿山、危化品、工贸行业生产经营单位。`, `全市安全评价机构、检测检验机构` — industries of the roster,
 * their sub-types (生产 / 经营 / 使用…, matched against the roster's 企业类型), areas, 重点 / 一般.
 * Pieces that match nothing are returned for the caller to report.
 */
export interface ScopeReading {
  industries: string[];
  /** Industry (roster spelling) → the sub-types the scope names for it, sorted; absent = the whole industry. */
  subtypes: Record<string, string[]>;
  areas: string[];
  /** 重点 only, 一般 only, or both (null). */
  key: boolean | null;
  /** Pieces naming nothing the roster has, as typed. */
  unknown: string[];
}

/** Words in 对象范围 that name the whole jurisdiction rather than a filter. */
const EVERYTHING = new Set(["全部", "所有", "全市", "全区", "全县", "全旗", "辖区", "全部行业", "所有行业", "各类"]);
const KEY_WORDS: Record<string, boolean> = { 重点: true, 重点单位: true, 重点企业: true, 一般: false, 一般单位: false, 一般企业: false, 非重点: false };
const PREFIXES = /^(全市|全区|全县|全旗|辖区内?|本市|本区|市直属?|区直属?)/u;
const SUFFIXES = /(行业生产经营单位|生产经营单位|领域生产经营单位|行业企业|领域企业|及相关企业|相关企业|及相关单位|企业|单位|行业|领域)$/u;
/** Sub-types of an industry's units, as plans and rosters name them. */
export const SUBTYPES = ["生产", "经营", "使用", "储存", "运输", "批发", "零售", "仓储"] as const;
const SUBTYPE_AT_END = new RegExp(`(${SUBTYPES.join("|")})$`, "u");

/** Names plans use for an industry the roster may spell otherwise (scopes only). */
const SCOPE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  检验检测机构: ["检测检验机构"],
  安全评价检测检验机构: ["安全评价机构", "检测检验机构"],
};

/** `安全评价及检验检测机构` → 安全评价机构, 检验检测机构: the unit word of the last part shared by the first. */
function sharedUnit(piece: string): string[] | null {
  const parts = piece.split(/及|和/u);
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") return null;
  const unit = /(机构|企业|单位)$/u.exec(parts[1])?.[1];
  return unit && !parts[0].endsWith(unit) ? [parts[0] + unit, parts[1]] : null;
}

/** Candidate spellings of one piece, most literal first. */
function spellings(piece: string): string[] {
  const out = [piece];
  let s = piece.replace(PREFIXES, "");
  out.push(s);
  for (let i = 0; i < 3; i++) {
    const next = s.replace(SUFFIXES, "");
    if (next === s || next === "") break;
    out.push(next);
    s = next;
  }
  return [...new Set(out.map(compactKey))].filter((x) => x !== "");
}

/** The scope's pieces: split on list separators, brackets opened (`院校（含民办学校、培训机构）`). */
function pieces(text: string): string[] {
  return text
    .normalize("NFKC")
    .replace(/[()（）]|含/gu, "、")
    .split(/[、,，;；/]|和|与|以及/u)
    .map((s) => s.replace(/[。.\s]+$/u, "").trim())
    .filter((s) => s !== "");
}

export function readScope(text: string, industries: ReadonlyMap<string, string>, areas: ReadonlyMap<string, string>): ScopeReading {
  /** A piece naming a roster industry as it stands is never split. */
  const readsAsOne = (p: string): boolean => spellings(p).some((f) => industries.has(f));
  const out: ScopeReading = { industries: [], subtypes: {}, areas: [], key: null, unknown: [] };
  const whole = new Set<string>();
  let last: string | null = null;
  const addIndustry = (name: string, subtype: string | null): void => {
    if (!out.industries.includes(name)) out.industries.push(name);
    last = name;
    if (subtype === null) {
      whole.add(name);
      return;
    }
    const list = (out.subtypes[name] ??= []);
    if (!list.includes(subtype)) list.push(subtype);
  };
  const industryOf = (form: string): string[] => {
    const direct = industries.get(form);
    if (direct) return [direct];
    const viaSynonym = [...(INDUSTRY_SYNONYMS[form] ?? []), ...(SCOPE_SYNONYMS[form] ?? [])].map((s) => industries.get(compactKey(s))).filter((s): s is string => !!s);
    if (viaSynonym.length) return viaSynonym;
    // A longer name ending in one of the roster's ("安全生产培训机构" → 培训机构).
    const ending = [...industries.keys()].filter((k) => k.length >= 3 && form.length > k.length && form.endsWith(k));
    return ending.length === 1 ? [industries.get(ending[0])!] : [];
  };

  for (const piece of pieces(text).flatMap((p) => (readsAsOne(p) ? [p] : (sharedUnit(p) ?? [p])))) {
    const forms = spellings(piece);
    if (forms.some((f) => EVERYTHING.has(f))) continue;
    const keyWord = forms.find((f) => f in KEY_WORDS);
    if (keyWord) {
      out.key = KEY_WORDS[keyWord];
      continue;
    }
    const named = forms.map(industryOf).find((list) => list.length > 0);
    if (named) {
      named.forEach((n) => addIndustry(n, null));
      continue;
    }
    // "危险化学品生产" → 危险化学品, 生产; "经营" after it → 危险化学品, 经营.
    let matched = false;
    for (const f of forms) {
      const sub = SUBTYPE_AT_END.exec(f);
      if (!sub) continue;
      const base = f.slice(0, -sub[1].length);
      const list = base === "" ? (last ? [last] : []) : industryOf(base);
      if (list.length) {
        list.forEach((n) => addIndustry(n, sub[1]));
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const area = forms.map((f) => areas.get(f)).find(Boolean);
    if (area) {
      if (!out.areas.includes(area)) out.areas.push(area);
      continue;
    }
    out.unknown.push(piece);
  }
  // An industry named also as a whole is drawn whole.
  for (const name of whole) delete out.subtypes[name];
  for (const name of Object.keys(out.subtypes)) out.subtypes[name].sort();
  return out;
}
