/**
 * The few pieces of the WebAssembly binary format (core spec §5) needed to write a module of one
 * exported function and one exported memory by hand, so the module is built from readable code at
 * run time instead of shipping an opaque binary.
 */

/** Unsigned LEB128. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(n: number): number[] {
  const out: number[] = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const name = (text: string): number[] => {
  const bytes = [...new TextEncoder().encode(text)];
  return [...uleb(bytes.length), ...bytes];
};
const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

export const I32 = 0x7f;
export const V128 = 0x7b;

export interface ModuleParts {
  /** The function's parameters (value types); it returns nothing. */
  params: number[];
  /** Local declarations after the parameters: [count, value type]. */
  locals: [number, number][];
  /** The function's body, without the final `end`. */
  body: number[];
  /** Size of the memory in 64 KiB pages. */
  pages: number;
  /** Export names of the function and the memory. */
  exports: { func: string; memory: string };
}

/** A module with one function (type 0, index 0) and one memory, both exported. */
export function wasmModule(m: ModuleParts): Uint8Array<ArrayBuffer> {
  const type = [0x60, ...vec(m.params.map((p) => [p])), ...vec([])];
  const locals = vec(m.locals.map(([count, t]) => [...uleb(count), t]));
  const code = [...locals, ...m.body, 0x0b];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([type])),
    ...section(3, vec([uleb(0)])),
    ...section(5, vec([[0x00, ...uleb(m.pages)]])),
    ...section(7, vec([[...name(m.exports.func), 0x00, 0x00], [...name(m.exports.memory), 0x02, 0x00]])),
    ...section(10, vec([[...uleb(code.length), ...code]])),
  ]);
}
