/**
 * 统一社会信用代码 (GB 32100-2015) for the sample workbooks: a generator of valid Baotou codes.
 * The check character comes from src/core/values/uscc.ts, whose known-answer tests pin it.
 */
import { USCC_CHARSET as CHARSET, usccCheckChar as checkChar } from "../../src/core/values/uscc";
import { Prng } from "./util";

/** Baotou county-level divisions (GB/T 2260): code → name. */
export const BAOTOU_AREAS: Readonly<Record<string, string>> = {
  "150202": "东河区",
  "150203": "昆都仑区",
  "150204": "青山区",
  "150205": "石拐区",
  "150206": "白云鄂博矿区",
  "150207": "九原区",
  "150221": "土默特右旗",
  "150222": "固阳县",
  "150223": "达尔罕茂明安联合旗",
};

export function areaCodeOf(areaName: string): string {
  for (const [code, name] of Object.entries(BAOTOU_AREAS)) if (name === areaName) return code;
  throw new Error(`unknown Baotou area ${areaName}`);
}

/** GB 11714 check character of the embedded organisation code (positions 9–16 → 17). */
export function orgCheckChar(first8: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += alphabet.indexOf(first8[i]) * w[i];
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/**
 * Generates distinct, valid enterprise codes `91` + area + 主体标识码 + check. The 主体标识码 is either
 * an old-style organisation code (8 digits + GB 11714 check) or a post-2015 `MA0x…` code; both
 * carry a correct GB 11714 character at position 17, as real codes do.
 */
export class UsccGenerator {
  private readonly used = new Set<string>();
  private readonly rng: Prng;

  constructor(seed: number) {
    this.rng = new Prng(seed);
  }

  next(areaCode: string, style: "old" | "new" | "any" = "any"): string {
    if (!/^\d{6}$/.test(areaCode)) throw new Error(`bad area code ${areaCode}`);
    for (;;) {
      const s = style === "any" ? (this.rng.chance(0.4) ? "old" : "new") : style;
      let body8: string;
      if (s === "old") {
        // Pre-2015 organisation codes of Inner Mongolia enterprises: mostly 5/6/7-leading digit runs.
        body8 = this.rng.pick(["5", "6", "7", "7", "0"]);
        while (body8.length < 8) body8 += String(this.rng.int(0, 9));
      } else {
        body8 = "MA0" + this.rng.pick(["N", "P", "Q", "R", "1"]);
        while (body8.length < 8) body8 += CHARSET[this.rng.int(0, 30)];
      }
      const first17 = `91${areaCode}${body8}${orgCheckChar(body8)}`;
      const code = first17 + checkChar(first17);
      if (!this.used.has(code)) {
        this.used.add(code);
        return code;
      }
    }
  }
}
