import type { Cell } from "../grid/cell";

/** Printable ASCII and CJK unified ideographs are unchanged by NFKC: the common case skips the normaliser. */
function nfkcStable(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || (c > 0x7e && (c < 0x4e00 || c > 0x9fff))) return false;
  }
  return true;
}

/** NFKC (full-width → half-width, compatibility forms), then trimmed. */
export function normalizeText(value: string): string {
  return (nfkcStable(value) ? value : value.normalize("NFKC")).trim();
}

/** Cell as text: NFKC + trim; numbers as their shortest decimal form; blank → "". */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : "";
  if (typeof value === "boolean") return value ? "是" : "否";
  return normalizeText(value);
}

function numberText(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  // String() switches to exponent form from 1e21; integers up to there are written out in full.
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

const compactMemo = new Map<string, string>();

/** For comparing labels: NFKC, no white space at all, lower-case. Memoised: the same few industry, area and department names come back millions of times. */
export function compactKey(value: string): string {
  let k = compactMemo.get(value);
  if (k === undefined) {
    k = value.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
    if (compactMemo.size > 50_000) compactMemo.clear();
    compactMemo.set(value, k);
  }
  return k;
}

/** Text an Excel host would take for a formula. */
export function looksLikeFormula(value: string): boolean {
  const c = value.charCodeAt(0);
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40; // = + - @
}

const LIST_SEPARATORS = /[、,，;；/\n\r]+/u;

/** Splits a list typed in one cell: 、 , ， ; ； / and line breaks. */
export function splitList(value: string): string[] {
  const text = normalizeText(value);
  if (!LIST_SEPARATORS.test(text)) return text === "" ? [] : [text];
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
