/** 统一社会信用代码 (GB 32100-2015): 18 characters, the last a mod-31 check character. */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Value of each charset character by char code (ASCII), -1 elsewhere. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < USCC_CHARSET.length; i++) VALUE[USCC_CHARSET.charCodeAt(i)] = i;

const charValue = (code: number): number => (code < 128 ? VALUE[code] : -1);

/** Upper-case, half-width, no white space. */
export function normalizeUscc(value: string): string {
  if (isDigitsAndCapitals(value)) return value; // already normal: the common case
  return value.normalize("NFKC").replace(/\s+/gu, "").toUpperCase();
}

function isDigitsAndCapitals(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x30 || (c > 0x39 && c < 0x41) || c > 0x5a) return false;
  }
  return true;
}

export function isUsccShape(code: string): boolean {
  if (code.length !== 18) return false;
  for (let i = 0; i < 18; i++) if (charValue(code.charCodeAt(i)) < 0) return false;
  return true;
}

/** The charset index of the check character `code`'s first 17 characters call for; -1 when one is not in the charset. */
function checkIndex(code: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charValue(code.charCodeAt(i));
    if (v < 0) return -1;
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return c === 31 ? 0 : c;
}

/** The check character the first 17 characters call for, or null when they are not in the charset. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  const i = checkIndex(first17);
  return i < 0 ? null : USCC_CHARSET[i];
}

/** 18 characters of the charset, the last the check character the others call for; one pass. */
export function isValidUscc(code: string): boolean {
  if (code.length !== 18) return false;
  const i = checkIndex(code);
  return i >= 0 && code.charCodeAt(17) === USCC_CHARSET.charCodeAt(i);
}
