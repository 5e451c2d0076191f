/*
 * UTF-8 text of a slice of a part's bytes. A worksheet is read as bytes (its markup is ASCII), so
 * only cell texts are decoded: short ones here, in a loop (TextDecoder costs more per call than
 * a cell's few characters take to decode), long ones and anything irregular by TextDecoder, whose
 * handling of malformed bytes (U+FFFD) is the rule.
 */

// ignoreBOM: a cell text that starts with U+FEFF keeps it, as it does when the whole part is decoded.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const SHORT = 256;
// A plain array: String.fromCharCode.apply takes it faster than a typed array (measured in V8).
const units: number[] = [];

export function utf8(b: Uint8Array, from: number, to: number): string {
  if (to - from > SHORT) return decoder.decode(b.subarray(from, to));
  let k = 0;
  for (let i = from; i < to; ) {
    const c = b[i];
    if (c < 0x80) {
      units[k++] = c;
      i++;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < to && (b[i + 1] & 0xc0) === 0x80) {
      units[k++] = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < to && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
      const u = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      if (u < 0x800 || (u >= 0xd800 && u < 0xe000)) return decoder.decode(b.subarray(from, to));
      units[k++] = u;
      i += 3;
    } else if (c >= 0xf0 && c < 0xf5 && i + 3 < to && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80 && (b[i + 3] & 0xc0) === 0x80) {
      const u = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
      if (u < 0x10000 || u > 0x10ffff) return decoder.decode(b.subarray(from, to));
      units[k++] = 0xd800 + ((u - 0x10000) >> 10);
      units[k++] = 0xdc00 + ((u - 0x10000) & 0x3ff);
      i += 4;
    } else return decoder.decode(b.subarray(from, to));
  }
  units.length = k;
  return String.fromCharCode.apply(null, units);
}
