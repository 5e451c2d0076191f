/** A value canonical JSON can hold: no floats, no undefined. */
export type Canonical = string | number | boolean | null | readonly Canonical[] | { readonly [key: string]: Canonical };

/**
 * Canonical JSON (docs/draw-spec.md §2): keys sorted by UTF-16 code units, no insignificant white
 * space, integers only. Arrays keep the order given: callers sort records by their key.
 */
export function canonicalJson(value: Canonical): string {
  if (value === null || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`canonical JSON holds integers only, got ${value}`);
    return String(value);
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v as Canonical)).join(",")}]`;
  const obj = value as { readonly [key: string]: Canonical };
  const keys = Object.keys(obj).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}
