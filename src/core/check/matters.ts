import type { Matter } from "../model";
import { compactKey } from "../values/text";

/**
 * 抽查事项 as plan tables write them (dr-2026.2), against the matter list where there is one:
 * a whole name (which may itself contain 、 or ，), lists split on ； and line breaks, 、 only where
 * every piece is a known name, references by 事项编号 or 序号, a quoted 抽查类别 (`…清单“非煤矿山
 * 企业的安全检查”抽查类别选取…` → every matter of that category), and lists by department
 * (`应急管理部门: …; 水务部门: …`, also run together) → the bureau's part, and the partners'.
 */
export interface MatterReading {
  /** The bureau's matters: 事项编号 where the list has them, else the text as typed. */
  matters: string[];
  /** Pieces naming no matter of the list, as typed (also in `matters`). */
  unknown: string[];
  /** Other departments' matters, as typed (`水务部门: 对单位/个人取用水行为的随机抽查`). */
  partners: string[];
}

/** `XX部门:` / `XX局：` before a department's part of the list. */
const DEPARTMENT_PART = /(?:^|(?<=[;；。\s]))([^\s:：;；,，、。“”]{1,12}?(?:部门|局|委))\s*[:：]/gu;
const QUOTED_CATEGORY = /“([^”]+)”\s*(?:抽查类别|类别)/u;
const OURS = /应急/u;

/** The matter list, indexed once per reading. */
export class MatterIndex {
  private readonly byName = new Map<string, Matter>();
  private readonly byCode = new Map<string, Matter>();
  private readonly bySeq = new Map<string, Matter>();
  private readonly byCategory = new Map<string, Matter[]>();

  constructor(readonly matters: readonly Matter[]) {
    for (const m of matters) {
      if (!this.byName.has(compactKey(m.name))) this.byName.set(compactKey(m.name), m);
      if (m.code) this.byCode.set(compactKey(m.code), m);
      if (m.seq) this.bySeq.set(compactKey(m.seq), m);
      if (m.rightsItem) {
        const list = this.byCategory.get(compactKey(m.rightsItem)) ?? [];
        list.push(m);
        this.byCategory.set(compactKey(m.rightsItem), list);
      }
    }
  }

  /** One reference: a name, a code, or a 序号. */
  find(text: string): Matter | null {
    const k = compactKey(text).replace(/^(第|序号)|项$/gu, "");
    return this.byName.get(compactKey(text)) ?? this.byCode.get(k) ?? this.bySeq.get(k) ?? null;
  }

  category(name: string): Matter[] {
    return this.byCategory.get(compactKey(name)) ?? [];
  }
}

/** Splits on ；, ; and line breaks (never on 、 or ，: matter names contain them). */
const splitStrong = (text: string): string[] =>
  text
    .split(/[;；\n\r]+/u)
    .map((s) => s.replace(/[。.]+$/u, "").trim())
    .filter((s) => s !== "");

export function readMatters(text: string, index: MatterIndex | null): MatterReading {
  const out: MatterReading = { matters: [], unknown: [], partners: [] };
  const add = (v: string): void => {
    if (!out.matters.includes(v)) out.matters.push(v);
  };
  // Lists by department: the bureau's part is read; the others' are kept as typed.
  const parts = departmentParts(text.normalize("NFKC"));
  let own = parts === null ? text.normalize("NFKC") : "";
  for (const p of parts ?? []) {
    if (OURS.test(p.department)) own += `；${p.text}`;
    else out.partners.push(`${p.department}: ${p.text.trim()}`);
  }
  if (index === null) {
    splitStrong(own).forEach(add);
    return out;
  }
  const whole = index.find(own.trim().replace(/[。.]$/u, ""));
  if (whole) {
    add(whole.code);
    return out;
  }
  const quoted = QUOTED_CATEGORY.exec(own);
  if (quoted) {
    const list = index.category(quoted[1]);
    if (list.length > 0) {
      list.forEach((m) => add(m.code));
      return out;
    }
    out.unknown.push(`“${quoted[1]}”抽查类别`);
    add(own.trim());
    return out;
  }
  for (const piece of splitStrong(own)) {
    const hit = index.find(piece);
    if (hit) {
      add(hit.code);
      continue;
    }
    const category = index.category(piece);
    if (category.length > 0) {
      category.forEach((m) => add(m.code));
      continue;
    }
    // 、 or ， separate matters only where every piece is one.
    const small = piece.split(/[、,，]/u).map((s) => s.trim()).filter(Boolean);
    const found = small.map((s) => index.find(s));
    if (small.length > 1 && found.every((m) => m !== null)) {
      found.forEach((m) => add(m!.code));
      continue;
    }
    out.unknown.push(piece);
    add(piece);
  }
  return out;
}

/** `应急管理部门: A; 水务部门: B` → each department's part; null when the text is not written so. */
function departmentParts(text: string): { department: string; text: string }[] | null {
  const marks = [...text.matchAll(DEPARTMENT_PART)];
  if (marks.length === 0 || marks[0].index! > 0 && text.slice(0, marks[0].index).trim() !== "") return null;
  return marks.map((m, i) => ({
    department: m[1],
    text: text.slice(m.index! + m[0].length, i + 1 < marks.length ? marks[i + 1].index : undefined).replace(/[;；\s]+$/u, ""),
  }));
}
