import { IV, K } from "./sha256";
import { HALF_WEIGHTS, M5, prefixOfWords, REV4 } from "../draw/ticket-prefix";
import { I32, V128, sleb, uleb, wasmModule } from "./wasm-module";

/**
 * The last block of SHA-256 for many messages at once, four at a time in the lanes of WebAssembly
 * SIMD vectors, and each digest's ticket prefix: the tickets (docs/draw-spec.md §4) are up to millions
 * of independent one-block hashes after a shared first block, which plain JavaScript can only do
 * one after the other. The results are the same SHA-256 and prefixes (checked against
 * hash/sha256.ts and draw/ticket-prefix.ts in the tests, and on every start by a self-test);
 * where WebAssembly SIMD is missing or not allowed (a Content-Security-Policy without
 * 'wasm-unsafe-eval', old browsers), `Sha256x4.shared()` is null and callers hash in JavaScript.
 *
 * Memory: the chaining state to start from at MID (eight int32); each message's ticket prefix
 * (draw/ticket-prefix.ts) at PREFIXES (uint16, message i at i); the prefix's digit table REV4 at TABLE;
 * then groups of four messages at GROUPS, 256 bytes a group: word j of lane l at GROUPS + 256·g +
 * 16·j + 4·l. `hash(n)` compresses the first n groups, leaves each lane's digest in words 0–7 of its
 * group and its ticket prefix in PREFIXES.
 */
/** Groups per call. */
export const GROUPS_PER_CALL = 256;
const MID = 0;
const PREFIXES = 64;
const TABLE = PREFIXES + 2 * 4 * GROUPS_PER_CALL;
const GROUPS = Math.ceil((TABLE + 2 * REV4.length) / 16) * 16;
const GROUP_BYTES = 256;
const PAGES = Math.ceil((GROUPS + GROUP_BYTES * GROUPS_PER_CALL) / 65536);

// Instruction bytes.
const LOCAL_GET = 0x20;
const LOCAL_SET = 0x21;
const I32_CONST = 0x41;
const I32_LOAD = 0x28;
const I32_LOAD16_U = 0x2f;
const I32_STORE16 = 0x3b;
const I32_SUB = 0x6b;
const I32_REM_U = 0x70;
const I32_AND = 0x71;
const I32_SHL = 0x74;
const I32_ADD = 0x6a;
const I32_MUL = 0x6c;
const I32_GE_U = 0x4f;
const BLOCK = 0x02;
const LOOP = 0x03;
const BR = 0x0c;
const BR_IF = 0x0d;
const END = 0x0b;
const EMPTY = 0x40;
const simd = (op: number): number[] => [0xfd, ...uleb(op)];
const V128_LOAD = (offset: number): number[] => [...simd(0x00), 4, ...uleb(offset)];
const V128_STORE = (offset: number): number[] => [...simd(0x0b), 4, ...uleb(offset)];
const I32X4_SPLAT = simd(0x11);
const V128_XOR = simd(0x51);
const V128_BITSELECT = simd(0x52);
const V128_OR = simd(0x50);
const V128_AND = simd(0x4e);
const I32X4_EXTRACT_LANE = (lane: number): number[] => [...simd(0x1b), lane];
const I32X4_MUL = simd(0xb5);
const I32X4_SHL = simd(0xab);
const I32X4_SHR_U = simd(0xad);
const I32X4_ADD = simd(0xae);

// Locals: 0 the number of groups (parameter), 1 the group's address, 2 the end address, 3 where
// the group's prefixes go, 4 a remainder; then v128: the sixteen schedule words (the first eight
// hold the digest at the end), the eight start words, the eight working variables, T1, T2.
const P = 1;
const END_AT = 2;
const Q = 3;
const R = 4;
const W = 5;
const M = W + 16;
const V = M + 8;
const T1 = V + 8;
const T2 = T1 + 1;

const get = (local: number): number[] => [LOCAL_GET, ...uleb(local)];
const set = (local: number): number[] => [LOCAL_SET, ...uleb(local)];
const i32 = (n: number): number[] => [I32_CONST, ...sleb(n)];

/** x >>> n | x << (32 - n), lane-wise. */
const rotr = (x: number, n: number): number[] => [...get(x), ...i32(n), ...I32X4_SHR_U, ...get(x), ...i32(32 - n), ...I32X4_SHL, ...V128_OR];
const shr = (x: number, n: number): number[] => [...get(x), ...i32(n), ...I32X4_SHR_U];
/** Three terms xor-ed together. */
const xor3 = (a: number[], b: number[], c: number[]): number[] => [...a, ...b, ...V128_XOR, ...c, ...V128_XOR];

