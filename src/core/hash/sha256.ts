/**
 * SHA-256 (FIPS 180-4) over 32-bit words, for the hot paths of the draw: one ticket is one block
 * after the seed's block, and the frame is hashed as it is built. Allocation-free per block;
 * checked against @noble/hashes in the tests. `hash.ts` keeps the one-shot helpers.
 */

export const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export const IV = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/**
 * One compression: `w[0..15]` holds the block as big-endian words (read, not changed); `from` is the
 * chaining state, the result goes to `to` (may be the same array). The message schedule lives in
 * sixteen locals, rolled forward in place after every sixteen rounds (w[i] += σ0(w[i+1]) + w[i+9] +
 * σ1(w[i+14]), indices mod 16), and the rounds are written out so the working variables rename
 * instead of shifting: round r takes (a..h) rotated right by r. Ch(e,f,g) = g ^ (e & (f ^ g)),
 * Maj(a,b,c) = (a & b) | (c & (a | b)). Written out by hand because V8 will not inline 64 calls of
 * helpers here (that version was three times slower); about a third faster than a schedule kept
 * in the array.
 */
export function compress(from: Int32Array, to: Int32Array, w: Int32Array): void {
  let w0 = w[0];
  let w1 = w[1];
  let w2 = w[2];
  let w3 = w[3];
  let w4 = w[4];
  let w5 = w[5];
  let w6 = w[6];
  let w7 = w[7];
  let w8 = w[8];
  let w9 = w[9];
  let w10 = w[10];
  let w11 = w[11];
  let w12 = w[12];
  let w13 = w[13];
  let w14 = w[14];
  let w15 = w[15];
  let a = from[0];
  let b = from[1];
  let c = from[2];
  let d = from[3];
  let e = from[4];
  let f = from[5];
  let g = from[6];
  let h = from[7];
  let t = 0;
  for (let k = 0; k < 64; k += 16) {
    t = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[k + 0] + w0) | 0;
    d = (d + t) | 0;
    h = (t + ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b))))) | 0;
    t = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[k + 1] + w1) | 0;
    c = (c + t) | 0;
    g = (t + ((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a))))) | 0;
    t = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[k + 2] + w2) | 0;
    b = (b + t) | 0;
    f = (t + ((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h))))) | 0;
    t = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[k + 3] + w3) | 0;
    a = (a + t) | 0;
    e = (t + ((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g))))) | 0;
    t = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[k + 4] + w4) | 0;
    h = (h + t) | 0;
    d = (t + ((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f))))) | 0;
    t = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[k + 5] + w5) | 0;
    g = (g + t) | 0;
    c = (t + ((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e))))) | 0;
    t = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[k + 6] + w6) | 0;
    f = (f + t) | 0;
    b = (t + ((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d))))) | 0;
    t = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[k + 7] + w7) | 0;
    e = (e + t) | 0;
    a = (t + ((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c))))) | 0;
    t = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + K[k + 8] + w8) | 0;
    d = (d + t) | 0;
    h = (t + ((((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b))))) | 0;
    t = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + K[k + 9] + w9) | 0;
    c = (c + t) | 0;
    g = (t + ((((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a))))) | 0;
    t = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + K[k + 10] + w10) | 0;
    b = (b + t) | 0;
    f = (t + ((((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h))))) | 0;
    t = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + K[k + 11] + w11) | 0;
    a = (a + t) | 0;
    e = (t + ((((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g))))) | 0;
    t = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + K[k + 12] + w12) | 0;
    h = (h + t) | 0;
    d = (t + ((((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f))))) | 0;
    t = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + K[k + 13] + w13) | 0;
    g = (g + t) | 0;
    c = (t + ((((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e))))) | 0;
    t = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + K[k + 14] + w14) | 0;
    f = (f + t) | 0;
    b = (t + ((((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d))))) | 0;
    t = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + K[k + 15] + w15) | 0;
    e = (e + t) | 0;
    a = (t + ((((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c))))) | 0;
    if (k === 48) break;
    w0 = (w0 + (((w1 >>> 7) | (w1 << 25)) ^ ((w1 >>> 18) | (w1 << 14)) ^ (w1 >>> 3)) + w9 + (((w14 >>> 17) | (w14 << 15)) ^ ((w14 >>> 19) | (w14 << 13)) ^ (w14 >>> 10))) | 0;
    w1 = (w1 + (((w2 >>> 7) | (w2 << 25)) ^ ((w2 >>> 18) | (w2 << 14)) ^ (w2 >>> 3)) + w10 + (((w15 >>> 17) | (w15 << 15)) ^ ((w15 >>> 19) | (w15 << 13)) ^ (w15 >>> 10))) | 0;
    w2 = (w2 + (((w3 >>> 7) | (w3 << 25)) ^ ((w3 >>> 18) | (w3 << 14)) ^ (w3 >>> 3)) + w11 + (((w0 >>> 17) | (w0 << 15)) ^ ((w0 >>> 19) | (w0 << 13)) ^ (w0 >>> 10))) | 0;
    w3 = (w3 + (((w4 >>> 7) | (w4 << 25)) ^ ((w4 >>> 18) | (w4 << 14)) ^ (w4 >>> 3)) + w12 + (((w1 >>> 17) | (w1 << 15)) ^ ((w1 >>> 19) | (w1 << 13)) ^ (w1 >>> 10))) | 0;
    w4 = (w4 + (((w5 >>> 7) | (w5 << 25)) ^ ((w5 >>> 18) | (w5 << 14)) ^ (w5 >>> 3)) + w13 + (((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10))) | 0;
    w5 = (w5 + (((w6 >>> 7) | (w6 << 25)) ^ ((w6 >>> 18) | (w6 << 14)) ^ (w6 >>> 3)) + w14 + (((w3 >>> 17) | (w3 << 15)) ^ ((w3 >>> 19) | (w3 << 13)) ^ (w3 >>> 10))) | 0;
    w6 = (w6 + (((w7 >>> 7) | (w7 << 25)) ^ ((w7 >>> 18) | (w7 << 14)) ^ (w7 >>> 3)) + w15 + (((w4 >>> 17) | (w4 << 15)) ^ ((w4 >>> 19) | (w4 << 13)) ^ (w4 >>> 10))) | 0;
    w7 = (w7 + (((w8 >>> 7) | (w8 << 25)) ^ ((w8 >>> 18) | (w8 << 14)) ^ (w8 >>> 3)) + w0 + (((w5 >>> 17) | (w5 << 15)) ^ ((w5 >>> 19) | (w5 << 13)) ^ (w5 >>> 10))) | 0;
    w8 = (w8 + (((w9 >>> 7) | (w9 << 25)) ^ ((w9 >>> 18) | (w9 << 14)) ^ (w9 >>> 3)) + w1 + (((w6 >>> 17) | (w6 << 15)) ^ ((w6 >>> 19) | (w6 << 13)) ^ (w6 >>> 10))) | 0;
    w9 = (w9 + (((w10 >>> 7) | (w10 << 25)) ^ ((w10 >>> 18) | (w10 << 14)) ^ (w10 >>> 3)) + w2 + (((w7 >>> 17) | (w7 << 15)) ^ ((w7 >>> 19) | (w7 << 13)) ^ (w7 >>> 10))) | 0;
    w10 = (w10 + (((w11 >>> 7) | (w11 << 25)) ^ ((w11 >>> 18) | (w11 << 14)) ^ (w11 >>> 3)) + w3 + (((w8 >>> 17) | (w8 << 15)) ^ ((w8 >>> 19) | (w8 << 13)) ^ (w8 >>> 10))) | 0;
    w11 = (w11 + (((w12 >>> 7) | (w12 << 25)) ^ ((w12 >>> 18) | (w12 << 14)) ^ (w12 >>> 3)) + w4 + (((w9 >>> 17) | (w9 << 15)) ^ ((w9 >>> 19) | (w9 << 13)) ^ (w9 >>> 10))) | 0;
    w12 = (w12 + (((w13 >>> 7) | (w13 << 25)) ^ ((w13 >>> 18) | (w13 << 14)) ^ (w13 >>> 3)) + w5 + (((w10 >>> 17) | (w10 << 15)) ^ ((w10 >>> 19) | (w10 << 13)) ^ (w10 >>> 10))) | 0;
    w13 = (w13 + (((w14 >>> 7) | (w14 << 25)) ^ ((w14 >>> 18) | (w14 << 14)) ^ (w14 >>> 3)) + w6 + (((w11 >>> 17) | (w11 << 15)) ^ ((w11 >>> 19) | (w11 << 13)) ^ (w11 >>> 10))) | 0;
    w14 = (w14 + (((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)) + w7 + (((w12 >>> 17) | (w12 << 15)) ^ ((w12 >>> 19) | (w12 << 13)) ^ (w12 >>> 10))) | 0;
    w15 = (w15 + (((w0 >>> 7) | (w0 << 25)) ^ ((w0 >>> 18) | (w0 << 14)) ^ (w0 >>> 3)) + w8 + (((w13 >>> 17) | (w13 << 15)) ^ ((w13 >>> 19) | (w13 << 13)) ^ (w13 >>> 10))) | 0;
  }
  to[0] = (from[0] + a) | 0;
  to[1] = (from[1] + b) | 0;
  to[2] = (from[2] + c) | 0;
  to[3] = (from[3] + d) | 0;
  to[4] = (from[4] + e) | 0;
  to[5] = (from[5] + f) | 0;
  to[6] = (from[6] + g) | 0;
  to[7] = (from[7] + h) | 0;
}

