import type { Cell } from "./cell";

/** NFKC (full-width → half-width, compatibility forms), then trimmed. */
export function normalizeText(value: string): string {
  return value.normalize("NFKC").trim();
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

/** For comparing labels: NFKC, no white space at all, lower-case. */
export function compactKey(value: string): string {
  return value.normalize("NFKC").replace(/\s+/gu, "").toLowerCase();
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
