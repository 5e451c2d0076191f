import { compactKey } from "../values/text";

/**
 * Departments as plan tables name them, matched to the roster's (dr-2026.2): `非煤矿山安全监管科`
 * for 非煤矿山安全监督管理科, `非煤科` for the one 科 whose name starts so, `包头市应急管理局综合行政
 * 执法支队` for 综合行政执法支队, the bureau itself for every department of the bureau, and the
 * names a clerk lists in a 部门别名 sheet. Nothing is matched on a guess: a name that fits more
 * than one department is reported with the candidates.
 */
export type DepartmentMatch =
  | { kind: "departments"; names: string[] }
  | { kind: "bureau"; names: string[] }
  | { kind: "ambiguous"; candidates: string[] }
  | { kind: "unknown"; suggestion: string | null };

/** Words plan tables shorten: the roster may use either form. */
const EXPANSIONS: [RegExp, string][] = [
  [/监管(?=科|处|局|大队|支队)/gu, "监督管理"],
  [/危化品?/gu, "危险化学品"],
  [/市场监管局/gu, "市场监督管理局"],
];

/** The kind of unit at the end of a department's name. */
const UNIT = /(科|处|室|大队|支队|中队|局|委|委员会|厅|中心|办公室|站|所)$/u;

/** A name that is another agency's (a 局, 委, 厅…) rather than a unit of the bureau. */
const AGENCY = /(局|委|委员会|厅|办|部门)$/u;

const unitOf = (key: string): string => UNIT.exec(key)?.[1] ?? "";

export class DepartmentResolver {
  /** compactKey → the roster's spelling. */
  private readonly roster = new Map<string, string>();
  private readonly bureauKeys: string[];
  private readonly aliases = new Map<string, string>();
  /** The bureau's own departments (not other agencies'), in roster spelling. */
  readonly own: string[];

  constructor(
    departments: readonly string[],
    /** The bureau's name (检查机关, or from the plan's title); "" when unknown. */
    readonly bureau: string,
    /** 部门别名 rows: [alias, roster department]. */
    aliases: readonly (readonly [string, string])[] = [],
  ) {
    for (const d of departments) if (d !== "" && !this.roster.has(compactKey(d))) this.roster.set(compactKey(d), d);
    const b = compactKey(bureau);
    // "秦皇岛市应急管理局" is also written "市应急管理局", "应急管理局" or "应急局".
    const short = b.replace(/^.*?(市|区|县|旗)(?=应急管理局$)/u, "$1");
    this.bureauKeys = [...new Set([b, short, "应急管理局", "应急局", "本局"].filter((k) => k !== ""))];
    this.own = [...this.roster.entries()].filter(([k]) => !this.isOtherAgency(k)).map(([, v]) => v);
    for (const [alias, dept] of aliases) this.aliases.set(compactKey(alias), dept);
  }

  /** A department of another agency: named like one, and neither the bureau nor one of its units. */
  isOtherAgency(name: string): boolean {
    const k = compactKey(name);
    if (this.bureauKeys.some((b) => k === b || k.startsWith(b))) return false;
    return AGENCY.test(k) && !/办公室$/u.test(k);
  }

  /** Whether a name is the bureau itself. */
  isBureau(name: string): boolean {
    return this.bureauKeys.includes(compactKey(name));
  }

  /** Whether a name is the bureau or one of its units named after it (`市应急管理局(震防御科)`). */
  namesBureau(name: string): boolean {
    const k = compactKey(name);
    return this.bureauKeys.some((b) => k.startsWith(b));
  }

  /** One department name as a plan table gives it (no lists: split `A/B` first). */
  resolve(text: string): DepartmentMatch {
    const key = compactKey(text);
    if (key === "") return { kind: "unknown", suggestion: null };
    const alias = this.aliases.get(key);
    if (alias !== undefined) {
      const hit = this.roster.get(compactKey(alias));
      return hit ? { kind: "departments", names: [hit] } : { kind: "unknown", suggestion: null };
    }
    if (this.isBureau(key)) return { kind: "bureau", names: [...this.own] };
    // The bureau's name in front of a unit ("包头市应急管理局综合行政执法支队"), or the unit in brackets after it.
    const bare = this.withoutBureau(key);
    for (const form of [key, bare, ...EXPANSIONS.map(([re, to]) => bare.replace(re, to)), expandAll(bare)]) {
      const hit = this.roster.get(form);
      if (hit) return { kind: "departments", names: [hit] };
    }
    const full = expandAll(bare);
    // A shortened name: "非煤科" → the one 科 starting with 非煤; "执法一大队" written in full elsewhere.
    const unit = unitOf(full);
    const stem = unit ? full.slice(0, -unit.length) : full;
    const candidates = [...this.roster.entries()]
      .filter(([k]) => (unit === "" || unitOf(k) === unit) && ((stem.length >= 2 && k.startsWith(stem)) || (full.length >= 3 && (k.endsWith(full) || full.endsWith(k)))))
      .map(([, v]) => v);
    if (candidates.length === 1) return { kind: "departments", names: candidates };
    if (candidates.length > 1) return { kind: "ambiguous", candidates };
    return { kind: "unknown", suggestion: this.closest(full) };
  }

  private withoutBureau(key: string): string {
    for (const b of this.bureauKeys) {
      if (key.startsWith(b) && key.length > b.length) {
        const rest = key.slice(b.length);
        const bracketed = /^[（(](.+)[)）]$/u.exec(rest);
        return bracketed ? bracketed[1] : rest;
      }
    }
    return key;
  }

  /** The roster department sharing the most characters with `key`, when it shares at least half of them. */
  private closest(key: string): string | null {
    let best: string | null = null;
    let score = 0;
    const chars = new Set(key);
    for (const [k, v] of this.roster) {
      let shared = 0;
      for (const c of new Set(k)) if (chars.has(c)) shared += 1;
      if (shared > score) {
        score = shared;
        best = v;
      }
    }
    return score * 2 >= chars.size ? best : null;
  }
}

function expandAll(key: string): string {
  return EXPANSIONS.reduce((k, [re, to]) => k.replace(re, to), key);
}

/** `非煤矿山安全监管科/执法一大队`: the names of one slot (a slash joins departments that act together). */
export const slashList = (text: string): string[] =>
  text
    .split(/[/／]/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