/** The module's function body: for every group, 64 rounds written out (variables renamed, not moved). */
function body(): number[] {
  const out: number[] = [];
  const emit = (...parts: number[][]): void => {
    for (const p of parts) out.push(...p);
  };
  // The start state, each word in all four lanes.
  for (let k = 0; k < 8; k++) emit(i32(0), [I32_LOAD, 2, ...uleb(MID + 4 * k)], I32X4_SPLAT, set(M + k));
  emit(get(0), i32(GROUP_BYTES), [I32_MUL], i32(GROUPS), [I32_ADD], set(END_AT), i32(GROUPS), set(P), i32(PREFIXES), set(Q));
  emit([BLOCK, EMPTY, LOOP, EMPTY], get(P), get(END_AT), [I32_GE_U, BR_IF, 1]);
  for (let j = 0; j < 16; j++) emit(get(P), V128_LOAD(16 * j), set(W + j));
  for (let k = 0; k < 8; k++) emit(get(M + k), set(V + k));
  // vars[0..7] = the locals holding a..h in this round.
  let vars = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => V + k);
  for (let t = 0; t < 64; t++) {
    const w = W + (t & 15);
    if (t >= 16) {
      const w1 = W + ((t + 1) & 15);
      const w9 = W + ((t + 9) & 15);
      const w14 = W + ((t + 14) & 15);
      // w[t] = σ1(w[t-2]) + w[t-7] + σ0(w[t-15]) + w[t-16]
      emit(get(w), xor3(rotr(w1, 7), rotr(w1, 18), shr(w1, 3)), I32X4_ADD, get(w9), I32X4_ADD);
      emit(xor3(rotr(w14, 17), rotr(w14, 19), shr(w14, 10)), I32X4_ADD, set(w));
    }
    const [a, b, c, d, e, f, g, h] = vars;
    // T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + w[t]; Ch = bitselect(f, g, e).
    emit(get(h), xor3(rotr(e, 6), rotr(e, 11), rotr(e, 25)), I32X4_ADD, get(f), get(g), get(e), V128_BITSELECT, I32X4_ADD);
    emit(i32(K[t]), I32X4_SPLAT, I32X4_ADD, get(w), I32X4_ADD, set(T1));
    // T2 = Σ0(a) + Maj(a, b, c); Maj = bitselect(c, a, a ^ b).
    emit(xor3(rotr(a, 2), rotr(a, 13), rotr(a, 22)), get(c), get(a), get(a), get(b), V128_XOR, V128_BITSELECT, I32X4_ADD, set(T2));
    emit(get(d), get(T1), I32X4_ADD, set(d));
    emit(get(T1), get(T2), I32X4_ADD, set(h));
    vars = [h, a, b, c, d, e, f, g];
  }
  for (let k = 0; k < 8; k++) emit(get(M + k), get(vars[k]), I32X4_ADD, set(W + k), get(P), get(W + k), V128_STORE(16 * k));
  // Ticket prefixes (prefixOfWords): Σ high half × HALF_WEIGHTS[2k] + low half × HALF_WEIGHTS[2k+1]
  // stays below 2³¹ (16 terms under 65536 × 625), then per lane mod 625, the CRT with the last
  // word's low four bits, and the digit table.
  for (let k = 0; k < 8; k++) {
    emit(get(W + k), i32(16), I32X4_SHR_U, i32(HALF_WEIGHTS[2 * k]), I32X4_SPLAT, I32X4_MUL);
    emit(get(W + k), i32(0xffff), I32X4_SPLAT, V128_AND, i32(HALF_WEIGHTS[2 * k + 1]), I32X4_SPLAT, I32X4_MUL, I32X4_ADD);
    if (k > 0) emit(get(T1), I32X4_ADD);
    emit(set(T1));
  }
  for (let lane = 0; lane < 4; lane++) {
    emit(get(T1), I32X4_EXTRACT_LANE(lane), i32(M5), [I32_REM_U], set(R));
    emit(get(Q), get(W + 7), I32X4_EXTRACT_LANE(lane), get(R), [I32_SUB], i32(15), [I32_AND], i32(M5), [I32_MUL], get(R), [I32_ADD]);
    emit(i32(1), [I32_SHL, I32_LOAD16_U, 1, ...uleb(TABLE)], [I32_STORE16, 1, ...uleb(2 * lane)]);
  }
  emit(get(Q), i32(8), [I32_ADD], set(Q));
  emit(get(P), i32(GROUP_BYTES), [I32_ADD], set(P), [BR, 0, END, END]);
  return out;
}