/** Scratch shared by every hasher (compression is synchronous): the message schedule, the padding. */
const W = new Int32Array(16);
const TAIL = new Uint8Array(128);

/** Incremental SHA-256 over bytes. Small: thousands may be open at once (one per frame-index bucket). */
export class Sha256 {
  private readonly state = Int32Array.from(IV);
  private readonly block = new Uint8Array(64);
  private filled = 0;
  private length = 0;

  /** Adds `bytes[start..end)`; small pieces cost no allocation. */
  update(bytes: Uint8Array, start = 0, end = bytes.length): this {
    const block = this.block;
    let i = start;
    this.length += end - start;
    if (this.filled !== 0) {
      const take = Math.min(64 - this.filled, end - i);
      copy(bytes, i, take, block, this.filled);
      this.filled += take;
      i += take;
      if (this.filled < 64) return this;
      this.compressBytes(block, 0);
      this.filled = 0;
    }
    for (; i + 64 <= end; i += 64) this.compressBytes(bytes, i);
    if (i < end) {
      copy(bytes, i, end - i, block, 0);
      this.filled = end - i;
    }
    return this;
  }

  /** The digest as eight big-endian words; the hasher is spent. */
  digestWords(): Int32Array {
    const bits = this.length * 8;
    const tail = TAIL;
    const end = this.filled < 56 ? 64 : 128;
    tail.fill(0, 0, end);
    tail.set(this.block.subarray(0, this.filled));
    tail[this.filled] = 0x80;
    // Bit length as a 64-bit big-endian integer (lengths stay far below 2^53).
    const high = Math.floor(bits / 2 ** 32);
    tail[end - 8] = high >>> 24;
    tail[end - 7] = high >>> 16;
    tail[end - 6] = high >>> 8;
    tail[end - 5] = high;
    tail[end - 4] = bits >>> 24;
    tail[end - 3] = bits >>> 16;
    tail[end - 2] = bits >>> 8;
    tail[end - 1] = bits;
    for (let i = 0; i < end; i += 64) this.compressBytes(tail, i);
    return Int32Array.from(this.state);
  }

