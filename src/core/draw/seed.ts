/** The seed of a draw (docs/draw-spec.md §3). */
export type SeedSource = "typed" | "generated";

export const SEED_MIN = 20;
export const SEED_MAX = 200;

export type SeedCheck = { ok: true; seed: string } | { ok: false; message: string };

/** NFKC, then every white space removed: what is recorded and hashed. */
export function normalizeSeed(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

/** Normalises and checks a typed seed; the message says what to change, in plain Chinese. */
export function checkSeed(text: string): SeedCheck {
  const seed = normalizeSeed(text);
  if (seed === "") return { ok: false, message: "请输入随机种子（例如现场掷骰子的点数、当期彩票开奖号码），或由程序生成。" };
  const bad = [...new Set([...seed].filter((ch) => !/[0-9A-Za-z-]/.test(ch)))];
  if (bad.length > 0) {
    return { ok: false, message: `随机种子只能包含数字、英文字母和连字符“-”，不能包含：${bad.slice(0, 8).map((c) => `“${c}”`).join("")}。` };
  }
  if (seed.length < SEED_MIN) return { ok: false, message: `随机种子太短：去掉空白后有 ${seed.length} 个字符，至少需要 ${SEED_MIN} 个（例如掷 20 次骰子）。` };
  if (seed.length > SEED_MAX) return { ok: false, message: `随机种子太长：去掉空白后有 ${seed.length} 个字符，最多 ${SEED_MAX} 个。` };
  return { ok: true, seed };
}

/** Joins several parties' parts in the order given, e.g. "纪检组 31415…" + "企业代表 2718…". */
export function joinSeedParts(parts: readonly string[]): string {
  return parts.map(normalizeSeed).filter(Boolean).join("-");
}

export const GENERATED_DIGITS = 24;

/**
 * A 24-digit seed from random bytes the host supplies (crypto.getRandomValues); the core never
 * draws randomness itself. Unbiased: a byte ≥ 250 is skipped. Returns null when the bytes run out
 * first (pass at least 48 bytes; the chance of needing more is below 10⁻¹⁸).
 */
export function seedFromRandomBytes(bytes: Uint8Array): string | null {
  let out = "";
  for (const b of bytes) {
    if (b >= 250) continue;
    out += String(b % 10);
    if (out.length === GENERATED_DIGITS) return out;
  }
  return null;
}
