/*
 * The zip container of an .xlsx, read and written without recompressing what is not changed: an
 * entry of the input is copied to the output as its compressed bytes, so every part the draw does
 * not touch comes out byte for byte (and costs no inflate/deflate). Only deflate (8) and stored (0)
 * entries occur in OOXML packages; fflate does the (de)compression, the container is read here.
 */
import { deflateSync, inflateSync } from "fflate";

export interface ZipEntry {
  /** Part name as stored (UTF-8 or CP437 decoded; OOXML names are ASCII). */
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's compressed bytes, a view into the input (never copied). */
  data: Uint8Array;
  /** MS-DOS time and date of the entry, kept as they were. */
  time: number;
  date: number;
}

/** Why a file is not a zip we can read; the caller words it for the user. */
export class ZipError extends Error {}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 2 ** 32;

/** The end-of-central-directory record: at the end, before a comment of up to 65,535 bytes. */
function findEnd(b: Uint8Array): number {
  for (let o = b.length - 22; o >= Math.max(0, b.length - 22 - 65_535); o--) {
    if (b[o] === 0x50 && b[o + 1] === 0x4b && b[o + 2] === 5 && b[o + 3] === 6) return o;
  }
  throw new ZipError("no end of central directory");
}

const utf8 = new TextDecoder("utf-8");

/** The entries of a zip file, in the central directory's order (data not inflated). */
export function readZip(b: Uint8Array): ZipEntry[] {
  const end = findEnd(b);
  let count = u16(b, end + 10);
  let dirOffset = u32(b, end + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    // Zip64: the locator sits just before the end record.
    const loc = end - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw new ZipError("zip64 locator missing");
    const end64 = u64(b, loc + 8);
    if (u32(b, end64) !== 0x06064b50) throw new ZipError("zip64 end record missing");
    count = u64(b, end64 + 32);
    dirOffset = u64(b, end64 + 48);
  }
  const entries: ZipEntry[] = [];
  let o = dirOffset;
  for (let i = 0; i < count; i++) {
    if (u32(b, o) !== 0x02014b50) throw new ZipError("bad central directory");
    const flags = u16(b, o + 8);
    const method = u16(b, o + 10);
    const time = u16(b, o + 12);
    const date = u16(b, o + 14);
    const crc = u32(b, o + 16);
    let compressedSize = u32(b, o + 20);
    let size = u32(b, o + 24);
    const nameLen = u16(b, o + 28);
    const extraLen = u16(b, o + 30);
    const commentLen = u16(b, o + 32);
    let local = u32(b, o + 42);
    const nameBytes = b.subarray(o + 46, o + 46 + nameLen);
    const name = flags & 0x800 ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
    // Zip64 extra field: the 64-bit values of the fields that are 0xFFFFFFFF, in this order.
    let e = o + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 1) {
        let p = e + 4;
        if (size === 0xffffffff) {
          size = u64(b, p);
          p += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, p);
          p += 8;
        }
        if (local === 0xffffffff) local = u64(b, p);
      }
      e += 4 + len;
    }
    if (flags & 1) throw new ZipError("encrypted entry");
    if (u32(b, local) !== 0x04034b50) throw new ZipError("bad local header");
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    if (start + compressedSize > b.length) throw new ZipError("truncated entry");
    entries.push({ name, method, crc, compressedSize, size, data: b.subarray(start, start + compressedSize), time, date });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's content. */
export function inflateEntry(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.data;
  if (entry.method !== 8) throw new ZipError(`compression method ${entry.method}`);
  return inflateSync(entry.data, { out: new Uint8Array(entry.size) });
}

let crcTable: Int32Array | null = null;

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as zip stores it. */
export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const t = crcTable;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A new entry from its content, deflated: level 6 keeps small parts small; on big ones level 3 takes about half the time for a tenth more bytes (docs/performance.md). */
export function makeEntry(name: string, content: Uint8Array, stamp: { time: number; date: number }): ZipEntry {
  const data = deflateSync(content, { level: content.length > 256_000 ? 3 : 6 });
  return { name, method: 8, crc: crc32(content), compressedSize: data.length, size: content.length, data, time: stamp.time, date: stamp.date };
}

/** MS-DOS time and date of a moment (local fields, as zip tools show them). */
export function dosStamp(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const utf8Encoder = new TextEncoder();

/**
 * The fields a local header and its central directory record share, in the same order (APPNOTE
 * 4.3.7 and 4.3.12): flags (bit 11: the name is UTF-8), method, time, date, CRC-32, sizes, name length.
 */
function putEntryFields(v: DataView, at: number, e: ZipEntry, name: Uint8Array): void {
  v.setUint16(at, name.every((c) => c < 0x80) ? 0 : 0x800, true);
  v.setUint16(at + 2, e.method, true);
  v.setUint16(at + 4, e.time, true);
  v.setUint16(at + 6, e.date, true);
  v.setUint32(at + 8, e.crc, true);
  v.setUint32(at + 12, e.compressedSize, true);
  v.setUint32(at + 16, e.size, true);
  v.setUint16(at + 20, name.length, true);
}

/** The zip file of these entries (no zip64: an .xlsx over 4 GB is refused). */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const names = entries.map((e) => utf8Encoder.encode(e.name));
  let total = 22;
  entries.forEach((e, i) => (total += 30 + 46 + 2 * names[i].length + e.compressedSize));
  if (total > 0xffffffff || entries.length > 0xffff) throw new ZipError("too large for zip without zip64");
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  const offsets: number[] = [];
  let o = 0;
  entries.forEach((e, i) => {
    offsets.push(o);
    v.setUint32(o, 0x04034b50, true);
    v.setUint16(o + 4, 20, true);
    putEntryFields(v, o + 6, e, names[i]);
    v.setUint16(o + 28, 0, true);
    out.set(names[i], o + 30);
    o += 30 + names[i].length;
    out.set(e.data, o);
    o += e.compressedSize;
  });
  const dir = o;
  entries.forEach((e, i) => {
    v.setUint32(o, 0x02014b50, true);
    v.setUint16(o + 4, 20, true);
    v.setUint16(o + 6, 20, true);
    putEntryFields(v, o + 8, e, names[i]);
    // extra, comment, disk, internal attributes: 0; external attributes: 0
    v.setUint32(o + 42, offsets[i], true);
    out.set(names[i], o + 46);
    o += 46 + names[i].length;
  });
  v.setUint32(o, 0x06054b50, true);
  v.setUint16(o + 8, entries.length, true);
  v.setUint16(o + 10, entries.length, true);
  v.setUint32(o + 12, o - dir, true);
  v.setUint32(o + 16, dir, true);
  return out;
}