  digestHex(): string {
    return wordsToHex(this.digestWords());
  }

  private compressBytes(bytes: Uint8Array, at: number): void {
    const w = W;
    for (let j = 0; j < 16; j++, at += 4) w[j] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    compress(this.state, this.state, w);
  }
}

/** Short copies byte by byte (no subarray to allocate), long ones with set. */
function copy(from: Uint8Array, at: number, n: number, to: Uint8Array, into: number): void {
  if (n > 24) to.set(from.subarray(at, at + n), into);
  else for (let k = 0; k < n; k++) to[into + k] = from[at + k];
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

export function wordsToHex(words: Int32Array): string {
  let s = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    s += HEX[(w >>> 24) & 0xff] + HEX[(w >>> 16) & 0xff] + HEX[(w >>> 8) & 0xff] + HEX[w & 0xff];
  }
  return s;
}

/**
 * SHA-256 of `prefix + text` for a fixed 64-character ASCII prefix (a seed hash in hex: exactly one
 * block) and many texts: the prefix's block is compressed once. ASCII texts up to 55 characters —
 * every USCC — go straight from char codes into one block; anything else takes the general path.
 */
export class PrefixedSha256 {
  private readonly mid = new Int32Array(8);
  private readonly w = new Int32Array(16);
  private readonly out = new Int32Array(8);

  constructor(private readonly prefix: string) {
    if (prefix.length !== 64 || !isAscii(prefix)) throw new RangeError("the prefix must be 64 ASCII characters");
    const w = this.w;
    for (let j = 0; j < 16; j++) {
      w[j] = (prefix.charCodeAt(4 * j) << 24) | (prefix.charCodeAt(4 * j + 1) << 16) | (prefix.charCodeAt(4 * j + 2) << 8) | prefix.charCodeAt(4 * j + 3);
    }
    compress(IV, this.mid, w);
  }

  /** The digest words of `prefix + text`; the returned array is reused by the next call. */
  words(text: string): Int32Array {
    if (packLastBlock(text, this.w, 0, 1)) {
      compress(this.mid, this.out, this.w);
      return this.out;
    }
    this.out.set(new Sha256().update(new TextEncoder().encode(this.prefix + text)).digestWords());
    return this.out;
  }

  /** The chaining state after the prefix's block. */
  get midstate(): Int32Array {
    return this.mid;
  }
}

/**
 * The block that follows a 64-byte prefix, for an ASCII `text` of at most 55 characters (the text,
 * 0x80, zeros, the bit length of prefix + text): its sixteen words go to into[at + stride·j].
 * False, writing nothing useful, for other texts (they need the general path).
 */
export function packLastBlock(text: string, into: Int32Array, at: number, stride: number): boolean {
  const n = text.length;
  if (n > 55) return false;
  let codes = 0;
  let i = 0;
  let j = 0;
  for (; i + 4 <= n; i += 4, j++) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    codes |= c0 | c1 | c2 | c3;
    into[at + stride * j] = (c0 << 24) | (c1 << 16) | (c2 << 8) | c3;
  }
  let last = 0;
  let shift = 24;
  for (; i < n; i++, shift -= 8) {
    const c = text.charCodeAt(i);
    codes |= c;
    last |= c << shift;
  }
  into[at + stride * j++] = last | (0x80 << shift);
  while (j < 15) into[at + stride * j++] = 0;
  into[at + stride * 15] = (64 + n) * 8;
  return codes <= 0x7f;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
