import type { Cell } from "./cell";

/** ASCII and CJK unified ideographs are unchanged by NFKC: the common case skips the normaliser. */
const NFKC_STABLE = /^[\x20-\x7e\u4e00-\u9fff]*$/;

/** NFKC (full-width → half-width, compatibility forms), then trimmed. */
export function normalizeText(value: string): string {
  return (NFKC_STABLE.test(value) ? value : value.normalize("NFKC")).trim();
}

/** Cell as text: NFKC + trim; numbers as their shortest decimal form; blank → "". */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value) : "";
  if (typeof value === "boolean") return value ? "是" : "否";
  return normalizeText(value);
}

function numberText(n: number): string {
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
  return /^[=+\-@]/.test(value);
}

/** Splits a list typed in one cell: 、 , ， ; ； / and line breaks. */
export function splitList(value: string): string[] {
  return normalizeText(value)
    .split(/[、,，;；/\n\r]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