/** The module's bytes (about 17 KB), built from the code above. */
export function sha256x4Module(): Uint8Array<ArrayBuffer> {
  return wasmModule({
    params: [I32],
    locals: [
      [4, I32],
      [16 + 8 + 8 + 2, V128],
    ],
    body: body(),
    pages: PAGES,
    exports: { func: "hash", memory: "memory" },
  });
}

/** A running instance: set the start state, fill `words` at `at(i, j)`, call `run`, read `prefixes` (or the digests in `words`). */
export class Sha256x4 {
  /** The memory as int32. WebAssembly memory is little-endian, as typed arrays are on every usual machine; on a big-endian one the self-test fails and the draw hashes in JavaScript. */
  readonly words: Int32Array;
  /** Message i's ticket prefix at i, after `run`. */
  readonly prefixes: Uint16Array;

  private constructor(private readonly hash: (groups: number) => void, memory: WebAssembly.Memory) {
    this.words = new Int32Array(memory.buffer);
    this.prefixes = new Uint16Array(memory.buffer, PREFIXES, 4 * GROUPS_PER_CALL);
    new Uint16Array(memory.buffer, TABLE, REV4.length).set(REV4);
  }

  /** The shared instance, or null where WebAssembly SIMD cannot run here. */
  static shared(): Sha256x4 | null {
    if (instance === undefined) instance = Sha256x4.create();
    return instance;
  }

  /** A new instance, or null (no WebAssembly, no SIMD, compiling not allowed, or a wrong self-test). */
  static create(): Sha256x4 | null {
    try {
      if (typeof WebAssembly !== "object") return null;
      const module = new WebAssembly.Module(sha256x4Module());
      const exports = new WebAssembly.Instance(module).exports as { hash: (groups: number) => void; memory: WebAssembly.Memory };
      const made = new Sha256x4(exports.hash, exports.memory);
      return made.selfTest() ? made : null;
    } catch {
      return null;
    }
  }

  /** Sets the chaining state every message starts from. */
  start(state: Int32Array): void {
    this.words.set(state, MID / 4);
  }

  /** Index in `words` of word j of message i (i counted from the first group). */
  static at(i: number, j: number): number {
    return GROUPS / 4 + Sha256x4.blockAt(i, j);
  }

  /**
   * Where word j of message i goes in a list of blocks laid out as the groups are (four messages
   * interleaved, 64 words a group), so that `load` can copy a whole call's worth at once.
   */
  static blockAt(i: number, j: number): number {
    return (i >> 2) * (GROUP_BYTES / 4) + 4 * j + (i & 3);
  }

  /** Copies `groups` groups of such a list, from its group `first`, into the groups of the next call. */
  load(blocks: Int32Array, first: number, groups: number): void {
    const words = GROUP_BYTES / 4;
    this.words.set(blocks.subarray(first * words, (first + groups) * words), GROUPS / 4);
  }

  /** Compresses the first `groups` groups (four messages each) from the start state. */
  run(groups: number): void {
    if (groups > GROUPS_PER_CALL) throw new RangeError(`at most ${GROUPS_PER_CALL} groups a call`);
    this.hash(groups);
  }

  /** SHA-256("abc") and its prefix through the lanes: guards against an engine that gets SIMD wrong. */
  private selfTest(): boolean {
    this.start(IV);
    for (let lane = 0; lane < 4; lane++) {
      for (let j = 0; j < 16; j++) this.words[Sha256x4.at(lane, j)] = j === 0 ? 0x61626380 : j === 15 ? 24 : 0;
    }
    this.run(1);
    const expected = Int32Array.from([0xba7816bf, 0x8f01cfea, 0x414140de, 0x5dae2223, 0xb00361a3, 0x96177a9c, 0xb410ff61, 0xf20015ad]);
    for (let lane = 0; lane < 4; lane++) {
      for (let k = 0; k < 8; k++) if (this.words[Sha256x4.at(lane, k)] !== expected[k]) return false;
      if (this.prefixes[lane] !== prefixOfWords(expected)) return false;
    }
    return true;
  }
}

let instance: Sha256x4 | null | undefined;
